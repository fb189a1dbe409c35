using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>
/// Back from the identity provider: sign in the user linked to that login, or link the login to the existing,
/// active user with the same (verified) e-mail address. There is no self-registration: an unknown address is refused.
/// </summary>
public static class ExternalCallback
{
    public enum Outcome
    {
        SignedIn,
        RequiresTwoFactor,
        LockedOut,
        NoExternalLogin,
        NoUsableEmail,
        UnknownUser,
    }

    public sealed record Answer(Outcome Outcome, string? Email = null);

    public sealed class Handler(SignInManager<WerkbrugUser> signIn)
    {
        private UserManager<WerkbrugUser> Users => signIn.UserManager;

        public async Task<Answer> HandleAsync()
        {
            var info = await signIn.GetExternalLoginInfoAsync();
            if (info is null)
            {
                return new Answer(Outcome.NoExternalLogin);
            }

            var email = info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email);
            var user = await Users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
            if (user is null)
            {
                if (string.IsNullOrWhiteSpace(email) || IsUnverified(info.Principal))
                {
                    return new Answer(Outcome.NoUsableEmail);
                }

                user = await Users.FindByEmailAsync(email);
                if (user is { IsActive: true } && !(await Users.AddLoginAsync(user, info)).Succeeded)
                {
                    user = null;
                }
            }

            if (user is not { IsActive: true })
            {
                return new Answer(Outcome.UnknownUser, email);
            }

            // Local two-step verification still applies when the user turned it on.
            var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
            return new Answer(result.Succeeded ? Outcome.SignedIn : result.RequiresTwoFactor ? Outcome.RequiresTwoFactor : result.IsLockedOut ? Outcome.LockedOut : Outcome.UnknownUser, email);
        }

        // Linking by e-mail trusts the address only when the provider does not say it is unverified.
        private static bool IsUnverified(ClaimsPrincipal principal) =>
            string.Equals(principal.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase);
    }
}
