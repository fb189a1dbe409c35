using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Surveys;

namespace Werkbrug.Domain.Tests.Surveys;

public sealed class WeightingTests
{
    private const SizeBand Small = SizeBand.Employees1To9;
    private const SizeBand Medium = SizeBand.Employees10To49;

    private static List<Stratum> Respondents(params (string Section, SizeBand Size, int Count)[] groups) =>
        [.. groups.SelectMany(g => Enumerable.Repeat(new Stratum(g.Section, g.Size), g.Count))];

    private static string Rounded(IEnumerable<double> values, int digits = 3) =>
        string.Join(' ', values.Select(v => Math.Round(v, digits).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void post_stratification_weighs_each_respondent_by_the_employers_of_its_cell()
    {
        // Population: G small 600, G medium 300, C small 100. Respondents: 3, 2 and 5.
        // Weights N/n: 600/3 = 200, 300/2 = 150, 100/5 = 20; they add up to the 1,000 employers.
        var cells = new Dictionary<Stratum, long> { [new("G", Small)] = 600, [new("G", Medium)] = 300, [new("C", Small)] = 100 };
        var respondents = Respondents(("G", Small, 3), ("G", Medium, 2), ("C", Small, 5));

        var weights = Weighting.Weigh(respondents, PopulationTable.FromCells(cells));

        Assert.Equal(WeightingMethod.PostStratification, weights.Method);
        Assert.Equal("200 200 200 150 150 20 20 20 20 20", Rounded(weights.Values));
        Assert.Equal(1000, weights.Values.Sum(), 9);
        // n_eff = 1000² / (3·200² + 2·150² + 5·20²) = 1,000,000 / 167,000 = 5.988.
        Assert.Equal(5.988, weights.EffectiveSize, 3);
    }

    [Fact]
    public void with_only_the_margins_raking_meets_both()
    {
        // Sections G 900, C 100; sizes small 700, medium 300; one respondent per cell.
        // Start 1000/4 = 250 each. Sections: G 500 → ×1.8 = 450, C 500 → ×0.2 = 50.
        // Sizes: small 450 + 50 = 500 → ×1.4 = 630 and 70; medium 500 → ×0.6 = 270 and 30. Sections now 900 and 100: done.
        var population = PopulationTable.FromMargins(new Dictionary<string, long> { ["G"] = 900, ["C"] = 100 }, new Dictionary<SizeBand, long> { [Small] = 700, [Medium] = 300 });
        var respondents = Respondents(("G", Small, 1), ("G", Medium, 1), ("C", Small, 1), ("C", Medium, 1));

        var weights = Weighting.Weigh(respondents, population);

        Assert.Equal((WeightingMethod.Raking, true, 1), (weights.Method, weights.Converged, weights.Iterations));
        Assert.Equal("630 270 70 30", Rounded(weights.Values));
    }

    [Fact]
    public void cells_known_but_one_without_respondents_rake_to_the_margins_of_the_cells()
    {
        // The cells of the raking test above (900·700/1000 = 630 …), but nobody answered in C medium: post-stratification
        // would lose its 30 employers; raking lets C small and G medium carry them. Margins G 900, C 100, small 700, medium 300.
        var cells = new Dictionary<Stratum, long> { [new("G", Small)] = 630, [new("G", Medium)] = 270, [new("C", Small)] = 70, [new("C", Medium)] = 30 };
        var respondents = Respondents(("G", Small, 1), ("G", Medium, 1), ("C", Small, 1));

        var weights = Weighting.Weigh(respondents, PopulationTable.FromCells(cells));

        // Three respondents, four margins: the fit is exact with G small 600, G medium 300, C small 100.
        Assert.Equal((WeightingMethod.Raking, true), (weights.Method, weights.Converged));
        Assert.Equal("600 300 100", Rounded(weights.Values));
    }

    [Fact]
    public void a_respondent_outside_the_table_weighs_nothing_and_no_table_weighs_everyone_one()
    {
        var cells = new Dictionary<Stratum, long> { [new("G", Small)] = 600 };
        var respondents = Respondents(("G", Small, 2), ("Q", Small, 1));

        Assert.Equal("300 300 0", Rounded(Weighting.PostStratify(respondents, cells).Values));
        Assert.Equal("1 1 1", Rounded(Weighting.Weigh(respondents, null).Values));
        Assert.Equal(WeightingMethod.None, Weighting.Weigh(respondents, null).Method);
    }

    [Theory]
    [InlineData(3, 10, 0.3, 0.1078, 0.6032)]   // Wilson 3 of 10: centre (0.3 + 1.9207/10)/(1.38415) = 0.3555, half 0.2477
    [InlineData(0, 20, 0, 0, 0.1611)]          // 0 of 20 still has an upper bound: z²/(n + z²) = 3.8415/23.8415
    [InlineData(20, 20, 1, 0.8389, 1)]
    public void wilson_intervals_worked_out_by_hand(int yes, int n, double p, double low, double high)
    {
        var estimate = Estimates.Proportion([.. Enumerable.Range(0, n).Select(i => (1.0, i < yes))]);

        Assert.Equal((p, low, high), (Math.Round(estimate.Value, 4), Math.Round(estimate.Low, 4), Math.Round(estimate.High, 4)));
    }

    [Fact]
    public void a_weighted_share_uses_the_effective_sample_size()
    {
        // The post-stratification test's respondents; yes only in G small: weighted 600/1000 = 0.6 (unweighted 3/10).
        // n_eff 5.988: Wilson(0.6, 5.988): z²/n = 0.6415, centre (0.6 + 0.3208)/1.6415 = 0.5609,
        // half 1.96/1.6415 · √(0.24/5.988 + 3.8415/143.43) = 1.194 · √(0.04008 + 0.02678) = 0.3087.
        var weights = new[] { 200.0, 200, 200, 150, 150, 20, 20, 20, 20, 20 };
        var estimate = Estimates.Proportion([.. weights.Select((w, i) => (w, i < 3))]);

        Assert.Equal("0.6 0.252 0.87", Rounded([estimate.Value, estimate.Low, estimate.High]));
    }

    [Fact]
    public void means_with_and_without_weights_worked_out_by_hand()
    {
        // 6, 8, 10: mean 8, s² = (4 + 0 + 4)/2 = 4, half 1.96·√(4/3) = 2.263.
        var plain = Estimates.Mean([(1, 6), (1, 8), (1, 10)]);
        // Weights 2, 1, 1: mean 30/4 = 7.5; n_eff 16/6 = 2.667; s²_w = (2·2.25 + 0.25 + 6.25)/4 · 2.667/1.667 = 4.4;
        // half 1.96·√(4.4/2.667) = 2.518.
        var weighted = Estimates.Mean([(2, 6), (1, 8), (1, 10)]);

        Assert.Equal("8 5.737 10.263", Rounded([plain.Value, plain.Low, plain.High]));
        Assert.Equal("7.5 4.982 10.018", Rounded([weighted.Value, weighted.Low, weighted.High]));
    }

    private static readonly Question Known = new()
    {
        Key = "D1",
        Type = QuestionType.SingleChoice,
        Text = new("Kent u werk.nl?", "Do you know werk.nl?"),
        Options = [new("ja", new("Ja", "Yes")), new("nee", new("Nee", "No")), new("weetniet", new("Weet niet", "Don't know"))],
    };

    [Theory]
    [InlineData(8, 3, 1, "ja 8 66.7, nee 3 x, weetniet 1 x")]   // 3 and 1 are small; two hidden cells give away only their sum
    [InlineData(8, 6, 0, "ja 8 57.1, nee 6 42.9, weetniet 0 0")]
    [InlineData(8, 6, 3, "ja 8 47.1, nee 6 x, weetniet 3 x")]   // 3 alone would follow from 17 − 8 − 6: 6 goes too
    [InlineData(2, 1, 1, "suppressed")]                        // 4 respondents: nothing but that
    public void small_groups_are_suppressed_in_every_result(int yes, int no, int unknown, string expected)
    {
        var answers = Enumerable.Repeat("ja", yes).Concat(Enumerable.Repeat("nee", no)).Concat(Enumerable.Repeat("weetniet", unknown))
            .Select(c => (Answer.Choose(c), 1.0)).ToList();

        var result = QuestionResults.Of(Known, answers, SmallGroups.Default);

        Assert.Equal(
            expected,
            result.Suppressed ? "suppressed" : string.Join(", ", result.Categories.Select(c =>
                $"{c.Key} {c.Count} {(c.Hidden ? "x" : Math.Round(c.Weighted!.Value * 100, 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}")));
    }

    private static readonly int[] Marks = [6, 8, 10, 6, 8, 10];

    [Fact]
    public void a_report_mark_gets_its_mean_beside_its_distribution()
    {
        var mark = new Question { Key = "S1", Type = QuestionType.Scale, Text = new("Cijfer", "Mark"), Min = 1, Max = 10, Options = [new("weetniet", new("Weet niet", "Don't know"))] };
        var answers = Marks.Select(m => (Answer.Of(m), 1.0)).Append((Answer.Choose("weetniet"), 1.0)).ToList();

        var result = QuestionResults.Of(mark, answers, SmallGroups.Default);

        // The mean is over the six marks (not the "weet niet"): 8, s² = 16/5 = 3.2, half 1.96·√(3.2/6) = 1.431.
        Assert.Equal("8 6.569 9.431", Rounded([result.WeightedMean!.Value, result.WeightedMean.Low, result.WeightedMean.High]));
        Assert.Equal(7, result.Respondents);
        Assert.Equal(11, result.Categories.Count); // 1 to 10 and "weet niet"
    }
}

public sealed class PopulationCsvTests
{
    [Theory]
    [InlineData("sectie;grootteklasse;aantal\nG;1-9;600\nG;10-49;300\nc;1-9;1.000", "G/1/600 G/2/300 C/1/1000", "")]   // a CBS thousands dot is read
    [InlineData("sectie,grootteklasse,aantal\nG,,900\nC,,100\n,1-9,700\n,100+,300", "G/-/900 C/-/100 -/1/700 -/4/300", "")] // margins only
    [InlineData("sectie;aantal\nG;5", "", "1 Population.MissingColumn grootteklasse")]
    [InlineData("sectie;grootteklasse;aantal\nZ;1-9;5\nG;klein;5\nG;1-9;-3\n;;4\nG;1-9;5\nG;1-9;6", "G/1/5", "2 Population.BadSection Z, 3 Population.BadSize klein, 4 Population.BadCount -3, 5 Population.NoCell , 7 Population.Twice ")]
    [InlineData("sectie;grootteklasse;aantal\nG;1-9;5\nG;;9", "G/1/5 G/-/9", "1 Population.CellsAndMargins ")]
    public void a_population_file_is_read_per_line_with_every_problem_named(string csv, string rows, string problems)
    {
        var (read, found) = PopulationCsv.Parse(csv.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(rows, string.Join(' ', read.Select(r => $"{r.Section ?? "-"}/{(r.Size is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}/{r.Count}")));
        Assert.Equal(problems, string.Join(", ", found.Select(p => $"{p.Line} {p.Code} {p.Value}")));
    }
}
