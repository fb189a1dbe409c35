using Werkbrug.Web.Features.Home;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>GET /api/v1/me: who the token belongs to, the API twin of the start page.</summary>
public static class MeEndpoint
{
    public sealed record Me(string DisplayName, string Organisation, string? Team, string Region, IReadOnlyList<string> Roles);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/me", async (StartPage.Handler handler, CancellationToken ct) =>
            {
                var view = await handler.HandleAsync(ct);
                return view is null
                    ? Results.NotFound()
                    : Results.Ok(new Me(view.DisplayName, view.OrganisationName, view.TeamName, view.RegionName, view.Roles));
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Account")
            .WithSummary("The signed-in user: name, organisation, team, region and roles.")
            .Produces<Me>();
}
