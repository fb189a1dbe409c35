namespace Werkbrug.Domain.Instruments;

/// <summary>What keeps a candidate from a placement, as the instrument guide knows it (the matching engine's gap kinds, by name).</summary>
public enum PlacementGap
{
    MissingSkill = 1,
    PartialSkill = 2,
    TaskAdjustment = 3,
    Competence = 4,
    Hours = 5,
    Education = 6,
    Language = 7,
    DrivingLicence = 8,
    Experience = 9,
}

/// <summary>An instrument that could close a gap, with how it came out for the candidate (applies or may apply).</summary>
public sealed record InstrumentBridge(Guid InstrumentId, string Key, string Name, EligibilityOutcome Outcome, int RuleVersion)
{
    /// <summary>The bridge in plain Dutch, as the matching engine writes its bridges: "Loonkostensubsidie kan deze plaatsing mogelijk maken".</summary>
    public string Description => $"{Name} kan deze plaatsing mogelijk maken";
}

/// <summary>
/// The gap bridges of the instrument guide: which instrument closes which gap of a near miss. An instrument belongs to
/// a family by its key (one of the key's hyphenated parts starts with the family's stem: "jobcoaching-uwv" and
/// "regionale-jobcoach-eemland" are both "jobcoach"), so a region's own variants bridge like the national ones. Only an
/// instrument that applies or may apply is a bridge: one that does not apply never makes a placement possible.
/// </summary>
public static class InstrumentBridges
{
    private static readonly PlacementGap[] Productivity = [PlacementGap.TaskAdjustment, PlacementGap.PartialSkill, PlacementGap.Competence, PlacementGap.Experience];

    private static readonly PlacementGap[] Learning = [PlacementGap.MissingSkill, PlacementGap.PartialSkill, PlacementGap.Education];

    /// <summary>
    /// The families and the gaps they close. Wage-cost instruments make up for lower productivity (a task that needs
    /// adapting, a skill or competence not yet at the level, less experience); a job coach supports on the job; a
    /// workplace adaptation makes tasks possible; a trial placement lets the employer see someone grow into the job;
    /// learning-on-the-job schemes close a skill or education gap.
    /// </summary>
    public static IReadOnlyList<(string Stem, IReadOnlyList<PlacementGap> Gaps)> Families { get; } =
    [
        ("loonkostensubsidie", Productivity),
        ("loondispensatie", Productivity),
        ("jobcoach", [PlacementGap.TaskAdjustment, PlacementGap.Competence, PlacementGap.Experience]),
        ("werkplekaanpassing", [PlacementGap.TaskAdjustment]),
        ("proefplaatsing", [PlacementGap.MissingSkill, PlacementGap.PartialSkill, PlacementGap.Competence, PlacementGap.Experience]),
        ("praktijkroute", Learning),
        ("leerwerk", Learning),
        ("scholing", [.. Learning, PlacementGap.Language]),
    ];

    /// <summary>The family stem of an instrument key, or null when it closes no gap.</summary>
    public static string? FamilyOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return Families.Select(f => f.Stem).FirstOrDefault(stem => parts.Any(p => p.StartsWith(stem, StringComparison.Ordinal)));
    }

    /// <summary>The gaps an instrument with this key closes (none for one outside every family).</summary>
    public static IReadOnlyList<PlacementGap> GapsClosedBy(string key) =>
        FamilyOf(key) is { } stem ? Families.First(f => f.Stem == stem).Gaps : [];

    /// <summary>The instruments of <paramref name="answers"/> that close <paramref name="gap"/> and apply or may apply: applies first, then by name.</summary>
    public static IReadOnlyList<InstrumentBridge> For(PlacementGap gap, IEnumerable<InstrumentAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return
        [
            .. answers.Where(a => a.Outcome != EligibilityOutcome.DoesNotApply && GapsClosedBy(a.Key).Contains(gap))
                .OrderBy(a => a.Outcome).ThenBy(a => a.Name, StringComparer.CurrentCulture)
                .Select(a => new InstrumentBridge(a.InstrumentId, a.Key, a.Name, a.Outcome, a.RuleVersion)),
        ];
    }

    /// <summary>The matching gap for an engine's gap kind name ("TaskAdjustment"); null for one the guide does not know.</summary>
    public static PlacementGap? GapNamed(string kind) => Enum.TryParse<PlacementGap>(kind, ignoreCase: false, out var gap) && Enum.IsDefined(gap) ? gap : null;
}
