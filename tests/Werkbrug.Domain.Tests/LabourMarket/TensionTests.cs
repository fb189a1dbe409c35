using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.LabourMarket;

namespace Werkbrug.Domain.Tests.LabourMarket;

public sealed class TensionTests
{
    [Theory]
    [InlineData(0, 0, null, null)]          // nothing to say
    [InlineData(6, 0, null, "Tight")]       // vacancies and nobody werkfit
    [InlineData(0, 10, 0.0, "Slack")]
    [InlineData(4, 10, 0.4, "Slack")]
    [InlineData(5, 10, 0.5, "Balanced")]    // the lower boundary belongs to balanced
    [InlineData(14, 10, 1.4, "Balanced")]
    [InlineData(15, 10, 1.5, "Tight")]      // the upper boundary belongs to tight
    [InlineData(2, 3, 0.67, "Balanced")]
    public void tension_is_vacancies_per_werkfit_candidate_in_three_classes(long vacancies, long candidates, double? ratio, string? expected)
    {
        Assert.Equal(ratio, Tension.Ratio(vacancies, candidates));
        Assert.Equal(expected, Tension.Classify(vacancies, candidates)?.ToString());
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(7, 5)]
    [InlineData(8, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]    // 12.5 would round up; 13 is nearer 15
    [InlineData(0, 0)]
    public void public_counts_are_rounded_to_a_multiple_of_five(long count, long shown) => Assert.Equal(shown, Tension.Rounded(count));

    [Theory]
    [InlineData("9329", "9")]
    [InlineData("0110", "0")]
    [InlineData("932", null)]
    [InlineData("93a9", null)]
    [InlineData(null, null)]
    public void the_major_group_is_the_first_digit_of_the_unit_group(string? unit, string? major) => Assert.Equal(major, IscoGroups.MajorOf(unit));

    /// <summary>Rows as "vacancies/candidates/placements"; the result as "v/c/p:class", hidden figures "x", a hidden tension "x".</summary>
    [Theory]
    [InlineData("10/10/5 20/8/6 6/2/0", "10/10/5:Balanced 20/x/6:x 6/x/0:x")]  // 2 candidates hidden, so is 8 (the next smallest), and the tensions with them
    [InlineData("10/10/5 20/8/6 6/2/3", "10/10/x:Balanced 20/x/6:x 6/x/x:x")]  // placements 3 and, with it, 5: no tension goes with them
    [InlineData("12/20/5 20/8/6 6/0/7", "12/20/5:Balanced 20/8/6:Tight 6/0/7:Tight")]
    [InlineData("12/20/5 3/9/6 6/6/7", "12/20/5:Balanced x/9/6:x x/6/7:x")]     // a vacancy count of 3 hides the tension beside it
    [InlineData("0/8/5 9/30/6", "0/8/5:Slack 9/30/6:Slack")]
    public void small_counts_are_hidden_and_a_tension_from_a_hidden_count_is_hidden_too(string rows, string expected)
    {
        var counts = rows.Split(' ').Select(r => r.Split('/').Select(n => long.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).Select(r => new MarketCounts(r[0], r[1], r[2])).ToList();

        var shown = MarketTable.Present(SmallGroups.Default, counts);

        static string Show(Figure f) => f.Suppressed ? "x" : f.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, string.Join(' ', shown.Select(r => $"{Show(r.Vacancies)}/{Show(r.Candidates)}/{Show(r.Placements)}:{(r.TensionHidden ? "x" : r.Tension?.ToString() ?? "-")}")));
    }
}
