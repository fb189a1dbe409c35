using Microsoft.AspNetCore.Identity;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>Replaces all recovery codes with 10 new ones; the old ones stop working.</summary>
public static class RegenerateRecoveryCodes
{
    public sealed class Handler(UserManager<WerkbrugUser> users, AccessScope scope)
    {
        public async Task<Result<IReadOnlyList<string>>> HandleAsync()
        {
            var user = await users.FindCurrentAsync(scope);
            if (user is null)
            {
                return Error.NotFound();
            }

            if (!await users.GetTwoFactorEnabledAsync(user))
            {
                return Error.Conflict("TwoFactor.AlreadyOff");
            }

            var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableTwoFactor.RecoveryCodeCount);
            return Result<IReadOnlyList<string>>.Success([.. codes!]);
        }
    }
}
