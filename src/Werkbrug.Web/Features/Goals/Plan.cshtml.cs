using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Goals;

/// <summary>One plan: joint goals and goals per partner side by side with their progress, the activities and the history.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class PlanPage(PlanDetails.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    public PlanDetails.View Plan { get; private set; } = null!;

    public bool CanEdit => User.IsInRole(Roles.RegionCoordinator);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Plan = result.Value;
        return Page();
    }

    /// <summary>A field's value in a history entry as people read it: labels for the kinds and states, Dutch dates.</summary>
    public string ShowField(string field, string? value)
    {
        if (value is null)
        {
            return "–";
        }

        return field switch
        {
            "Kind" when Enum.TryParse<PlanKind>(value, out var kind) => text.Label(kind),
            "Direction" when Enum.TryParse<GoalDirection>(value, out var direction) => text.Label(direction),
            "Status" when Enum.TryParse<ActivityStatus>(value, out var status) => text.Label(status),
            "IndicatorKey" => text[$"Indicators.{value}.Name"],
            "BreakdownDimension" => text["Indicators.Breakdown." + value],
            _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => Domain.Common.DutchTime.Format(day),
            _ => value,
        };
    }
}
