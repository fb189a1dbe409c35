using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Tokens;

/// <summary>
/// /api/v1/tokens: the caller's own tokens. /api/v1/users/{userId}/tokens: an administrator manages the tokens of
/// a user in their own region (another region's user is invisible: 404). The own routes take no user id at all,
/// so nothing (no query string) can point them at somebody else.
/// </summary>
public static class TokenEndpoints
{
    private const string Tag = "Tokens";

    public static void Map(RouteGroupBuilder api)
    {
        var own = api.MapGroup("/tokens").RequireAuthorization(Policies.Staff).WithTags(Tag);
        Describe(own.MapGet("/", (TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => ListAsync(null, h, t, ct)), "own", Kind.List);
        Describe(own.MapGet("/{id:guid}", (Guid id, TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => GetAsync(null, id, h, t, ct)), "own", Kind.Get);
        Describe(own.MapPost("/", (CreateToken.Command command, CreateToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => CreateAsync(null, command, h, t, ct)), "own", Kind.Create);
        Describe(own.MapDelete("/{id:guid}", (Guid id, RevokeToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => RevokeAsync(null, id, h, t, ct)), "own", Kind.Revoke);

        var users = api.MapGroup("/users/{userId:guid}/tokens").RequireAuthorization(Policies.Administration).WithTags(Tag);
        const string theirs = "a user's (administrators; users of their own region)";
        Describe(users.MapGet("/", (Guid userId, TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => ListAsync(userId, h, t, ct)), theirs, Kind.List);
        Describe(users.MapGet("/{id:guid}", (Guid userId, Guid id, TokenList.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => GetAsync(userId, id, h, t, ct)), theirs, Kind.Get);
        Describe(users.MapPost("/", (Guid userId, CreateToken.Command command, CreateToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => CreateAsync(userId, command, h, t, ct)), theirs, Kind.Create);
        Describe(users.MapDelete("/{id:guid}", (Guid userId, Guid id, RevokeToken.Handler h, IStringLocalizer<SharedResource> t, CancellationToken ct) => RevokeAsync(userId, id, h, t, ct)), theirs, Kind.Revoke);
    }

    private enum Kind
    {
        List,
        Get,
        Create,
        Revoke,
    }

    private static async Task<IResult> ListAsync(Guid? userId, TokenList.Handler handler, IStringLocalizer text, CancellationToken ct)
    {
        var result = await handler.HandleAsync(userId, null, ct);
        return result.IsSuccess ? Results.Ok(result.Value) : result.Errors.ToProblem(text);
    }

    private static async Task<IResult> GetAsync(Guid? userId, Guid id, TokenList.Handler handler, IStringLocalizer text, CancellationToken ct)
    {
        var result = await handler.HandleAsync(userId, id, ct);
        return result.IsSuccess ? Results.Ok(result.Value[0]) : result.Errors.ToProblem(text);
    }

    private static async Task<IResult> CreateAsync(Guid? userId, CreateToken.Command command, CreateToken.Handler handler, IStringLocalizer text, CancellationToken ct)
    {
        var result = await handler.HandleAsync(userId, command, ct);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(text);
        }

        var collection = userId is null ? "/api/v1/tokens" : string.Create(CultureInfo.InvariantCulture, $"/api/v1/users/{userId}/tokens");
        return Results.Created($"{collection}/{result.Value.Id}", result.Value);
    }

    private static async Task<IResult> RevokeAsync(Guid? userId, Guid id, RevokeToken.Handler handler, IStringLocalizer text, CancellationToken ct)
    {
        var result = await handler.HandleAsync(userId, id, ct);
        return result.IsSuccess ? Results.NoContent() : result.Errors.ToProblem(text);
    }

    private static void Describe(RouteHandlerBuilder endpoint, string whose, Kind kind)
    {
        _ = kind switch
        {
            Kind.List => endpoint
                .WithSummary($"Lists {whose} personal access tokens with their status (active, expired, revoked); never the secret.")
                .Produces<IReadOnlyList<TokenList.Row>>(),
            Kind.Get => endpoint
                .WithSummary($"One of {whose} personal access tokens.")
                .Produces<TokenList.Row>(),
            Kind.Create => endpoint
                .WithSummary($"Creates one of {whose} personal access tokens: 1 to 365 days (default 90), roles a subset of the user's (default all). The response holds the secret, shown only this once.")
                .Produces<CreateToken.Created>(StatusCodes.Status201Created)
                .ProducesValidationProblem(),
            _ => endpoint
                .WithSummary($"Revokes one of {whose} personal access tokens; it stops working at once.")
                .Produces(StatusCodes.Status204NoContent),
        };
        endpoint.ProducesProblem(StatusCodes.Status404NotFound);
    }
}
