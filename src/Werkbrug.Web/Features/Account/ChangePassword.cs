using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>A signed-in user changes their own password; Identity checks the current one and the password rules.</summary>
public static class ChangePassword
{
    public const int MaxLength = 200;

    public sealed class Command
    {
        [Required]
        [StringLength(MaxLength)]
        public string? CurrentPassword { get; init; }

        [Required]
        [StringLength(MaxLength)]
        public string? NewPassword { get; init; }
    }

    public sealed class Handler(UserManager<WerkbrugUser> users, AccessScope scope)
    {
        /// <summary>Returns the user, so the page can renew the sign-in cookie (the security stamp changed).</summary>
        public async Task<Result<WerkbrugUser>> HandleAsync(Command command)
        {
            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<WerkbrugUser>.Failure(errors);
            }

            var user = await users.FindCurrentAsync(scope);
            if (user is null)
            {
                return Error.NotFound();
            }

            var result = await users.ChangePasswordAsync(user, command.CurrentPassword!, command.NewPassword!);
            return result.Succeeded ? user : Result<WerkbrugUser>.Failure(result.Errors.Select(ToError).ToList());
        }

        // Identity's messages are already Dutch (DutchIdentityErrorDescriber); this only says which field they belong to.
        private static Error ToError(IdentityError error)
        {
            var field = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordMismatch) => nameof(Command.CurrentPassword),
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(Command.NewPassword),
                _ => null,
            };
            return new Error(ErrorKind.Validation, "Account.IdentityError", field, error.Description);
        }
    }
}
