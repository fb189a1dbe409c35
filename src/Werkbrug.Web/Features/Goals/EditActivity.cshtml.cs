using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Goals;

/// <summary>The region coordinator adds (no id), changes or deletes an activity of a plan.</summary>
[Authorize(Policy = "Role:" + Roles.RegionCoordinator)]
public sealed class EditActivityPage(SaveActivity.Handler handler, PlanDetails.Handler details, WerkbrugDb db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public SaveActivity.Command Input { get; set; } = new();

    public string PlanTitle { get; private set; } = string.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> Organisations { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid planId, Guid? id, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (id is null)
        {
            return Page();
        }

        if (plan.Activities.FirstOrDefault(a => a.Id == id) is not { } activity)
        {
            return NotFound();
        }

        Input = new SaveActivity.Command
        {
            Title = activity.Title,
            OwnerOrganisationId = activity.OwnerOrganisationId,
            OwnerUserId = activity.OwnerUserId,
            Status = activity.Status,
            DueOn = activity.DueOn,
            Version = activity.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, Guid? id, CancellationToken cancellationToken)
    {
        var result = id is null ? await handler.CreateAsync(planId, Input, cancellationToken) : await handler.UpdateAsync(planId, id.Value, Input, cancellationToken);
        return await AnswerAsync(planId, result, "Goals.ActivitySaved", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid planId, Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(planId, await handler.DeleteAsync(planId, id, Input.Version ?? 0, cancellationToken), "Goals.ActivityDeleted", cancellationToken);

    private async Task<IActionResult> AnswerAsync(Guid planId, Domain.Common.Result<SavePlan.Saved> result, string notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Notice"] = text[notice].Value;
            return Redirect($"/plans/{planId}#activities");
        }

        return await this.RefuseAsync(result.Errors, text, nameof(Input), async () => await LoadAsync(planId, cancellationToken) is not null);
    }

    private async Task<PlanDetails.View?> LoadAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await details.HandleAsync(planId, cancellationToken);
        if (!plan.IsSuccess)
        {
            return null;
        }

        PlanTitle = plan.Value.Title;
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        Organisations = [.. organisations.Select(o => KeyValuePair.Create(o.Id.ToString(), o.Name))];
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.OrganisationId }).ToListAsync(cancellationToken);
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        Users = [.. users.Select(u => KeyValuePair.Create(u.Id.ToString(), $"{u.DisplayName} ({names.GetValueOrDefault(u.OrganisationId)})"))];
        return plan.Value;
    }
}
