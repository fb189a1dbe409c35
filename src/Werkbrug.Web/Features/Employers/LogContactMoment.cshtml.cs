using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Logs or plans a contact moment; shows the warnings first and asks to acknowledge them.</summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class LogContactMomentPage(
    LogContactMoment.Handler handler, ContactWarningCheck.Handler warnings, EmployerDetails.Handler details, EmployerChoices choices,
    TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public LogContactMoment.Command Input { get; set; } = new();

    public string TradeName { get; private set; } = string.Empty;

    public IReadOnlyList<ContactWarningCheck.Warning> Warnings { get; private set; } = [];

    /// <summary>True after a save was refused for unacknowledged warnings.</summary>
    public bool MustAcknowledge { get; private set; }

    public EmployerChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Input = new LogContactMoment.Command
        {
            OccurredAt = now.AddSeconds(-now.Second).AddMilliseconds(-now.Millisecond),
            Initiator = ContactInitiator.ServicePoint,
        };
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        // The form's datetime-local field holds Dutch wall-clock time without an offset.
        var command = Input with
        {
            EmployerId = id,
            OccurredAt = Input.OccurredAt is { } at ? DutchTime.FromLocal(at.DateTime) : null,
        };
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.IsSuccess && result.Value.Id is not null)
        {
            TempData["Notice"] = text[command.Planned ? "ContactMoment.PlannedSaved" : "ContactMoment.Saved"].Value;
            return RedirectToPage("/Employers/Details", new { id });
        }

        if (!result.IsSuccess && result.Errors.Any(e => e.Field == nameof(LogContactMoment.Command.EmployerId)))
        {
            return NotFound();
        }

        Input = command;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // Saved nothing but warnings: the same form again, asking to acknowledge them.
        MustAcknowledge = result.IsSuccess;
        return result.IsSuccess ? Page() : this.Refuse(result.Errors, text);
    }

    /// <summary>The value of the datetime-local field, in Dutch time.</summary>
    public string? OccurredAtValue => Input.OccurredAt is { } at ? DutchTime.InputValue(at.UtcDateTime) : null;

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var employer = await details.HandleAsync(id, cancellationToken);
        if (!employer.IsSuccess)
        {
            return false;
        }

        TradeName = employer.Value.TradeName;
        Warnings = (await warnings.HandleAsync(id, cancellationToken)).Value;
        return true;
    }
}
