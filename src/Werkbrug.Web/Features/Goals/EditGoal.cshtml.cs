using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.Goals;

/// <summary>The region coordinator sets (no id), changes or deletes a goal of a plan.</summary>
[Authorize(Policy = "Role:" + Roles.RegionCoordinator)]
public sealed class EditGoalPage(SaveGoal.Handler handler, GoalsWithProgress.Handler goals, PlanDetails.Handler details, IndicatorFigures.Handler figures, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public SaveGoal.Command Input { get; set; } = new();

    public string PlanTitle { get; private set; } = string.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> Indicators { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Breakdowns { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Organisations { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid planId, Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken))
        {
            return NotFound();
        }

        if (id is null)
        {
            return Page();
        }

        var goal = (await goals.ForPlanAsync(planId, cancellationToken)).FirstOrDefault(g => g.Id == id);
        if (goal is null)
        {
            return NotFound();
        }

        Input = new SaveGoal.Command
        {
            IndicatorKey = goal.IndicatorKey,
            From = goal.Period.From,
            To = goal.Period.To,
            Target = goal.Target,
            Direction = goal.Direction,
            Organisation = goal.Organisation,
            Municipality = goal.Municipality,
            BreakdownDimension = goal.BreakdownDimension,
            BreakdownKey = goal.BreakdownKey,
            Version = goal.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, Guid? id, CancellationToken cancellationToken)
    {
        var result = id is null ? await handler.CreateAsync(planId, Input, cancellationToken) : await handler.UpdateAsync(planId, id.Value, Input, cancellationToken);
        return await AnswerAsync(planId, result, "Goals.GoalSaved", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid planId, Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(planId, await handler.DeleteAsync(planId, id, Input.Version ?? 0, cancellationToken), "Goals.GoalDeleted", cancellationToken);

    private async Task<IActionResult> AnswerAsync(Guid planId, Domain.Common.Result<SavePlan.Saved> result, string notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Notice"] = text[notice].Value;
            return Redirect($"/plans/{planId}#goals");
        }

        return await this.RefuseAsync(result.Errors, text, nameof(Input), () => LoadAsync(planId, cancellationToken));
    }

    private async Task<bool> LoadAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await details.HandleAsync(planId, cancellationToken);
        if (!plan.IsSuccess)
        {
            return false;
        }

        PlanTitle = plan.Value.Title;
        Indicators = [.. IndicatorCatalogue.All.Select(i => KeyValuePair.Create(i.Key, text[$"Indicators.{i.Key}.Name"].Value))];
        Breakdowns = [.. IndicatorCatalogue.All.SelectMany(i => i.Breakdowns).Distinct().Select(d => KeyValuePair.Create(d, text["Indicators.Breakdown." + d].Value))];
        (Organisations, Municipalities) = await figures.ChoicesAsync(cancellationToken);
        return true;
    }
}
