namespace Werkbrug.Domain.Indicators;

/// <summary>What an indicator's figure is: a number of records, a share (count of a base, in percent), or an average number of days.</summary>
public enum IndicatorKind
{
    Count = 1,
    Share = 2,
    AverageDays = 3,
}

/// <summary>
/// One aggregate as the database returns it: <see cref="Count"/> records (for a share: those that meet the condition),
/// <see cref="Of"/> the base of a share, <see cref="Sum"/> the summed days of an average.
/// </summary>
public readonly record struct Cell(long Count, long Of = 0, double Sum = 0);

/// <summary>
/// A figure as it may be shown: the value (a count, a percentage with one decimal, or days with one decimal), the count
/// and base behind it, or nothing at all when the small-group rule hides it. <see cref="Available"/> is false when there
/// is no figure to give at all (no snapshot of an ended period, a filter the records cannot answer): not a 0, not hidden.
/// </summary>
public sealed record Figure(double? Value, long? Count, long? Of, bool Suppressed, bool Available = true)
{
    public static Figure Hidden { get; } = new(null, null, null, true);

    /// <summary>No figure exists for this period and filter.</summary>
    public static Figure NotAvailable { get; } = new(null, null, null, false, false);
}

/// <summary>Turns the database's cells into figures that may be shown (<see cref="SmallGroups"/>).</summary>
public static class Figures
{
    /// <summary><paramref name="count"/> of <paramref name="of"/> in percent with one decimal; null without a base.</summary>
    public static double? Percent(long count, long of) => of == 0 ? null : Math.Round(100.0 * count / of, 1);

    /// <summary>The total and the cells of one breakdown of it, each hidden where the rule says so.</summary>
    public static (Figure Total, IReadOnlyList<Figure> Parts) Table(IndicatorKind kind, SmallGroups rule, Cell total, IReadOnlyList<Cell> parts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(parts);
        bool totalHidden;
        bool[] hidden;
        if (kind == IndicatorKind.Share)
        {
            // A shown share and base give the count away, and the base minus the count: a row is hidden when any of the
            // three is small, and one hidden row takes the next smallest base with it.
            bool Small(Cell c) => rule.IsSmall(c.Count) || rule.IsSmall(c.Of - c.Count) || rule.IsSmall(c.Of);
            totalHidden = Small(total);
            hidden = SmallGroups.Complete([.. parts.Select(p => Small(p) || (totalHidden && p.Of > 0))], [.. parts.Select(p => p.Of)]);
        }
        else
        {
            hidden = rule.Hide(total.Count, [.. parts.Select(p => p.Count)]);
            totalHidden = rule.IsSmall(total.Count);
        }

        return (Present(kind, total, totalHidden), parts.Select((p, i) => Present(kind, p, hidden[i])).ToList());
    }

    private static Figure Present(IndicatorKind kind, Cell cell, bool hidden) => hidden ? Figure.Hidden : kind switch
    {
        IndicatorKind.Share => new Figure(Percent(cell.Count, cell.Of), cell.Count, cell.Of, false),
        IndicatorKind.AverageDays => new Figure(cell.Count == 0 ? null : Math.Round(cell.Sum / cell.Count, 1), cell.Count, null, false),
        _ => new Figure(cell.Count, cell.Count, null, false),
    };
}
