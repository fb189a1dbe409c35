using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Werkbrug.Web.Features.Account;

/// <summary>
/// The second step of signing in, shared by the authenticator-code page and the recovery-code page: only the input
/// and how Identity checks it differ.
/// </summary>
public abstract class SecondSignInStepPage<TInput>(SignInManager<WerkbrugUser> signIn, IStringLocalizer<SharedResource> text) : PageModel
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The name of the input's field that holds the code.</summary>
    protected abstract string Field { get; }

    /// <summary>The message for a code Identity does not accept.</summary>
    protected abstract string WrongCodeKey { get; }

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

        var result = user.IsActive ? await SignInAsync(signIn) : SignInResult.NotAllowed;
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, text["Login.LockedOut"]);
        }
        else
        {
            ModelState.AddModelError("Input." + Field, text[WrongCodeKey, text["Field." + Field]]);
        }

        return Page();
    }

    /// <summary>Identity's check of the (valid) input for the user of the first step.</summary>
    protected abstract Task<SignInResult> SignInAsync(SignInManager<WerkbrugUser> signIn);
}
