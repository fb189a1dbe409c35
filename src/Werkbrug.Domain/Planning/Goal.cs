using System.Globalization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;

namespace Werkbrug.Domain.Planning;

/// <summary>Which way a goal points: the figure should reach at least the target, or stay at most at it.</summary>
public enum GoalDirection
{
    AtLeast = 1,
    AtMost = 2,
}

/// <summary>
/// A goal of a plan: a target for one indicator over a period, for the whole region (joint) or one partner organisation,
/// optionally one municipality and one row of a breakdown; so it compares with exactly the figure that filter gives.
/// The target is a count, a percentage (Share indicators) or a number of days (AverageDays).
/// </summary>
public sealed class Goal : IRegionScoped, IVersioned, IDescribed
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid PlanId { get; init; }

    /// <summary>A key of <see cref="IndicatorCatalogue"/>.</summary>
    public required string IndicatorKey { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public double Target { get; set; }

    public GoalDirection Direction { get; set; }

    /// <summary>The partner organisation the goal is for; null for a joint goal of the region.</summary>
    public Guid? OrganisationId { get; set; }

    public string? Municipality { get; set; }

    /// <summary>A breakdown of the indicator (<see cref="Breakdowns"/>) whose row <see cref="BreakdownKey"/> the goal is for.</summary>
    public string? BreakdownDimension { get; set; }

    public string? BreakdownKey { get; set; }

    public int Version { get; set; }

    /// <summary>More is better, except for a time: the default direction of a goal for <paramref name="kind"/>.</summary>
    public static GoalDirection DefaultDirection(IndicatorKind kind) => kind == IndicatorKind.AverageDays ? GoalDirection.AtMost : GoalDirection.AtLeast;

    public IReadOnlyDictionary<string, string?> Describe() => new Dictionary<string, string?>
    {
        ["IndicatorKey"] = IndicatorKey,
        ["From"] = Changes.Day(From),
        ["To"] = Changes.Day(To),
        ["Target"] = Target.ToString(CultureInfo.InvariantCulture),
        ["Direction"] = Direction.ToString(),
        ["OrganisationId"] = OrganisationId?.ToString(),
        ["Municipality"] = Municipality,
        ["BreakdownDimension"] = BreakdownDimension,
        ["BreakdownKey"] = BreakdownKey,
    };
}
