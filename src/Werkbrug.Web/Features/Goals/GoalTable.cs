using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Infrastructure.ReferenceData;

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

    /// <summary>
    /// A goal's cells as the tables show them: the indicator with its municipality and breakdown row, the organisation
    /// (or "gezamenlijk"), the period, the target with its direction, the value, the percentage of the target and the status.
    /// </summary>
    public static Cells Describe(IStringLocalizer text, GoalsWithProgress.GoalView goal)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(goal);
        var scope = string.Join(", ", new[] { goal.Municipality, goal.BreakdownDimension is null ? null : $"{text["Indicators.Breakdown." + goal.BreakdownDimension]}: {goal.BreakdownLabel}" }.Where(x => x is not null));
        return new Cells(
            goal.IndicatorName + (scope.Length > 0 ? $" ({scope})" : null),
            goal.OrganisationName ?? text["Goals.Joint"],
            goal.Period.Label,
            $"{text.Label(goal.Direction)} {Show(text, goal.Target, goal.Kind)}",
            Show(text, goal.Progress.Value, goal.Kind),
            goal.Progress.PercentOfTarget is { } p ? text["Goals.Percent", p.ToString("0.#", CultureInfo.CurrentCulture)] : "–",
            text.Label(goal.Progress.Status));
    }

    public sealed record Cells(string Goal, string Organisation, string Period, string Target, string Value, string PercentOfTarget, string Status);
}
