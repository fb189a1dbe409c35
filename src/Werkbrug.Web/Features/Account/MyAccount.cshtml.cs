using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

[Authorize(Policy = Policies.Staff)]
public sealed class MyAccountPage(
    MyAccount.Handler overview, ChangePassword.Handler changePassword, MailSettings.Handler mailSettings, SignInManager<WerkbrugUser> signIn, IStringLocalizer<SharedResource> text)
    : PageModel
{
    public MyAccount.View View { get; private set; } = null!;

    [BindProperty]
    public ChangePassword.Command Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken cancellationToken)
    {
        var result = await changePassword.HandleAsync(Input);
        if (!result.IsSuccess)
        {
            return await LoadAsync(cancellationToken) ? this.Refuse(result.Errors, text) : NotFound();
        }

        await signIn.RefreshSignInAsync(result.Value);
        TempData["Notice"] = text["Account.PasswordChanged"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDailyDigestAsync(bool dailyDigest)
    {
        var result = await mailSettings.SetAsync(new MailSettings.Command { DailyDigest = dailyDigest });
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        TempData["Notice"] = text[dailyDigest ? "Account.DigestOn" : "Account.DigestOff"].Value;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await overview.HandleAsync(cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
