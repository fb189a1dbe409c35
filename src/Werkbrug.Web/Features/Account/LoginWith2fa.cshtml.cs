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

/// <summary>Second step of signing in: the 6-digit code from the authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginWith2faPage(SignInManager<WerkbrugUser> signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

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
            ? await signIn.TwoFactorAuthenticatorSignInAsync(EnableTwoFactor.NormaliseCode(Input.Code!), isPersistent: false, rememberClient: false)
            : SignInResult.NotAllowed;
        return SignInOutcome.Handle(this, result, text, nameof(Input.Code), "TwoFactor.InvalidCode", ReturnUrl);
    }

    public sealed class CodeInput
    {
        [Required]
        [StringLength(20)]
        public string? Code { get; set; }
    }
}

/// <summary>What the second sign-in step does with Identity's answer (shared by the code and the recovery-code page).</summary>
internal static class SignInOutcome
{
    public static IActionResult Handle(PageModel page, SignInResult result, IStringLocalizer text, string field, string wrongCodeKey, string? returnUrl)
    {
        if (result.Succeeded)
        {
            return page.LocalRedirect(page.Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            page.ModelState.AddModelError(string.Empty, text["Login.LockedOut"]);
        }
        else
        {
            page.ModelState.AddModelError("Input." + field, text[wrongCodeKey, text["Field." + field]]);
        }

        return page.Page();
    }
}
