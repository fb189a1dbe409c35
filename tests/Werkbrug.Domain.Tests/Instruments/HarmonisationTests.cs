using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.Planning;

namespace Werkbrug.Domain.Tests.Instruments;

/// <summary>
/// The harmonisation matrix: comparing conditions (table-driven: what counts as the same and which differences are
/// named), the rows and cells of a region, the harmonisation figure, and the catalogue rebuilt at a past moment.
/// Rules are written as JSON arrays, the format of the catalogue.
/// </summary>
public sealed class HarmonisationTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly string[] Region = ["Amersfoort", "Baarn", "Leusden", "Soest"];

    private static Instrument Make(string key, string rules, InstrumentCoverage coverage = InstrumentCoverage.Region, string[]? municipalities = null,
        string? family = null, string provides = "€ 1.000", string? duration = null) => new()
        {
            RegionCode = "AM14",
            Key = key,
            Name = key,
            Family = family,
            Coverage = coverage,
            Municipalities = [.. municipalities ?? []],
            Provides = provides,
            Duration = duration,
            Conditions = "-",
            Rules = EligibilityRules.Parse(rules)!,
        };

    [Theory]
    // The same: order of rules, order and case of values, spaces and case of a question, order of a choice's parts.
    [InlineData("""[{"fact":"Benefit","values":["Bijstand","Ww"]},{"fact":"HoursPerWeek","min":12}]""", """[{"fact":"HoursPerWeek","min":12},{"fact":"Benefit","values":["ww","Bijstand"]}]""", "")]
    [InlineData("""[{"fact":"Question","question":"Is er een  loonwaarde?"}]""", """[{"fact":"Question","question":"is er een loonwaarde? "}]""", "")]
    [InlineData(
        """[{"fact":"AnyOf","anyOf":[{"fact":"Benefit","values":["Wajong"]},{"fact":"JobsAgreementTarget","values":["true"]}]}]""",
        """[{"fact":"AnyOf","anyOf":[{"fact":"JobsAgreementTarget","values":["true"]},{"fact":"Benefit","values":["Wajong"]}]}]""", "")]
    [InlineData("[]", "[]", "")]
    // Different, per fact: other values, another range, a rule only on one side, another question, another choice.
    [InlineData("""[{"fact":"Benefit","values":["Bijstand"]}]""", """[{"fact":"Benefit","values":["Bijstand","Ww"]}]""", "Rule:Benefit")]
    [InlineData("""[{"fact":"Benefit","values":["Bijstand"]},{"fact":"HoursPerWeek","min":12}]""", """[{"fact":"Benefit","values":["Bijstand"]},{"fact":"HoursPerWeek","min":20}]""", "Rule:HoursPerWeek")]
    [InlineData("""[{"fact":"HoursPerWeek","min":12}]""", """[{"fact":"HoursPerWeek","min":12,"max":32}]""", "Rule:HoursPerWeek")]
    [InlineData("""[{"fact":"Benefit","values":["Bijstand"]}]""", """[{"fact":"Benefit","values":["Bijstand"]},{"fact":"ContractType","values":["Regular"]}]""", "Rule:ContractType")]
    [InlineData("""[{"fact":"Age","min":18},{"fact":"Benefit","values":["Bijstand"]}]""", """[{"fact":"Benefit","values":["Bijstand"]}]""", "Rule:Age")]
    [InlineData("""[{"fact":"Question","question":"Minstens 6 maanden?"}]""", """[{"fact":"Question","question":"Minstens 12 maanden?"}]""", "Rule:Question")]
    [InlineData(
        """[{"fact":"AnyOf","anyOf":[{"fact":"Benefit","values":["Wajong"]},{"fact":"JobsAgreementTarget","values":["true"]}]}]""",
        """[{"fact":"AnyOf","anyOf":[{"fact":"Benefit","values":["WiaWga"]},{"fact":"JobsAgreementTarget","values":["true"]}]}]""", "Rule:AnyOf")]
    [InlineData("""[{"fact":"Benefit","values":["Bijstand"]},{"fact":"EmployerSize","values":["Employees0"]}]""", """[{"fact":"Benefit","values":["Ww"]}]""", "Rule:Benefit Rule:EmployerSize")]
    public void conditions_are_compared_per_fact_as_sets(string common, string here, string expected)
    {
        var differences = ConditionComparison.Compare(Make("a", common), Make("b", here));

        Assert.Equal(expected, string.Join(' ', differences.Select(d => $"{d.Aspect}:{d.Fact}")));
        Assert.Equal(expected.Length == 0, ConditionComparison.Signature(Make("a", common)) == ConditionComparison.Signature(Make("b", here)));
    }

    [Theory]
    [InlineData("€ 1.000", null, "€  1.000", null, "")]
    [InlineData("€ 1.000", "6 maanden", "€ 1.000", "6 Maanden", "")]
    [InlineData("€ 1.000", null, "€ 2.500", null, "Provides")]
    [InlineData("€ 1.000", "6 maanden", "€ 1.000", null, "Duration")]
    public void what_it_provides_and_how_long_are_conditions_too(string commonProvides, string? commonDuration, string hereProvides, string? hereDuration, string expected)
    {
        var differences = ConditionComparison.Compare(Make("a", "[]", provides: commonProvides, duration: commonDuration), Make("b", "[]", provides: hereProvides, duration: hereDuration));

        Assert.Equal(expected, string.Join(' ', differences.Select(d => d.Aspect.ToString())));
        var difference = differences.SingleOrDefault();
        Assert.Equal(expected == "Provides" ? (commonProvides, hereProvides) : expected == "Duration" ? (commonDuration, hereDuration) : default, difference is null ? default : (difference.CommonText, difference.HereText));
    }

    [Fact]
    public void a_family_of_local_variants_is_one_row_compared_with_what_most_municipalities_have()
    {
        var premium = """[{"fact":"Benefit","values":["Bijstand"]},{"fact":"HoursPerWeek","min":12}]""";
        var matrix = Harmonisation.Build(
            [
                Make("premie-amersfoort", """[{"fact":"Benefit","values":["Bijstand"]},{"fact":"HoursPerWeek","min":20}]""", InstrumentCoverage.Municipalities, ["Amersfoort"], "Plaatsingspremie", "€ 2.500"),
                Make("premie-soest-baarn", premium, InstrumentCoverage.Municipalities, ["Soest", "baarn"], "plaatsingspremie "),
                Make("no-risk-polis", """[{"fact":"JobsAgreementTarget","values":["true"]}]""", InstrumentCoverage.National),
                Make("jobcoach-regio", "[]", InstrumentCoverage.Region),
                Make("oud", "[]", InstrumentCoverage.Region),
            ],
            Region,
            Today);

        Assert.Equal(["jobcoach-regio", "no-risk-polis", "oud", "Plaatsingspremie"], matrix.Rows.Select(r => r.Label));
        var row = matrix.Rows.Single(r => r.Family is not null);
        Assert.Equal("premie-soest-baarn", row.Common.Key);
        Assert.Equal(
            ["Amersfoort:Different:premie-amersfoort", "Baarn:Same:premie-soest-baarn", "Leusden:Absent:", "Soest:Same:premie-soest-baarn"],
            row.Cells.Select(c => $"{c.Municipality}:{c.State}:{c.Instrument?.Key}"));
        Assert.Equal(["Rule:HoursPerWeek", "Provides:"], row.Cells[0].Differences.Select(d => $"{d.Aspect}:{d.Fact}"));
        Assert.Equal((2, 1, 1), (row.Count(MatrixCellState.Same), row.Count(MatrixCellState.Different), row.Count(MatrixCellState.Absent)));
        Assert.All(matrix.Rows.Where(r => r.Family is null), r => Assert.All(r.Cells, c => Assert.Equal(MatrixCellState.Same, c.State)));
        // The figure counts the local rows only: 4 + 4 + 2 of 12 cells the same; the national row cannot differ.
        Assert.False(matrix.Rows.Single(r => r.Label == "no-risk-polis").IsLocal);
        Assert.Equal(83.3, matrix.HarmonisedPercent);
    }

    [Theory]
    // A municipality's own variant goes before the region's; with a tie, the wider coverage is the common one.
    [InlineData("Municipalities:Amersfoort:12 Region::20", "Amersfoort:Different Baarn:Same Leusden:Same Soest:Same", "v2")]
    [InlineData("Municipalities:Amersfoort|Baarn:12 Municipalities:Leusden|Soest:20", "Amersfoort:Same Baarn:Same Leusden:Different Soest:Different", "v1")]
    [InlineData("Municipalities:Amersfoort|Baarn:12 Municipalities:Leusden|Soest:12", "Amersfoort:Same Baarn:Same Leusden:Same Soest:Same", "v1")]
    [InlineData("Municipalities:Amersfoort:12 National::12", "Amersfoort:Same Baarn:Same Leusden:Same Soest:Same", "v2")]
    public void the_most_local_variant_counts_and_the_majority_is_common(string variants, string expected, string common)
    {
        var members = variants.Split(' ').Select((v, i) =>
        {
            var parts = v.Split(':');
            return Make($"v{i + 1}", $$"""[{"fact":"HoursPerWeek","min":{{parts[2]}}}]""", Enum.Parse<InstrumentCoverage>(parts[0]),
                parts[1].Length == 0 ? null : parts[1].Split('|'), "Premie");
        }).ToList();

        var row = Harmonisation.Build(members, Region, Today).Rows.Single();

        Assert.Equal(expected, string.Join(' ', row.Cells.Select(c => $"{c.Municipality}:{c.State}")));
        Assert.Equal(common, row.Common.Key);
    }

    [Fact]
    public void only_instruments_valid_on_the_day_count_and_a_region_without_local_ones_has_no_figure()
    {
        var ended = Make("liv", "[]", InstrumentCoverage.National);
        ended.ValidTo = new DateOnly(2024, 12, 31);

        Assert.Single(Harmonisation.Build([ended], Region, new DateOnly(2024, 6, 1)).Rows);
        var today = Harmonisation.Build([ended, Make("lkv", "[]", InstrumentCoverage.National)], Region, Today);
        Assert.Equal(["lkv"], today.Rows.Select(r => r.Label));
        Assert.Null(today.HarmonisedPercent);
    }

    [Fact]
    public void the_catalogue_of_a_past_moment_is_rebuilt_from_the_change_log()
    {
        var t0 = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var seeded = Make("seeded", "[]", InstrumentCoverage.National);
        var premium = Make("premie", """[{"fact":"HoursPerWeek","min":12}]""", InstrumentCoverage.Municipalities, ["Amersfoort", "Baarn"], "Premie");
        premium.RuleVersion = 2;
        var gone = Make("gone", """[{"fact":"Benefit","values":["Ww"]}]""", InstrumentCoverage.Municipalities, ["Leusden"], "Premie");
        InstrumentChange Change(Instrument i, ChangeAction action, int days, IReadOnlyDictionary<string, string?>? before, IReadOnlyDictionary<string, string?>? after) => new()
        {
            RegionCode = "AM14",
            InstrumentId = i.Id,
            Action = action,
            AtUtc = t0.AddDays(days),
            RuleVersion = i.RuleVersion,
            Fields = Changes.Between(before, after),
        };

        var premiumBefore = premium.Describe().ToDictionary(StringComparer.Ordinal);
        premiumBefore["Rules"] = """[{"fact":"HoursPerWeek","min":20}]""";
        premiumBefore["Municipalities"] = "Amersfoort";
        premiumBefore["RuleVersion"] = "1";
        var changes = new[]
        {
            Change(premium, ChangeAction.Created, 10, null, premiumBefore),
            Change(gone, ChangeAction.Created, 20, null, gone.Describe()),
            Change(premium, ChangeAction.Updated, 30, premiumBefore, premium.Describe()),
            Change(gone, ChangeAction.Deleted, 40, gone.Describe(), null),
        };
        var current = new[] { seeded, premium };
        string State(int day) => string.Join(' ', CatalogueHistory.AsOf(current, changes, t0.AddDays(day)).OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => $"{i.Key}[{string.Join('|', i.Municipalities)}]{string.Join(',', i.Rules.Select(r => r.Min ?? 0))}v{i.RuleVersion}"));

        Assert.Equal("seeded[]v1", State(5));
        Assert.Equal("premie[Amersfoort]20v1 seeded[]v1", State(15));
        Assert.Equal("gone[Leusden]0v1 premie[Amersfoort]20v1 seeded[]v1", State(25));
        Assert.Equal("gone[Leusden]0v1 premie[Amersfoort|Baarn]12v2 seeded[]v1", State(35));
        Assert.Equal("premie[Amersfoort|Baarn]12v2 seeded[]v1", State(45));
        var rebuilt = CatalogueHistory.AsOf(current, changes, t0.AddDays(25)).Single(i => i.Key == "gone");
        Assert.Equal((gone.Id, "Premie", InstrumentCoverage.Municipalities, "Ww"), (rebuilt.Id, rebuilt.Family, rebuilt.Coverage, rebuilt.Rules.Single().Values!.Single()));
        // The matrix of day 25: the premium in Amersfoort, another in Leusden; by day 45 Baarn has joined Amersfoort's.
        Assert.Equal(25.0, Harmonisation.Build(CatalogueHistory.AsOf(current, changes, t0.AddDays(25)), Region, Today).HarmonisedPercent);
        Assert.Equal(50.0, Harmonisation.Build(CatalogueHistory.AsOf(current, changes, t0.AddDays(45)), Region, Today).HarmonisedPercent);
    }
}
