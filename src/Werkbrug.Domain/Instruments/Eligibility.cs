using System.Globalization;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Instruments;

/// <summary>Whether a fact is known to the check: known, not recorded, or withheld from this viewer (then the case manager knows).</summary>
public enum FactState
{
    Unknown = 0,
    Known = 1,
    Withheld = 2,
}

/// <summary>One fact as the check sees it; the value only when <see cref="State"/> is <see cref="FactState.Known"/>.</summary>
public readonly record struct Fact<T>(FactState State, T? Value)
{
    public static Fact<T> Unknown => default;

    public static Fact<T> Withheld => new(FactState.Withheld, default);

    public static Fact<T> Of(T value) => new(FactState.Known, value);
}

/// <summary>
/// What the check knows of a candidate at an employer for a vacancy, on a day. The caller fills in only what the viewer
/// may see: a fact of the job seeker the viewer may not see is <see cref="FactState.Withheld"/>, so the evaluator never
/// holds it (special-category facts included).
/// </summary>
public sealed record EligibilityFacts
{
    public required DateOnly On { get; init; }

    public Fact<BenefitType> Benefit { get; init; }

    public Fact<bool> JobsAgreementTarget { get; init; }

    /// <summary>Age in whole years on <see cref="On"/>.</summary>
    public Fact<int> Age { get; init; }

    /// <summary>The age band every adviser of the region sees; decides an age rule when the age itself is not known.</summary>
    public AgeBand? AgeBand { get; init; }

    /// <summary>
    /// An age range (inclusive) when only that is known, e.g. what an employer answers on the public page; decides an age
    /// rule when the age is not known and the range lies wholly inside or outside it (before <see cref="AgeBand"/>).
    /// </summary>
    public (int Low, int High)? AgeRange { get; init; }

    public Fact<WerkfitStatus> WerkfitStatus { get; init; }

    public Fact<bool> NeedsAdaptation { get; init; }

    public Fact<bool> NeedsSupervision { get; init; }

    public Fact<string> Residence { get; init; }

    public Fact<SizeClass> EmployerSize { get; init; }

    public Fact<ContractType> ContractType { get; init; }

    public Fact<int> HoursPerWeek { get; init; }
}

/// <summary>How one rule came out: met, not met, an open question (the fact is not recorded), or ask the case manager (withheld from this viewer).</summary>
public enum RuleOutcome
{
    Met = 1,
    NotMet = 2,
    Open = 3,
    AskCaseManager = 4,
}

/// <summary>The answer per instrument.</summary>
public enum EligibilityOutcome
{
    Applies = 1,
    MayApply = 2,
    DoesNotApply = 3,
}

/// <summary>The outcome of one rule with the value it was checked against (invariant text; null when not known), and of the parts of a choice.</summary>
public sealed record RuleResult(EligibilityRule Rule, RuleOutcome Outcome, string? Actual, IReadOnlyList<RuleResult> Parts)
{
    public bool IsOpen => Outcome is RuleOutcome.Open or RuleOutcome.AskCaseManager;
}

/// <summary>The answer for one instrument: the outcome, the rule version it used and the reason per rule.</summary>
public sealed record InstrumentAnswer(Guid InstrumentId, string Key, string Name, EligibilityOutcome Outcome, int RuleVersion, IReadOnlyList<RuleResult> Reasons)
{
    /// <summary>The questions still open (for "may apply").</summary>
    public IEnumerable<RuleResult> OpenQuestions => Reasons.Where(r => r.IsOpen);
}

/// <summary>
/// The pure eligibility evaluator (A-frame: the handler gathers the facts, this decides): for a candidate × employer ×
/// vacancy, each instrument applies (every rule met), does not apply (a rule not met, or not valid on the day, or
/// only for other municipalities than the residence), or may apply (the rest: the open questions say what to find out).
/// </summary>
public static class Eligibility
{
    /// <summary>The version of the evaluation itself; an answer records it with each instrument's rule version.</summary>
    public const int EvaluatorVersion = 1;

    /// <summary>Every instrument's answer: applies first, then may apply, then does not apply; by name within each.</summary>
    public static IReadOnlyList<InstrumentAnswer> Evaluate(IEnumerable<Instrument> instruments, EligibilityFacts facts) =>
        [.. instruments.Select(i => Evaluate(i, facts)).OrderBy(a => a.Outcome).ThenBy(a => a.Name, StringComparer.CurrentCulture)];

    public static InstrumentAnswer Evaluate(Instrument instrument, EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<RuleResult>
        {
            new(new EligibilityRule { Fact = EligibilityFact.Validity }, instrument.IsValidOn(facts.On) ? RuleOutcome.Met : RuleOutcome.NotMet, facts.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), []),
        };
        if (instrument.Coverage == InstrumentCoverage.Municipalities)
        {
            reasons.Add(Check(new EligibilityRule { Fact = EligibilityFact.Residence, Values = [.. instrument.Municipalities] }, facts));
        }

        reasons.AddRange(instrument.Rules.Select(r => Check(r, facts)));
        var outcome = reasons.Any(r => r.Outcome == RuleOutcome.NotMet) ? EligibilityOutcome.DoesNotApply
            : reasons.Any(r => r.IsOpen) ? EligibilityOutcome.MayApply
            : EligibilityOutcome.Applies;
        return new InstrumentAnswer(instrument.Id, instrument.Key, instrument.Name, outcome, instrument.RuleVersion, reasons);
    }

    public static RuleResult Check(EligibilityRule rule, EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(facts);
        return rule.Fact switch
        {
            EligibilityFact.Benefit => Choice(rule, facts.Benefit, b => b.ToString()),
            EligibilityFact.JobsAgreementTarget => Choice(rule, facts.JobsAgreementTarget, Bool),
            EligibilityFact.WerkfitStatus => Choice(rule, facts.WerkfitStatus, s => s.ToString()),
            EligibilityFact.NeedsAdaptation => Choice(rule, facts.NeedsAdaptation, Bool),
            EligibilityFact.NeedsSupervision => Choice(rule, facts.NeedsSupervision, Bool),
            EligibilityFact.Residence => Choice(rule, facts.Residence, r => r),
            EligibilityFact.EmployerSize => Choice(rule, facts.EmployerSize, s => s.ToString()),
            EligibilityFact.ContractType => Choice(rule, facts.ContractType, c => c.ToString()),
            EligibilityFact.HoursPerWeek => Range(rule, facts.HoursPerWeek),
            EligibilityFact.Age => Age(rule, facts),
            EligibilityFact.AnyOf => Either(rule, facts),
            _ => new RuleResult(rule, RuleOutcome.Open, null, []),
        };
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static RuleResult Choice<T>(EligibilityRule rule, Fact<T> fact, Func<T, string> text)
    {
        if (fact.State != FactState.Known)
        {
            return Undecided(rule, fact.State);
        }

        var actual = text(fact.Value!);
        var met = (rule.Values ?? []).Contains(actual, StringComparer.OrdinalIgnoreCase);
        return new RuleResult(rule, met ? RuleOutcome.Met : RuleOutcome.NotMet, actual, []);
    }

    private static RuleResult Range(EligibilityRule rule, Fact<int> fact) =>
        fact.State != FactState.Known
            ? Undecided(rule, fact.State)
            : new RuleResult(rule, InRange(rule, fact.Value, fact.Value) ? RuleOutcome.Met : RuleOutcome.NotMet, fact.Value.ToString(CultureInfo.InvariantCulture), []);

    /// <summary>An age rule: on the age when it is known, else on the age range or band when it decides it.</summary>
    private static RuleResult Age(EligibilityRule rule, EligibilityFacts facts)
    {
        if (facts.Age.State == FactState.Known || (facts.AgeRange is null && facts.AgeBand is null))
        {
            return Range(rule, facts.Age);
        }

        var (low, high, actual) = facts.AgeRange is { } range
            ? (range.Low, range.High, string.Create(CultureInfo.InvariantCulture, $"{range.Low}-{range.High}"))
            : facts.AgeBand switch
            {
                AgeBand.Under27 => (0, 26, nameof(AgeBand.Under27)),
                AgeBand.From27To49 => (27, 49, nameof(AgeBand.From27To49)),
                _ => (50, 150, nameof(AgeBand.From50)),
            };
        var min = rule.Min ?? int.MinValue;
        var max = rule.Max ?? int.MaxValue;
        return InRange(rule, low, high) ? new RuleResult(rule, RuleOutcome.Met, actual, [])
            : high < min || low > max ? new RuleResult(rule, RuleOutcome.NotMet, actual, [])
            : Undecided(rule, facts.Age.State);
    }

    private static bool InRange(EligibilityRule rule, int low, int high) => (rule.Min is null || low >= rule.Min) && (rule.Max is null || high <= rule.Max);

    private static RuleResult Undecided(EligibilityRule rule, FactState state) =>
        new(rule, state == FactState.Withheld ? RuleOutcome.AskCaseManager : RuleOutcome.Open, null, []);

    /// <summary>A choice holds when one part holds, fails when every part fails, and is otherwise as open as its undecided parts.</summary>
    private static RuleResult Either(EligibilityRule rule, EligibilityFacts facts)
    {
        var parts = (rule.AnyOf ?? []).Select(p => Check(p, facts)).ToList();
        var outcome = parts.Any(p => p.Outcome == RuleOutcome.Met) ? RuleOutcome.Met
            : parts.All(p => p.Outcome == RuleOutcome.NotMet) ? RuleOutcome.NotMet
            : parts.Any(p => p.Outcome == RuleOutcome.Open) ? RuleOutcome.Open
            : RuleOutcome.AskCaseManager;
        return new RuleResult(rule, outcome, null, parts);
    }
}
