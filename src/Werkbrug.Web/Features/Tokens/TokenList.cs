using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Tokens;

/// <summary>A user's personal access tokens, newest first, with their status. Never the secret: only its hash is stored.</summary>
public static class TokenList
{
    public static class Status
    {
        public const string Active = "active";
        public const string Expired = "expired";
        public const string Revoked = "revoked";
    }

    public sealed record Row(
        Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles, DateTime CreatedAtUtc, DateTime ExpiresAtUtc,
        DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc, string Status);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        /// <summary>The tokens of <paramref name="userId"/> (null: the signed-in user), or only <paramref name="tokenId"/>.</summary>
        public async Task<Result<IReadOnlyList<Row>>> HandleAsync(Guid? userId, Guid? tokenId, CancellationToken cancellationToken)
        {
            var owner = await db.TokenOwnerAsync(userId, cancellationToken);
            if (owner is null)
            {
                return Error.NotFound("Tokens.UserNotFound");
            }

            var tokens = await db.PersonalAccessTokens
                .Where(t => t.UserId == owner && (tokenId == null || t.Id == tokenId))
                .OrderByDescending(t => t.CreatedAtUtc)
                .Select(t => new { t.Id, t.Name, t.Prefix, t.Roles, t.CreatedAtUtc, t.ExpiresAtUtc, t.LastUsedAtUtc, t.RevokedAtUtc })
                .ToListAsync(cancellationToken);
            if (tokenId is not null && tokens.Count == 0)
            {
                return Error.NotFound("Tokens.NotFound");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            return Result<IReadOnlyList<Row>>.Success(tokens
                .Select(t => new Row(
                    t.Id, t.Name, t.Prefix, t.Roles, t.CreatedAtUtc, t.ExpiresAtUtc, t.LastUsedAtUtc, t.RevokedAtUtc,
                    t.RevokedAtUtc is not null ? Status.Revoked : t.ExpiresAtUtc <= now ? Status.Expired : Status.Active))
                .ToList());
        }
    }
}
