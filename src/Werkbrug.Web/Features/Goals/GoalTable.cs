using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;

namespace Werkbrug.Web.Features.Goals;

/// <summary>
/// A table of goals with their progress (partial _GoalTable, on the plan page and the indicators page).
/// <paramref name="EditPlan"/>: the plan whose goals get edit links (the region coordinator), else null.
/// </summary>
public sealed record GoalTable(string Id, string Caption, IReadOnlyList<GoalsWithProgress.GoalView> Goals, bool ShowOrganisation, Guid? EditPlan = null)
{
    /// <summary>A target or value: a count, "45,8%" or "12,5 dagen"; "–" for none.</summary>
    public static string Show(IStringLocalizer text, double? value, IndicatorKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        return value is not { } v ? "–" : kind switch
        {
            IndicatorKind.Share => text["Goals.Percent", v.ToString("0.#", CultureInfo.CurrentCulture)],
            IndicatorKind.AverageDays => text["Goals.Days", v.ToString("0.#", CultureInfo.CurrentCulture)],
            _ => v.ToString("N0", CultureInfo.CurrentCulture),
        };
    }
}
