using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Werkbrug.Web.Features.Account;

/// <summary>Second step of signing in without the app: one of the recovery codes, each usable once.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginWithRecoveryCodePage(SignInManager<WerkbrugUser> signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        var errors = InputValidator.Validate(Input);
        if (errors.Count > 0)
        {
            return this.Refuse(errors, text);
        }

        var result = user.IsActive
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal))
            : SignInResult.NotAllowed;
        return SignInOutcome.Handle(this, result, text, nameof(Input.RecoveryCode), "TwoFactor.InvalidRecoveryCode", ReturnUrl);
    }

    public sealed class RecoveryInput
    {
        [Required]
        [StringLength(50)]
        public string? RecoveryCode { get; set; }
    }
}
