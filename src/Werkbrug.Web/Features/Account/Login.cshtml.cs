using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginPage(SignInManager<WerkbrugUser> signIn, IOptions<OidcOptions> oidc, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>TempData key for a message another step (single sign-on) leaves for the login page.</summary>
    public const string MessageKey = "LoginMessage";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public OidcOptions Oidc => oidc.Value;

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        if (TempData[MessageKey] is string message)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = InputValidator.Validate(Input);
        if (errors.Count > 0)
        {
            return this.Refuse(errors, text);
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var user = await signIn.UserManager.FindByEmailAsync(Input.Email!.Trim());
        if (user is { IsActive: true })
        {
            var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(SafeReturnUrl);
            }

            if (result.RequiresTwoFactor)
            {
                return RedirectToPage("LoginWith2fa", new { ReturnUrl });
            }

            if (result.IsLockedOut)
            {
                ModelState.AddModelError(string.Empty, text["Login.LockedOut"]);
                return Page();
            }
        }

        // One message for unknown user, wrong password and deactivated account: no account enumeration.
        ModelState.AddModelError(string.Empty, text["Login.Failed"]);
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public sealed class LoginInput
    {
        [Required]
        [EmailAddress]
        [StringLength(254)]
        public string? Email { get; set; }

        [Required]
        [StringLength(200)]
        public string? Password { get; set; }
    }
}
