using Microsoft.AspNetCore.Http.HttpResults;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Home;

/// <summary>The start page after signing in, and its worklist "Vandaag voor u" (/api/v1/me/today; /api/v1/me is the account's).</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHome(this IServiceCollection services) =>
        services.AddScoped<StartPage.Handler>().AddScoped<TodayList.Lists>().AddScoped<TodayList.Handler>();

    public static void MapHome(this RouteGroupBuilder api) =>
        api.MapGet("/me/today", async Task<Ok<TodayList.View>> (TodayList.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Account")
            .WithSummary("What needs the signed-in user today, per role: per group the count, the first five records and the list with all of them.");
}
