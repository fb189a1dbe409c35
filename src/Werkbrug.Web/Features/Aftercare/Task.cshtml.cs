using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>One aftercare task, with the forms to complete it, reschedule or hand it over, and add a contact moment.</summary>
[Authorize(Policy = Policies.Tasks)]
public sealed class AftercareTaskPage(
    AftercareTaskDetails.Handler details, CompleteTask.Handler complete, RescheduleTask.Handler reschedule, AddContactMoment.Handler addMoment,
    AftercareChoices choices, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CompleteTask.Command Input { get; set; } = new();

    [BindProperty]
    public RescheduleTask.Command Reschedule { get; set; } = new();

    [BindProperty]
    public AddContactMoment.Command Moment { get; set; } = new();

    public AftercareTaskDetails.View Details { get; private set; } = null!;

    public IReadOnlyList<KeyValuePair<string, string>> Colleagues { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Input = new CompleteTask.Command { CompletedOn = DutchTime.Today(clock) };
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await complete.HandleAsync(id, Input, cancellationToken), nameof(Input), "Task.Completed", cancellationToken);

    public async Task<IActionResult> OnPostRescheduleAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await reschedule.HandleAsync(id, Reschedule, cancellationToken), nameof(Reschedule), "Task.Rescheduled", cancellationToken);

    public async Task<IActionResult> OnPostAddMomentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Details.PlacementId is not { } placement)
        {
            return NotFound();
        }

        return await AfterAsync(id, await addMoment.HandleAsync(placement, Moment, cancellationToken), nameof(Moment), "Task.MomentAdded", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync<T>(Guid id, Result<T> result, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Notice"] = text[notice].Value;
            return RedirectToPage("/Aftercare/Task", new { id });
        }

        return result.Errors[0].Kind == ErrorKind.Forbidden
            ? Forbid()
            : await this.RefuseAsync(result.Errors, text, prefix, () => LoadAsync(id, cancellationToken));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await details.HandleAsync(id, cancellationToken)).Into(v => Details = v))
        {
            return false;
        }

        Colleagues = Details.CanAct ? await choices.ColleaguesAsync(cancellationToken) : [];
        return true;
    }
}
