using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Tokens;

/// <summary>Revokes a token: from the next request on it no longer authenticates. Revoking twice changes nothing.</summary>
public static class RevokeToken
{
    public sealed record Revoked(Guid Id, string Name, DateTime RevokedAtUtc);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        /// <summary>Revokes <paramref name="tokenId"/> of <paramref name="userId"/> (null: the signed-in user).</summary>
        public async Task<Result<Revoked>> HandleAsync(Guid? userId, Guid tokenId, CancellationToken cancellationToken)
        {
            var owner = await db.TokenOwnerAsync(userId, cancellationToken);
            if (owner is null)
            {
                return Error.NotFound("Tokens.UserNotFound");
            }

            var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == owner, cancellationToken);
            if (token is null)
            {
                return Error.NotFound("Tokens.NotFound");
            }

            if (token.RevokedAtUtc is null)
            {
                token.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(cancellationToken);
            }

            return new Revoked(token.Id, token.Name, token.RevokedAtUtc.Value);
        }
    }
}
