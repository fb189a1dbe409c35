using Microsoft.AspNetCore.Http.HttpResults;
using Werkbrug.Web.Features.Home;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>GET /api/v1/me: who the token belongs to, the API twin of the start page.</summary>
public static class MeEndpoint
{
    public sealed record Me(string DisplayName, string Organisation, string? Team, string Region, IReadOnlyList<string> Roles);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/me", async Task<Results<Ok<Me>, NotFound>> (StartPage.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(ct) is { } view
                    ? TypedResults.Ok(new Me(view.DisplayName, view.OrganisationName, view.TeamName, view.RegionName, view.Roles))
                    : TypedResults.NotFound())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Account")
            .WithSummary("The signed-in user: name, organisation, team, region and roles.");
}
