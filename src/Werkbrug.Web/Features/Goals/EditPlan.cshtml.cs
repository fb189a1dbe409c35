using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.Goals;

/// <summary>The region coordinator creates (no id), changes or deletes a plan.</summary>
[Authorize(Policy = "Role:" + Roles.RegionCoordinator)]
public sealed class EditPlanPage(SavePlan.Handler handler, PlanDetails.Handler details, IStringLocalizer<SharedResource> text, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SavePlan.Command Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            Input = new SavePlan.Command { Year = Domain.Common.DutchTime.Today(clock).Year };
            return Page();
        }

        var result = await details.HandleAsync(id.Value, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        var p = result.Value;
        Input = new SavePlan.Command { Year = p.Year, Kind = p.Kind, Title = p.Title, Description = p.Description, AdoptedOn = p.AdoptedOn, EvaluatedOn = p.EvaluatedOn, Version = p.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var result = id is null ? await handler.CreateAsync(Input, cancellationToken) : await handler.UpdateAsync(id.Value, Input, cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text["Goals.PlanSaved"].Value;
        return Redirect($"/plans/{result.Value.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.DeleteAsync(id, Input.Version ?? 0, cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text["Goals.PlanDeleted"].Value;
        return Redirect("/plans");
    }
}
