using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Tokens;

/// <summary>
/// /api/v1/tokens: the caller's own tokens. /api/v1/users/{userId}/tokens: an administrator manages the tokens of
/// a user in their own region (another region's user is invisible: 404). The own routes take no user id at all,
/// so nothing (a query string, say) can point them at somebody else.
/// </summary>
public static class TokenEndpoints
{
    private const string Tag = "Tokens";
    private const string Listed = " personal access tokens with their status (active, expired, revoked); never the secret.";
    private const string Made = " personal access token: 1 to 365 days (default 90), roles a subset of the user's (default all). The response holds the secret, shown only this once.";

    public static void Map(RouteGroupBuilder api)
    {
        var own = api.MapGroup("/tokens").RequireAuthorization(Policies.Staff).WithTags(Tag);
        own.MapGet("/", async ([AsParameters] PageRequest paging, TokenList.Handler h, HttpRequest request, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                paging.Page(await h.HandleAsync(null, null, ct)).Ok(t, request))
            .WithSummary("Lists your own" + Listed);
        own.MapGet("/{id:guid}", async (Guid id, TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => (await h.HandleAsync(null, id, ct)).Ok(t, v => v[0]))
            .WithSummary("One of your own personal access tokens.");
        own.MapPost("/", async (CreateToken.Command command, CreateToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await h.HandleAsync(null, command, ct)).Created(t, v => $"/api/v1/tokens/{v.Id}"))
            .WithSummary("Creates your own" + Made);
        own.MapDelete("/{id:guid}", async (Guid id, RevokeToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => (await h.HandleAsync(null, id, ct)).NoContent(t))
            .WithSummary("Revokes one of your own personal access tokens; it stops working at once.");

        var users = api.MapGroup("/users/{userId:guid}/tokens").RequireAuthorization(Policies.Administration).WithTags(Tag);
        users.MapGet("/", async (Guid userId, [AsParameters] PageRequest paging, TokenList.Handler h, HttpRequest request, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                paging.Page(await h.HandleAsync(userId, null, ct)).Ok(t, request))
            .WithSummary("Administrators: lists a user's" + Listed);
        users.MapGet("/{id:guid}", async (Guid userId, Guid id, TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => (await h.HandleAsync(userId, id, ct)).Ok(t, v => v[0]))
            .WithSummary("Administrators: one of a user's personal access tokens.");
        users.MapPost("/", async (Guid userId, CreateToken.Command command, CreateToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await h.HandleAsync(userId, command, ct)).Created(t, v => string.Create(CultureInfo.InvariantCulture, $"/api/v1/users/{userId}/tokens/{v.Id}")))
            .WithSummary("Administrators: creates a user's" + Made);
        users.MapDelete("/{id:guid}", async (Guid userId, Guid id, RevokeToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => (await h.HandleAsync(userId, id, ct)).NoContent(t))
            .WithSummary("Administrators: revokes one of a user's personal access tokens; it stops working at once.");
    }
}
