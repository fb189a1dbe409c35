using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Tokens;

/// <summary>Personal access tokens for the API: own tokens on /account/tokens and the API; administrators also manage others' in their region.</summary>
public static class TokensFeature
{
    public static IServiceCollection AddTokens(this IServiceCollection services)
    {
        services.AddScoped<TokenList.Handler>();
        services.AddScoped<CreateToken.Handler>();
        services.AddScoped<RevokeToken.Handler>();
        return services;
    }

    public static void MapTokens(this RouteGroupBuilder api) => TokenEndpoints.Map(api);

    /// <summary>
    /// Whose tokens a request is about: the signed-in user (null <paramref name="userId"/>), or a user an
    /// administrator names. That user must be visible through the region filter, so another region's user is "not found".
    /// </summary>
    internal static async Task<Guid?> TokenOwnerAsync(this WerkbrugDb db, Guid? userId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return db.Scope.UserId;
        }

        return await db.Users.AnyAsync(u => u.Id == userId, cancellationToken) ? userId : null;
    }
}
