using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Tokens;

/// <summary>
/// Makes a personal access token. The secret is returned once and only its SHA-256 hash is stored. A token
/// carries a subset of its user's roles; a user making their own token can give it only roles the current
/// sign-in has, so a token with fewer roles cannot make one with more.
/// </summary>
public static class CreateToken
{
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    public sealed record Command
    {
        [Required]
        [StringLength(TokenLimits.Name)]
        public string? Name { get; init; }

        /// <summary>1 to 365 days; 90 when left out.</summary>
        [Range(1, MaxDays)]
        public int? ExpiresInDays { get; init; }

        /// <summary>The token's roles; left out: every role the user has.</summary>
        public IReadOnlyList<string>? Roles { get; init; }

        /// <summary>
        /// Makes a partner token: the name of the partner's own system (lower-case letters, digits and hyphens). Only a partner
        /// token may push profiles and vacancies to /api/v1/exchange and pull its changes feed.
        /// </summary>
        [StringLength(TokenLimits.SourceSystem)]
        [RegularExpression("^[a-z0-9][a-z0-9-]*$")]
        public string? SourceSystem { get; init; }
    }

    public sealed record Created(
        Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, string Token);

    public sealed class Handler(WerkbrugDb db, UserManager<WerkbrugUser> users, TimeProvider clock)
    {
        public async Task<Result<Created>> HandleAsync(Guid? userId, Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Created>.Failure(errors);
            }

            var owner = await db.TokenOwnerAsync(userId, cancellationToken);
            var user = owner is null ? null : await users.FindByIdAsync(owner.Value.ToString());
            if (user is null)
            {
                return Error.NotFound("Tokens.UserNotFound");
            }

            if (!user.IsActive)
            {
                return Error.Conflict("Tokens.UserInactive");
            }

            var held = await users.GetRolesAsync(user);
            var own = user.Id == db.Scope.UserId;
            var allowed = Roles.All.Where(r => held.Contains(r) && (!own || db.Scope.IsInRole(r))).ToList();
            var roles = command.Roles?.Distinct(StringComparer.Ordinal).ToList() ?? allowed;
            if (roles.Count == 0)
            {
                return Error.Validation(nameof(Command.Roles), "Tokens.NoRoles");
            }

            var refused = roles.Where(r => !allowed.Contains(r)).ToList();
            if (refused.Count > 0)
            {
                return Result<Created>.Failure(refused.Select(r => Error.Validation(nameof(Command.Roles), "Tokens.RoleNotHeld", r)).ToList());
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var secret = PersonalAccessTokens.NewSecret();
            var token = new PersonalAccessToken
            {
                RegionCode = user.RegionCode,
                UserId = user.Id,
                Name = command.Name!.Trim(),
                TokenHash = PersonalAccessTokens.Hash(secret),
                Prefix = secret[..12],
                Roles = Roles.All.Where(roles.Contains).ToList(),
                SourceSystem = InputText.Clean(command.SourceSystem),
                CreatedAtUtc = now,
                ExpiresAtUtc = now.AddDays(command.ExpiresInDays ?? DefaultDays),
                CreatedByUserId = db.Scope.UserId ?? user.Id,
            };
            db.PersonalAccessTokens.Add(token);
            await db.SaveChangesAsync(cancellationToken);
            return new Created(token.Id, token.Name, token.Prefix, token.Roles, token.CreatedAtUtc, token.ExpiresAtUtc, secret);
        }
    }
}
