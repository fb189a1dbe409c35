using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

/// <summary>Edit an account (name, organisation, team, roles, active) and reset its password.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UserEditPage(
    Users.Get.Handler get, Users.Update.Handler update, Users.ResetPassword.Handler reset,
    FormChoices.Handler choices, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public Users.Update.Command Input { get; set; } = new();

    [BindProperty]
    public Users.ResetPassword.Command Reset { get; set; } = new();

    [FromRoute]
    public Guid Id { get; set; }

    public Users.Item Account { get; private set; } = null!;

    public FormChoices.Choices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = Users.Update.Command.From(Account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await update.HandleAsync(Id, Input, cancellationToken);
        if (!result.IsSuccess)
        {
            return await LoadAsync(cancellationToken) ? this.Refuse(result.Errors, text) : NotFound();
        }

        TempData["Notice"] = text["Administration.Saved", result.Value.DisplayName].Value;
        return LocalRedirect("/administration/users");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        var result = await reset.HandleAsync(Id, Reset, cancellationToken);
        if (!result.IsSuccess)
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            Input = Users.Update.Command.From(Account);
            return this.Refuse(result.Errors, text, nameof(Reset));
        }

        TempData["Notice"] = text["Administration.Users.PasswordReset", result.Value.DisplayName].Value;
        return LocalRedirect($"/administration/users/edit/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var item = await get.HandleAsync(Id, cancellationToken);
        if (!item.IsSuccess)
        {
            return false;
        }

        Account = item.Value;
        Choices = await choices.HandleAsync(cancellationToken);
        return true;
    }
}
