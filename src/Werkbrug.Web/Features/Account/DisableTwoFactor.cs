using Microsoft.AspNetCore.Identity;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>Turns two-step verification off and discards the shared key, so turning it on again starts with a new key.</summary>
public static class DisableTwoFactor
{
    public sealed class Handler(UserManager<WerkbrugUser> users, AccessScope scope)
    {
        public async Task<Result<WerkbrugUser>> HandleAsync()
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

            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            return user;
        }
    }
}
