using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>Identity's messages (password rules, duplicate e-mail, ...) from the UI resources, so they read in Dutch.</summary>
public sealed class DutchIdentityErrorDescriber(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Describe(nameof(DuplicateEmail), email);

    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateEmail), userName);

    public override IdentityError InvalidEmail(string? email) => Describe(nameof(InvalidEmail), email ?? string.Empty);

    public override IdentityError InvalidUserName(string? userName) => Describe(nameof(InvalidEmail), userName ?? string.Empty);

    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresDigit() => Describe(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Describe(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Describe(nameof(PasswordRequiresUpper));

    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch));

    public override IdentityError InvalidToken() => Describe(nameof(InvalidToken));

    public override IdentityError ConcurrencyFailure() => Describe(nameof(ConcurrencyFailure));

    public override IdentityError UserAlreadyInRole(string role) => Describe(nameof(UserAlreadyInRole), role);

    public override IdentityError DefaultError() => Describe(nameof(DefaultError));

    private IdentityError Describe(string code, params object[] arguments) =>
        new() { Code = code, Description = text["Identity." + code, arguments] };
}
