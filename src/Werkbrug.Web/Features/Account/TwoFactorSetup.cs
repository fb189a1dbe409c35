using System.Text;
using Microsoft.AspNetCore.Identity;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>
/// The state of two-step verification (TOTP with an authenticator app) for the signed-in user. While it is
/// off, the user gets a shared key (made when missing) to enter in the app, also as an otpauth:// URI.
/// </summary>
public static class TwoFactorSetup
{
    public const string Issuer = "Werkbrug";

    public sealed record View(bool Enabled, int RecoveryCodesLeft, string? SharedKey, string? AuthenticatorUri);

    public sealed class Handler(UserManager<WerkbrugUser> users, AccessScope scope)
    {
        public async Task<View?> HandleAsync()
        {
            var user = await users.FindCurrentAsync(scope);
            if (user is null)
            {
                return null;
            }

            if (await users.GetTwoFactorEnabledAsync(user))
            {
                return new View(true, await users.CountRecoveryCodesAsync(user), null, null);
            }

            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = (await users.GetAuthenticatorKeyAsync(user))!;
            }

            return new View(false, 0, FormatKey(key), AuthenticatorUri(user.Email ?? user.UserName ?? string.Empty, key));
        }
    }

    /// <summary>The key in groups of four characters, easier to type over.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length > 0 ? " " : null).Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString();
    }

    /// <summary>The key-URI format authenticator apps read (github.com/google/google-authenticator/wiki/Key-Uri-Format).</summary>
    public static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
}
