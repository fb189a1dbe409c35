using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>A table of referrals waiting for the user (partial _ReferralTable).</summary>
public sealed record ReferralTable(string Id, string Heading, string Caption, IReadOnlyList<MyTasks.ReferralRow> Rows);

/// <summary>The colleagues a task can be handed to: the active users of the own organisation.</summary>
public sealed class AftercareChoices(WerkbrugDb db)
{
    public Task<IReadOnlyList<KeyValuePair<string, string>>> ColleaguesAsync(CancellationToken cancellationToken) => db.ColleagueOptionsAsync(cancellationToken);
}

[Authorize(Policy = Policies.Tasks)]
public sealed class MyTasksPage(MyTasks.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MyTasks.Query Filter { get; set; } = new();

    public MyTasks.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await handler.HandleAsync(Filter, cancellationToken);
    }
}

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

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await complete.HandleAsync(id, Input, cancellationToken);
        return await AfterAsync(id, result.IsSuccess, result.Errors, "Input", "Task.Completed", cancellationToken);
    }

    public async Task<IActionResult> OnPostRescheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await reschedule.HandleAsync(id, Reschedule, cancellationToken);
        return await AfterAsync(id, result.IsSuccess, result.Errors, "Reschedule", "Task.Rescheduled", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddMomentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Details.PlacementId is not { } placement)
        {
            return NotFound();
        }

        var result = await addMoment.HandleAsync(placement, Moment, cancellationToken);
        return await AfterAsync(id, result.IsSuccess, result.Errors, "Moment", "Task.MomentAdded", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, bool success, IReadOnlyList<Error> errors, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (success)
        {
            TempData["Notice"] = text[notice].Value;
            return RedirectToPage("/Aftercare/Task", new { id });
        }

        if (errors[0].Kind == ErrorKind.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (errors[0].Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        ModelState.AddErrors(errors, text, prefix);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Details = result.Value;
        Colleagues = Details.CanAct ? await choices.ColleaguesAsync(cancellationToken) : [];
        return true;
    }
}

[Authorize(Policy = Policies.Managers)]
public sealed class OverdueAftercarePage(OverdueAftercare.Handler handler) : PageModel
{
    public OverdueAftercare.Overview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await handler.HandleAsync(cancellationToken);
}
