using Werkbrug.Domain.Indicators;

namespace Werkbrug.Domain.Planning;

/// <summary>Where a goal stands.</summary>
public enum GoalStatus
{
    /// <summary>The target is met for good: an at-least count reached, or any target met once the period is over.</summary>
    Reached = 1,

    /// <summary>The period runs and the figure is where it should be by now.</summary>
    OnTrack = 2,

    /// <summary>The figure is not where it should be (by now, or at the end of the period).</summary>
    Behind = 3,

    /// <summary>No figure to compare: hidden by the small-group rule, or no base (a share of nothing, an average of nothing).</summary>
    NotMeasurable = 4,
}

/// <summary>A goal's figure against its target: the value, the value as a percentage of the target, the status.</summary>
public sealed record Progress(double? Value, double? PercentOfTarget, GoalStatus Status)
{
    /// <summary>
    /// Compares <paramref name="figure"/> with the target on <paramref name="today"/>. A count is cumulative: an at-least
    /// count is on track while it keeps pace with the part of the period gone by (target × days gone / days), and reached
    /// as soon as it meets the target (it cannot fall again). A share, an average and an at-most count can still move
    /// either way: met while the period runs is on track, met at its end is reached. A hidden figure gives nothing away:
    /// no value, no percentage, only "not measurable".
    /// </summary>
    public static Progress Of(Figure figure, IndicatorKind kind, GoalDirection direction, double target, Period period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Suppressed || figure.Value is not { } value)
        {
            return new Progress(null, null, GoalStatus.NotMeasurable);
        }

        var percent = target == 0 ? (double?)null : Math.Round(100 * value / target, 1);
        var met = direction == GoalDirection.AtLeast ? value >= target : value <= target;
        var over = today > period.To;
        var cumulative = kind == IndicatorKind.Count && direction == GoalDirection.AtLeast;
        var status = (met, over, cumulative) switch
        {
            (true, _, true) or (true, true, _) => GoalStatus.Reached,
            (true, false, false) => GoalStatus.OnTrack,
            (false, false, true) => value >= target * Elapsed(period, today) ? GoalStatus.OnTrack : GoalStatus.Behind,
            _ => GoalStatus.Behind,
        };
        return new Progress(value, percent, status);
    }

    /// <summary>The part of the period gone by on <paramref name="today"/> (today included), from 0 to 1.</summary>
    public static double Elapsed(Period period, DateOnly today) =>
        Math.Clamp(today.DayNumber - period.From.DayNumber + 1, 0, period.Days) / (double)period.Days;
}
