using System.Globalization;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Planning;

namespace Werkbrug.Domain.Instruments;

/// <summary>How one municipality stands in a row of the harmonisation matrix.</summary>
public enum MatrixCellState
{
    /// <summary>The instrument applies here with the row's common conditions.</summary>
    Same = 1,

    /// <summary>The instrument applies here, with other conditions than the row's common ones.</summary>
    Different = 2,

    /// <summary>No instrument of the row applies here.</summary>
    Absent = 3,
}

/// <summary>What a difference is about: a machine-checked rule (per fact), what the instrument provides, or how long.</summary>
public enum ConditionAspect
{
    Rule = 1,
    Provides = 2,
    Duration = 3,
}

/// <summary>
/// One difference between a municipality's instrument and the row's common one: for <see cref="ConditionAspect.Rule"/>
/// the rules of <see cref="Fact"/> on both sides (empty: that side has no such rule); otherwise the texts.
/// </summary>
public sealed record ConditionDifference(
    ConditionAspect Aspect, EligibilityFact? Fact, IReadOnlyList<EligibilityRule> Common, IReadOnlyList<EligibilityRule> Here, string? CommonText, string? HereText);

/// <summary>
/// The pure comparison of two instruments' conditions: rules are compared per fact as sets (the order of rules, of their
/// values and of a choice's parts does not matter; values, as the evaluator reads them, ignore case; a question ignores
/// case and extra spaces), and what the instrument provides and its duration as texts (case and spaces ignored).
/// </summary>
public static class ConditionComparison
{
    /// <summary>Every difference of <paramref name="here"/> from <paramref name="common"/>; none: the same conditions.</summary>
    public static IReadOnlyList<ConditionDifference> Compare(Instrument common, Instrument here)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(here);
        var differences = new List<ConditionDifference>();
        foreach (var fact in common.Rules.Concat(here.Rules).Select(r => r.Fact).Distinct().Order())
        {
            var a = common.Rules.Where(r => r.Fact == fact).ToList();
            var b = here.Rules.Where(r => r.Fact == fact).ToList();
            if (!Canonical(a).SequenceEqual(Canonical(b), StringComparer.Ordinal))
            {
                differences.Add(new ConditionDifference(ConditionAspect.Rule, fact, a, b, null, null));
            }
        }

        if (Text(common.Provides) != Text(here.Provides))
        {
            differences.Add(new ConditionDifference(ConditionAspect.Provides, null, [], [], common.Provides, here.Provides));
        }

        if (Text(common.Duration) != Text(here.Duration))
        {
            differences.Add(new ConditionDifference(ConditionAspect.Duration, null, [], [], common.Duration, here.Duration));
        }

        return differences;
    }

    /// <summary>The conditions as one text: equal for two instruments exactly when <see cref="Compare"/> finds no difference.</summary>
    public static string Signature(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return string.Join("\n", Canonical(instrument.Rules)) + "\n#" + Text(instrument.Provides) + "\n#" + Text(instrument.Duration);
    }

    /// <summary>The rules as sorted canonical texts.</summary>
    private static List<string> Canonical(IEnumerable<EligibilityRule> rules) => [.. rules.Select(Canonical).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Canonical(EligibilityRule rule) => rule.Fact switch
    {
        EligibilityFact.Question => "Q:" + Text(rule.Question),
        EligibilityFact.AnyOf => "A:(" + string.Join(")|(", Canonical(rule.AnyOf ?? [])) + ")",
        _ when EligibilityRules.IsRange(rule.Fact) => string.Create(CultureInfo.InvariantCulture, $"{rule.Fact}:{rule.Min}-{rule.Max}"),
        _ => rule.Fact + ":" + string.Join("|", (rule.Values ?? []).Select(v => v.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
    };

    /// <summary>A text with its spaces collapsed, in upper case; empty for none.</summary>
    private static string Text(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

/// <summary>One municipality of a row: its state, the instrument that applies there (the most local one), how many more of the row apply there, and what differs.</summary>
public sealed record MatrixCell(string Municipality, MatrixCellState State, Instrument? Instrument, int AlsoApplying, IReadOnlyList<ConditionDifference> Differences);

/// <summary>
/// One row: an instrument, or a family of instruments that are one kind of support with local variants
/// (<see cref="Instrument.Family"/>); <see cref="Common"/> is the variant most municipalities have.
/// </summary>
public sealed record MatrixRow(string Label, string? Family, bool IsLocal, Instrument Common, IReadOnlyList<MatrixCell> Cells)
{
    public int Count(MatrixCellState state) => Cells.Count(c => c.State == state);
}

/// <summary>The matrix on a day: rows by label, cells in the order of the municipalities; and the harmonisation figure.</summary>
public sealed record HarmonisationMatrix(DateOnly On, IReadOnlyList<string> Municipalities, IReadOnlyList<MatrixRow> Rows)
{
    /// <summary>The cells of the local rows (regional or municipal instruments): the ones that can differ within the region.</summary>
    public IEnumerable<MatrixCell> LocalCells => Rows.Where(r => r.IsLocal).SelectMany(r => r.Cells);

    /// <summary>
    /// How harmonised the region is: the percentage of the local rows' cells that are <see cref="MatrixCellState.Same"/>
    /// (absent and different count against it); null when the region has no local instruments on the day.
    /// </summary>
    public double? HarmonisedPercent => LocalCells.Any() ? Math.Round(100.0 * LocalCells.Count(c => c.State == MatrixCellState.Same) / LocalCells.Count(), 1) : null;
}

/// <summary>
/// The harmonisation matrix (issue 16, item 4): the instruments valid on a day × the region's municipalities. A row is an
/// instrument or a family of local variants; per municipality the most local variant that applies there (one for those
/// municipalities before one for the region before a national one, then by key) is compared with the row's common
/// variant, the one most municipalities have (ties: the widest coverage, then the key).
/// </summary>
public static class Harmonisation
{
    public static HarmonisationMatrix Build(IEnumerable<Instrument> instruments, IReadOnlyList<string> municipalities, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(municipalities);
        var rows = instruments
            .Where(i => i.IsValidOn(on))
            .GroupBy(i => string.IsNullOrWhiteSpace(i.Family) ? "key:" + i.Key : "family:" + i.Family.Trim().ToUpperInvariant(), StringComparer.Ordinal)
            .Select(g => Row([.. g.OrderBy(i => i.Key, StringComparer.Ordinal)], municipalities))
            .OrderBy(r => r.Label, StringComparer.CurrentCulture)
            .ToList();
        return new HarmonisationMatrix(on, municipalities, rows);
    }

    /// <summary>Whether <paramref name="instrument"/> applies in <paramref name="municipality"/>.</summary>
    public static bool AppliesIn(Instrument instrument, string municipality)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Coverage != InstrumentCoverage.Municipalities || instrument.Municipalities.Contains(municipality, StringComparer.OrdinalIgnoreCase);
    }

    private static MatrixRow Row(List<Instrument> members, IReadOnlyList<string> municipalities)
    {
        var local = municipalities
            .Select(m => (Municipality: m, Applying: members.Where(i => AppliesIn(i, m)).OrderByDescending(i => i.Coverage).ThenBy(i => i.Key, StringComparer.Ordinal).ToList()))
            .ToList();
        var present = local.Where(l => l.Applying.Count > 0).Select(l => l.Applying[0]).ToList();
        var common = present.Count == 0
            ? members.OrderBy(i => i.Coverage).First()
            : present.GroupBy(ConditionComparison.Signature, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(i => i.Coverage)).ThenBy(g => g.Min(i => i.Key), StringComparer.Ordinal)
                .First().OrderBy(i => i.Coverage).ThenBy(i => i.Key, StringComparer.Ordinal).First();
        var commonSignature = ConditionComparison.Signature(common);
        var cells = local.Select(l =>
        {
            if (l.Applying.Count == 0)
            {
                return new MatrixCell(l.Municipality, MatrixCellState.Absent, null, 0, []);
            }

            var here = l.Applying[0];
            return ConditionComparison.Signature(here) == commonSignature
                ? new MatrixCell(l.Municipality, MatrixCellState.Same, here, l.Applying.Count - 1, [])
                : new MatrixCell(l.Municipality, MatrixCellState.Different, here, l.Applying.Count - 1, ConditionComparison.Compare(common, here));
        }).ToList();
        var family = members.Select(i => i.Family?.Trim()).FirstOrDefault(f => !string.IsNullOrEmpty(f));
        return new MatrixRow(family ?? members[0].Name, family, members.Any(i => i.Coverage != InstrumentCoverage.National), common, cells);
    }
}

/// <summary>
/// The catalogue as it was at a moment, rebuilt from today's instruments and their change log (ADR 0027): every change
/// after the moment is undone, newest first (a creation removes the instrument, a change restores the old values, a
/// deletion brings the instrument back from the values it had). Instruments without a log (seeded) count as always there.
/// </summary>
public static class CatalogueHistory
{
    public static IReadOnlyList<Instrument> AsOf(IEnumerable<Instrument> current, IEnumerable<InstrumentChange> changes, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changes);
        var now = current.ToList();
        var states = now.ToDictionary(i => i.Id, i => i.Describe().ToDictionary(StringComparer.Ordinal));
        var regions = now.ToDictionary(i => i.Id, i => i.RegionCode);
        foreach (var change in changes.Where(c => c.AtUtc > atUtc).OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.RuleVersion))
        {
            switch (change.Action)
            {
                case ChangeAction.Created:
                    states.Remove(change.InstrumentId);
                    break;
                case ChangeAction.Deleted:
                    states[change.InstrumentId] = change.Fields.ToDictionary(f => f.Field, f => f.Old, StringComparer.Ordinal);
                    regions[change.InstrumentId] = change.RegionCode;
                    break;
                default:
                    if (states.TryGetValue(change.InstrumentId, out var state))
                    {
                        foreach (var field in change.Fields)
                        {
                            state[field.Field] = field.Old;
                        }
                    }

                    break;
            }
        }

        return [.. states.Select(s => FromDescription(s.Key, regions[s.Key], s.Value)).OfType<Instrument>()];
    }

    /// <summary>An instrument from the fields of <see cref="Instrument.Describe"/>; null when its key is missing.</summary>
    public static Instrument? FromDescription(Guid id, string regionCode, IReadOnlyDictionary<string, string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        string? Field(string name) => fields.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;
        if (Field("Key") is not { } key)
        {
            return null;
        }

        return new Instrument
        {
            Id = id,
            RegionCode = regionCode,
            Key = key,
            Name = Field("Name") ?? key,
            Family = Field("Family"),
            Provider = Enum.TryParse<InstrumentProvider>(Field("Provider"), out var provider) ? provider : InstrumentProvider.Region,
            LegalBasis = Field("LegalBasis"),
            Coverage = Enum.TryParse<InstrumentCoverage>(Field("Coverage"), out var coverage) ? coverage : InstrumentCoverage.Region,
            Municipalities = List(Field("Municipalities")),
            TargetGroups = Field("TargetGroups"),
            BenefitTypes = [.. List(Field("BenefitTypes")).Select(b => Enum.TryParse<BenefitType>(b, out var t) ? t : (BenefitType?)null).OfType<BenefitType>()],
            Provides = Field("Provides") ?? string.Empty,
            Duration = Field("Duration"),
            Conditions = Field("Conditions") ?? string.Empty,
            ApplicationSteps = Field("ApplicationSteps"),
            Contact = Field("Contact"),
            ValidFrom = Day(Field("ValidFrom")),
            ValidTo = Day(Field("ValidTo")),
            Rules = EligibilityRules.Parse(Field("Rules")) ?? [],
            RuleVersion = int.TryParse(Field("RuleVersion"), CultureInfo.InvariantCulture, out var version) ? version : 1,
        };
    }

    private static List<string> List(string? joined) => [.. (joined ?? string.Empty).Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static DateOnly? Day(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
