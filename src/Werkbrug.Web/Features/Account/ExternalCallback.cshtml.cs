using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Werkbrug.Web.Features.Account;

/// <summary>GET /account/external-callback: finishes single sign-on and always redirects (home, second step or login page).</summary>
[AllowAnonymous]
public sealed class ExternalCallbackPage(ExternalCallback.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var answer = await handler.HandleAsync();
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        switch (answer.Outcome)
        {
            case ExternalCallback.Outcome.SignedIn:
                return LocalRedirect(returnUrl);
            case ExternalCallback.Outcome.RequiresTwoFactor:
                return RedirectToPage("LoginWith2fa", new { ReturnUrl = returnUrl });
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        TempData[LoginPage.MessageKey] = answer.Outcome switch
        {
            ExternalCallback.Outcome.LockedOut => text["Login.LockedOut"].Value,
            ExternalCallback.Outcome.UnknownUser when answer.Email is not null => text["Login.ExternalUnknown", answer.Email].Value,
            ExternalCallback.Outcome.NoUsableEmail => text["Login.ExternalNoEmail"].Value,
            _ => text["Login.ExternalFailed"].Value,
        };
        return RedirectToPage("Login", new { ReturnUrl = returnUrl });
    }
}
