using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>Turns two-step verification on once the user proves the app works with a 6-digit code; returns 10 recovery codes.</summary>
public static class EnableTwoFactor
{
    public const int RecoveryCodeCount = 10;

    public sealed class Command
    {
        [Required]
        [StringLength(20)]
        public string? Code { get; init; }
    }

    public sealed record Enabled(WerkbrugUser User, IReadOnlyList<string> RecoveryCodes);

    public sealed class Handler(UserManager<WerkbrugUser> users, AccessScope scope)
    {
        public async Task<Result<Enabled>> HandleAsync(Command command)
        {
            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Enabled>.Failure(errors);
            }

            var user = await users.FindCurrentAsync(scope);
            if (user is null)
            {
                return Error.NotFound();
            }

            if (await users.GetTwoFactorEnabledAsync(user))
            {
                return Error.Conflict("TwoFactor.AlreadyOn");
            }

            var code = NormaliseCode(command.Code!);
            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                return Error.Validation(nameof(Command.Code), "TwoFactor.InvalidCode");
            }

            await users.SetTwoFactorEnabledAsync(user, true);
            var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
            return new Enabled(user, [.. codes!]);
        }
    }

    /// <summary>Codes are often typed as "123 456" or "123-456".</summary>
    public static string NormaliseCode(string code) =>
        code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Trim();
}
