using Werkbrug.Domain.Indicators;

namespace Werkbrug.Domain.LabourMarket;

/// <summary>How tight the market for an occupation is, in plain words: open vacancies per werkfit candidate.</summary>
public enum TensionClass
{
    /// <summary>ruim: fewer than one open vacancy per two werkfit candidates.</summary>
    Slack = 1,

    /// <summary>in evenwicht: from one vacancy per two candidates to fewer than three per two.</summary>
    Balanced = 2,

    /// <summary>krap: three vacancies per two candidates or more, or open vacancies and no werkfit candidate at all.</summary>
    Tight = 3,
}

/// <summary>
/// The tension figure of the labour-market picture (arbeidsmarktbeeld): open vacancies divided by werkfit candidates,
/// and its class. The boundaries are stated on the page's definition section too (resources LabourMarket.Method*).
/// </summary>
public static class Tension
{
    /// <summary>From this many vacancies per candidate the market is in balance (below it: slack).</summary>
    public const double BalancedFrom = 0.5;

    /// <summary>From this many vacancies per candidate the market is tight.</summary>
    public const double TightFrom = 1.5;

    /// <summary>Public counts are rounded to a multiple of this.</summary>
    public const int PublicRounding = 5;

    /// <summary>Vacancies per candidate with two decimals; null without candidates.</summary>
    public static double? Ratio(long vacancies, long candidates) => candidates == 0 ? null : Math.Round((double)vacancies / candidates, 2);

    /// <summary>The class; null when there are neither vacancies nor candidates (nothing to say).</summary>
    public static TensionClass? Classify(long vacancies, long candidates) =>
        (vacancies, candidates) switch
        {
            (0, 0) => null,
            (_, 0) => TensionClass.Tight,
            _ => ((double)vacancies / candidates) switch
            {
                < BalancedFrom => TensionClass.Slack,
                < TightFrom => TensionClass.Balanced,
                _ => TensionClass.Tight,
            },
        };

    /// <summary>A count as the public page shows it: to the nearest multiple of <see cref="PublicRounding"/> (halves up).</summary>
    public static long Rounded(long count) => (long)Math.Round((double)count / PublicRounding, MidpointRounding.AwayFromZero) * PublicRounding;
}

/// <summary>The counts of one row of the picture (an occupation or an occupation group) as the database gives them.</summary>
public readonly record struct MarketCounts(long Vacancies, long Candidates, long Placements);

/// <summary>One row as it may be shown: every count through the small-group rule, and the tension only from shown counts.</summary>
public sealed record MarketFigures(Figure Vacancies, Figure Candidates, Figure Placements, double? Ratio, TensionClass? Tension, bool TensionHidden);

/// <summary>Applies the small-group rule to the rows of one table of the picture (<see cref="Figures.Table"/> per column).</summary>
public static class MarketTable
{
    public static IReadOnlyList<MarketFigures> Present(SmallGroups rule, IReadOnlyList<MarketCounts> rows)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rows);
        var vacancies = Column(rule, rows.Select(r => r.Vacancies));
        var candidates = Column(rule, rows.Select(r => r.Candidates));
        var placements = Column(rule, rows.Select(r => r.Placements));
        return rows.Select((r, i) =>
        {
            var hidden = vacancies[i].Suppressed || candidates[i].Suppressed;
            return new MarketFigures(
                vacancies[i],
                candidates[i],
                placements[i],
                hidden ? null : Tension.Ratio(r.Vacancies, r.Candidates),
                hidden ? null : Tension.Classify(r.Vacancies, r.Candidates),
                hidden);
        }).ToList();
    }

    /// <summary>
    /// One column as a breakdown of its sum: a small count is hidden, and with exactly one hidden the smallest other goes
    /// too (a candidate may count under several occupations, so for candidates this is stricter than needed).
    /// </summary>
    private static IReadOnlyList<Figure> Column(SmallGroups rule, IEnumerable<long> counts)
    {
        var cells = counts.Select(c => new Cell(c)).ToList();
        return Figures.Table(IndicatorKind.Count, rule, new Cell(cells.Sum(c => c.Count)), cells).Parts;
    }
}

/// <summary>ISCO-08 major groups (beroepsklassen): the first digit of an occupation's four-digit unit group.</summary>
public static class IscoGroups
{
    /// <summary>The ten major groups, "0" (armed forces) to "9" (elementary occupations).</summary>
    public static IReadOnlyList<string> Major { get; } = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];

    /// <summary>The major group of a unit group such as "9329", or null when the code is missing or malformed.</summary>
    public static string? MajorOf(string? unitGroup) =>
        unitGroup is { Length: 4 } && unitGroup.All(char.IsAsciiDigit) ? unitGroup[..1] : null;
}
