using Werkbrug.Domain.Indicators;

namespace Werkbrug.Domain.Tests.Indicators;

public sealed class FiguresTests
{
    private static readonly SmallGroups Five = SmallGroups.Default;

    /// <summary>Cells as "count" or "count/of", separated by spaces; shown figures as their value, hidden ones as "x".</summary>
    private static Cell[] Cells(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('/') is [var n, var of] ? new Cell(long.Parse(n, System.Globalization.CultureInfo.InvariantCulture), long.Parse(of, System.Globalization.CultureInfo.InvariantCulture)) : new Cell(long.Parse(c, System.Globalization.CultureInfo.InvariantCulture)))];

    private static string Shown(Figure figure) => figure.Suppressed ? "x" : figure.Value is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";

    [Theory]
    [InlineData("12 10 8", "12 10 8", "30")]     // nothing small
    [InlineData("12 0 8", "12 0 8", "20")]       // zero singles nobody out
    [InlineData("12 10 2", "12 x x", "24")]      // 2 is small; alone it would be 24 − 12 − 10, so the next smallest (10) goes too
    [InlineData("11 11 2", "x 11 x", "24")]      // a tie: the first of the two
    [InlineData("20 3 4", "20 x x", "27")]       // two small cells only give away their sum
    [InlineData("3 1", "x x", "x")]              // a small total hides every non-zero cell
    [InlineData("4 0", "x 0", "x")]
    [InlineData("5", "5", "5")]                  // the threshold itself is shown
    [InlineData("", "", "0")]
    public void counts_of_one_up_to_the_threshold_are_hidden_and_never_derivable_from_the_total(string cells, string shown, string total)
    {
        var parts = Cells(cells);
        var (sum, figures) = Figures.Table(IndicatorKind.Count, Five, new Cell(parts.Sum(c => c.Count)), parts);

        Assert.Equal(shown, string.Join(' ', figures.Select(Shown)));
        Assert.Equal(total, Shown(sum));
        Assert.All(figures.Where(f => f.Suppressed), f => Assert.Equal(Figure.Hidden, f)); // no value, no count, no base
    }

    [Theory]
    [InlineData("5/11 6/11", "45.5 54.5", "50")]      // every count, base and rest at least 5
    [InlineData("5/11 6/11 0/2", "x 54.5 x", "45.8")] // base 2 is small; the smallest other base goes too (the first of 11 and 11)
    [InlineData("3/20 10/20", "x x", "32.5")]         // 3 hits would follow from 15 % of 20; the other row would follow from the total
    [InlineData("18/20 10/20", "x x", "70")]          // 2 without the condition is just as telling
    [InlineData("0/20 10/20", "0 50", "25")]          // none of 20 is shown
    [InlineData("0/0 10/20", "- 50", "50")]           // no base, no share
    [InlineData("2/4", "x", "x")]
    public void a_share_hides_a_row_whose_count_base_or_rest_is_small(string cells, string shown, string total)
    {
        var parts = Cells(cells);
        var (sum, figures) = Figures.Table(IndicatorKind.Share, Five, new Cell(parts.Sum(c => c.Count), parts.Sum(c => c.Of)), parts);

        Assert.Equal(shown, string.Join(' ', figures.Select(Shown)));
        Assert.Equal(total, Shown(sum));
    }

    [Fact]
    public void the_threshold_is_configurable()
    {
        var (_, figures) = Figures.Table(IndicatorKind.Count, new SmallGroups(10), new Cell(29), Cells("20 9"));

        Assert.Equal("x x", string.Join(' ', figures.Select(Shown)));
    }

    [Theory]
    [InlineData(3, 8, 37.5)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(0, 7, 0.0)]
    [InlineData(7, 7, 100.0)]
    public void a_percentage_has_one_decimal(long count, long of, double percent) => Assert.Equal(percent, Figures.Percent(count, of));

    [Fact]
    public void an_average_in_days_counts_its_observations()
    {
        var (total, parts) = Figures.Table(IndicatorKind.AverageDays, Five, new Cell(8, 0, 100), [new Cell(5, 0, 40), new Cell(3, 0, 60)]);

        Assert.Equal((12.5, 8L), (total.Value!.Value, total.Count!.Value));
        Assert.Equal("x x", string.Join(' ', parts.Select(Shown))); // 3 observations are too few, and 5 would follow from the total
    }
}

public sealed class IndicatorCatalogueTests
{
    [Fact]
    public void every_indicator_has_a_stable_kebab_case_key_and_at_least_one_breakdown()
    {
        Assert.Equal(IndicatorCatalogue.All.Count, IndicatorCatalogue.All.Select(i => i.Key).Distinct().Count());
        Assert.All(IndicatorCatalogue.All, i =>
        {
            Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", i.Key);
            Assert.NotEmpty(i.Breakdowns); // the value is each breakdown's total (every breakdown divides the same records)
            Assert.Same(i, IndicatorCatalogue.Find(i.Key));
        });
        Assert.Null(IndicatorCatalogue.Find("Placements"));
    }
}
