using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// Assigns or hands over the fixed account manager. Staff policy, because administrators may do it too;
/// the handler admits only managers, administrators and the current account manager (403 otherwise).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class HandOverAccountPage(HandOverAccount.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public HandOverAccount.Command Input { get; set; } = new();

    public HandOverAccount.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var form = await handler.FormAsync(id, cancellationToken);
        if (!form.IsSuccess)
        {
            return Deny(form.Errors);
        }

        Form = form.Value;
        Input = new HandOverAccount.Command { UserId = Form.CurrentUserId, TeamId = Form.CurrentTeamId, Version = Form.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Employer.HandedOver"].Value;
            return RedirectToPage("/Employers/Details", new { id });
        }

        if (result.Errors[0].Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
        {
            return Deny(result.Errors);
        }

        var form = await handler.FormAsync(id, cancellationToken);
        if (!form.IsSuccess)
        {
            return Deny(form.Errors);
        }

        Form = form.Value;
        return this.Refuse(result.Errors, text);
    }

    /// <summary>403 for a user who may not hand over (the page is open to all staff), 404 for an employer they cannot see.</summary>
    private IActionResult Deny(IReadOnlyList<Error> errors) =>
        errors[0].Kind == ErrorKind.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
}
