using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>"Mijn account": who the signed-in user is, where, with which roles, and whether two-step verification is on.</summary>
public static class MyAccount
{
    public sealed record View(
        string DisplayName, string Email, string Organisation, string? Team, string Region,
        IReadOnlyList<string> Roles, bool TwoFactorEnabled, int RecoveryCodesLeft, IReadOnlyList<string> ExternalLogins, bool DailyDigest);

    public sealed class Handler(WerkbrugDb db, UserManager<WerkbrugUser> users)
    {
        public async Task<View?> HandleAsync(CancellationToken cancellationToken)
        {
            var user = await users.FindCurrentAsync(db.Scope);
            if (user is null)
            {
                return null;
            }

            var place = await db.Organisations.Where(o => o.Id == user.OrganisationId)
                .Select(o => new
                {
                    Organisation = o.Name,
                    Team = db.Teams.Where(t => t.Id == user.TeamId).Select(t => t.Name).FirstOrDefault(),
                    Region = db.Regions.Where(r => r.Code == user.RegionCode).Select(r => r.Name).First(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            var roles = await users.GetRolesAsync(user);
            var twoFactor = await users.GetTwoFactorEnabledAsync(user);
            var logins = await users.GetLoginsAsync(user);
            return new View(
                user.DisplayName, user.Email ?? string.Empty, place?.Organisation ?? string.Empty, place?.Team, place?.Region ?? user.RegionCode,
                Roles.All.Where(roles.Contains).ToList(), twoFactor, twoFactor ? await users.CountRecoveryCodesAsync(user) : 0,
                logins.Select(l => l.ProviderDisplayName ?? l.LoginProvider).ToList(), user.DailyDigest);
        }
    }
}
