using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Planning;

namespace Werkbrug.Domain.Tests.Planning;

public sealed class GoalProgressTests
{
    private static readonly Period Q2 = Period.Quarter(2026, 2); // 1 April – 30 June: 91 days

    private static Figure Shown(double? value) => new(value, value is null ? 0 : (long)value, null, false);

    [Theory]
    // kind        direction  target value  today         value% status
    [InlineData("Count", "AtLeast", 40, 24, "2026-07-01", "60", "Behind")]        // over, not met
    [InlineData("Count", "AtLeast", 40, 40, "2026-05-01", "100", "Reached")]      // a count cannot fall: reached at once
    [InlineData("Count", "AtLeast", 40, 20, "2026-05-15", "50", "OnTrack")]       // 45 of 91 days gone: pace 19.8
    [InlineData("Count", "AtLeast", 40, 19, "2026-05-15", "47.5", "Behind")]      // below that pace
    [InlineData("Count", "AtLeast", 40, 0, "2026-03-31", "0", "OnTrack")]         // not begun: nothing expected yet
    [InlineData("Count", "AtMost", 10, 8, "2026-05-15", "80", "OnTrack")]         // may still rise
    [InlineData("Count", "AtMost", 10, 8, "2026-07-01", "80", "Reached")]
    [InlineData("Count", "AtMost", 10, 11, "2026-05-15", "110", "Behind")]
    [InlineData("Share", "AtLeast", 50, 54.5, "2026-05-15", "109", "OnTrack")]    // a share may still fall
    [InlineData("Share", "AtLeast", 50, 54.5, "2026-07-01", "109", "Reached")]
    [InlineData("Share", "AtLeast", 50, 45.8, "2026-05-15", "91.6", "Behind")]    // no pace for a share
    [InlineData("AverageDays", "AtMost", 30, 28.5, "2026-07-01", "95", "Reached")]
    [InlineData("AverageDays", "AtMost", 30, 31, "2026-07-01", "103.3", "Behind")]
    [InlineData("Count", "AtLeast", 0, 3, "2026-05-15", "-", "Reached")]          // a target of 0 has no percentage
    public void a_figure_is_compared_with_its_target(string kind, string direction, double target, double value, string today, string percent, string status)
    {
        var progress = Progress.Of(Shown(value), Enum.Parse<IndicatorKind>(kind), Enum.Parse<GoalDirection>(direction), target, Q2, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((value, percent, status), (progress.Value!.Value, progress.PercentOfTarget?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", progress.Status.ToString()));
    }

    [Theory]
    [InlineData(true, null)]   // hidden by the small-group rule
    [InlineData(false, null)]  // a share without a base
    public void a_hidden_or_missing_figure_is_not_measurable_and_reveals_nothing(bool suppressed, double? value)
    {
        var figure = suppressed ? Figure.Hidden : new Figure(value, 0, 0, false);

        var progress = Progress.Of(figure, IndicatorKind.Share, GoalDirection.AtLeast, 50, Q2, new DateOnly(2026, 7, 1));

        Assert.Equal(new Progress(null, null, GoalStatus.NotMeasurable), progress);
    }

    [Theory]
    [InlineData("Count", "AtLeast")]
    [InlineData("Share", "AtLeast")]
    [InlineData("AverageDays", "AtMost")] // time to fill: fewer days is better
    public void more_is_better_except_for_a_time(string kind, string direction) =>
        Assert.Equal(Enum.Parse<GoalDirection>(direction), Goal.DefaultDirection(Enum.Parse<IndicatorKind>(kind)));

    [Fact]
    public void a_change_lists_only_the_fields_that_differ_and_a_creation_what_was_set()
    {
        var before = new Dictionary<string, string?> { ["Title"] = "Plan", ["Description"] = null, ["Year"] = "2026" };
        var after = new Dictionary<string, string?> { ["Title"] = "Plan 2026", ["Description"] = "", ["Year"] = "2026" };

        Assert.Equal([new FieldChange("Title", "Plan", "Plan 2026")], Changes.Between(before, after));
        Assert.Equal([new FieldChange("Title", null, "Plan"), new FieldChange("Year", null, "2026")], Changes.Between(null, before));
        Assert.Equal([new FieldChange("Title", "Plan", null), new FieldChange("Year", "2026", null)], Changes.Between(before, null));
    }
}
