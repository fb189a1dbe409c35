using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>Two-step verification: set up with an authenticator app, turn off, new recovery codes. Interactive, so page only.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MfaPage(
    TwoFactorSetup.Handler setup,
    EnableTwoFactor.Handler enable,
    DisableTwoFactor.Handler disable,
    RegenerateRecoveryCodes.Handler regenerate,
    SignInManager<WerkbrugUser> signIn,
    IStringLocalizer<SharedResource> text) : PageModel
{
    private const string RecoveryCodesKey = "RecoveryCodes";

    public TwoFactorSetup.View View { get; private set; } = null!;

    /// <summary>Shown once, right after they were made; TempData forgets them when read.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public EnableTwoFactor.Command Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        RecoveryCodes = TempData[RecoveryCodesKey] is string codes ? codes.Split('\n') : [];
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var result = await enable.HandleAsync(Input);
        if (!result.IsSuccess)
        {
            return await FailAsync(result.Errors);
        }

        await signIn.RefreshSignInAsync(result.Value.User);
        return Done("TwoFactor.Enabled", result.Value.RecoveryCodes);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var result = await disable.HandleAsync();
        if (!result.IsSuccess)
        {
            return await FailAsync(result.Errors);
        }

        await signIn.RefreshSignInAsync(result.Value);
        return Done("TwoFactor.Disabled", []);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var result = await regenerate.HandleAsync();
        return result.IsSuccess ? Done("TwoFactor.CodesRegenerated", result.Value) : await FailAsync(result.Errors);
    }

    private RedirectToPageResult Done(string notice, IReadOnlyList<string> codes)
    {
        TempData["Notice"] = text[notice].Value;
        if (codes.Count > 0)
        {
            TempData[RecoveryCodesKey] = string.Join('\n', codes);
        }

        return RedirectToPage();
    }

    private async Task<IActionResult> FailAsync(IReadOnlyList<Error> errors) =>
        await LoadAsync() ? this.Refuse(errors, text) : NotFound();

    private async Task<bool> LoadAsync()
    {
        var view = await setup.HandleAsync();
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
