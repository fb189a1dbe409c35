using System.Globalization;
using Microsoft.Extensions.Localization;
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
        own.MapGet("/", (TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => ListAsync(null, h, t, ct))
            .WithSummary("Lists your own" + Listed).Produces<IReadOnlyList<TokenList.Row>>();
        own.MapGet("/{id:guid}", (Guid id, TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => GetAsync(null, id, h, t, ct))
            .WithSummary("One of your own personal access tokens.").Produces<TokenList.Row>().ProducesProblem(StatusCodes.Status404NotFound);
        own.MapPost("/", (CreateToken.Command command, CreateToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => CreateAsync(null, command, h, t, ct))
            .WithSummary("Creates your own" + Made).Produces<CreateToken.Created>(StatusCodes.Status201Created).ProducesValidationProblem();
        own.MapDelete("/{id:guid}", (Guid id, RevokeToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => RevokeAsync(null, id, h, t, ct))
            .WithSummary("Revokes one of your own personal access tokens; it stops working at once.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        var users = api.MapGroup("/users/{userId:guid}/tokens").RequireAuthorization(Policies.Administration).WithTags(Tag);
        users.MapGet("/", (Guid userId, TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => ListAsync(userId, h, t, ct))
            .WithSummary("Administrators: lists a user's" + Listed).Produces<IReadOnlyList<TokenList.Row>>().ProducesProblem(StatusCodes.Status404NotFound);
        users.MapGet("/{id:guid}", (Guid userId, Guid id, TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => GetAsync(userId, id, h, t, ct))
            .WithSummary("Administrators: one of a user's personal access tokens.").Produces<TokenList.Row>().ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/", (Guid userId, CreateToken.Command command, CreateToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => CreateAsync(userId, command, h, t, ct))
            .WithSummary("Administrators: creates a user's" + Made).Produces<CreateToken.Created>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapDelete("/{id:guid}", (Guid userId, Guid id, RevokeToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => RevokeAsync(userId, id, h, t, ct))
            .WithSummary("Administrators: revokes one of a user's personal access tokens; it stops working at once.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(Guid? userId, TokenList.Handler handler, IStringLocalizer text, CancellationToken ct)
    {
        var result = await handler.HandleAsync(userId, null, ct);
        return result.IsSuccess ? Results.Ok(result.Value) : result.Errors.Problem(text);
    }

    private static async Task<IResult> GetAsync(Guid? userId, Guid id, TokenList.Handler handler, IStringLocalizer text, CancellationToken ct)
    {
        var result = await handler.HandleAsync(userId, id, ct);
        return result.IsSuccess ? Results.Ok(result.Value[0]) : result.Errors.Problem(text);
    }

    private static async Task<IResult> CreateAsync(Guid? userId, CreateToken.Command command, CreateToken.Handler handler, IStringLocalizer text, CancellationToken ct)
    {
        var result = await handler.HandleAsync(userId, command, ct);
        if (!result.IsSuccess)
        {
            return result.Errors.Problem(text);
        }

        var collection = userId is null ? "/api/v1/tokens" : string.Create(CultureInfo.InvariantCulture, $"/api/v1/users/{userId}/tokens");
        return Results.Created($"{collection}/{result.Value.Id}", result.Value);
    }

    private static async Task<IResult> RevokeAsync(Guid? userId, Guid id, RevokeToken.Handler handler, IStringLocalizer text, CancellationToken ct)
    {
        var result = await handler.HandleAsync(userId, id, ct);
        return result.IsSuccess ? Results.NoContent() : result.Errors.Problem(text);
    }
}
