using System.Globalization;
using System.Text.Json;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Instruments;

/// <summary>What a rule looks at: a fact of the candidate, the employer or the vacancy, an open question, or a choice of rules.</summary>
public enum EligibilityFact
{
    /// <summary>The candidate's benefit (<see cref="BenefitType"/>); values: the benefits that qualify.</summary>
    Benefit = 1,

    /// <summary>Registered in the doelgroepregister banenafspraak; values: "true" or "false".</summary>
    JobsAgreementTarget = 2,

    /// <summary>The candidate's age in years on the day of the check; min and/or max.</summary>
    Age = 3,

    /// <summary>The candidate's werkfit status; values: the statuses that qualify.</summary>
    WerkfitStatus = 4,

    /// <summary>Work ability: needs an adapted workplace (special-category data); values: "true" or "false".</summary>
    NeedsAdaptation = 5,

    /// <summary>Work ability: needs supervision at work (special-category data); values: "true" or "false".</summary>
    NeedsSupervision = 6,

    /// <summary>The candidate's municipality of residence; values: municipality names.</summary>
    Residence = 7,

    /// <summary>The employer's size class (<see cref="SizeClass"/>); values: the classes that qualify.</summary>
    EmployerSize = 8,

    /// <summary>The vacancy's contract type (<see cref="Vacancies.ContractType"/>); values: the types that qualify.</summary>
    ContractType = 9,

    /// <summary>The vacancy's hours per week (its minimum); min and/or max.</summary>
    HoursPerWeek = 10,

    /// <summary>A condition no record holds (a wage-value assessment, the employer's intention): always an open question.</summary>
    Question = 11,

    /// <summary>Holds when one of <see cref="EligibilityRule.AnyOf"/> holds.</summary>
    AnyOf = 12,

    /// <summary>Implicit: the instrument's validity dates (never in stored rules).</summary>
    Validity = 13,
}

/// <summary>
/// One machine-checkable condition of an instrument, as data: which fact, and the values that qualify
/// (<see cref="Values"/>), a range (<see cref="Min"/>, <see cref="Max"/>), an open question (<see cref="Question"/>)
/// or a choice of rules (<see cref="AnyOf"/>). Stored as JSON with the instrument.
/// </summary>
public sealed record EligibilityRule
{
    public EligibilityFact Fact { get; init; }

    public List<string>? Values { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }

    /// <summary>The question in plain Dutch (for <see cref="EligibilityFact.Question"/>).</summary>
    public string? Question { get; init; }

    public List<EligibilityRule>? AnyOf { get; init; }

    public static EligibilityRule OneOf(EligibilityFact fact, params string[] values) => new() { Fact = fact, Values = [.. values] };

    public static EligibilityRule Range(EligibilityFact fact, int? min, int? max) => new() { Fact = fact, Min = min, Max = max };

    public static EligibilityRule Ask(string question) => new() { Fact = EligibilityFact.Question, Question = question };

    public static EligibilityRule Either(params EligibilityRule[] parts) => new() { Fact = EligibilityFact.AnyOf, AnyOf = [.. parts] };
}

/// <summary>A problem with a rule: its position (1-based, "2.1" for the first part of the second rule) and what is wrong (a resource key suffix).</summary>
public sealed record RuleProblem(string Position, string Code);

/// <summary>Checking, storing and reading rule sets.</summary>
public static class EligibilityRules
{
    public const int MaxRules = 20;

    /// <summary>The facts that are special-category data (GDPR art. 9): used only where the viewer may see them.</summary>
    public static bool IsSpecialCategory(EligibilityFact fact) => fact is EligibilityFact.NeedsAdaptation or EligibilityFact.NeedsSupervision;

    public static bool IsRange(EligibilityFact fact) => fact is EligibilityFact.Age or EligibilityFact.HoursPerWeek;

    public static bool IsChoice(EligibilityFact fact) => fact is EligibilityFact.Benefit or EligibilityFact.JobsAgreementTarget or EligibilityFact.WerkfitStatus
        or EligibilityFact.NeedsAdaptation or EligibilityFact.NeedsSupervision or EligibilityFact.Residence or EligibilityFact.EmployerSize or EligibilityFact.ContractType;

    public static string Serialize(IReadOnlyList<EligibilityRule> rules) => JsonSerializer.Serialize(rules, InstrumentLimits.Json);

    /// <summary>Reads a rule set written by <see cref="Serialize"/> (or by hand); null when it is not a JSON array of rules.</summary>
    public static List<EligibilityRule>? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<EligibilityRule>>(json, InstrumentLimits.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every problem of <paramref name="rules"/>; none: the set can be stored and evaluated.</summary>
    public static List<RuleProblem> Check(IReadOnlyList<EligibilityRule>? rules)
    {
        var problems = new List<RuleProblem>();
        if (rules is null)
        {
            return problems;
        }

        if (rules.Count > MaxRules)
        {
            problems.Add(new RuleProblem(MaxRules.ToString(CultureInfo.InvariantCulture), "TooMany"));
        }

        for (var i = 0; i < rules.Count; i++)
        {
            Check(rules[i], (i + 1).ToString(CultureInfo.InvariantCulture), nested: false, problems);
        }

        return problems;
    }

    private static void Check(EligibilityRule? rule, string position, bool nested, List<RuleProblem> problems)
    {
        if (rule is null || !Enum.IsDefined(rule.Fact) || rule.Fact == EligibilityFact.Validity)
        {
            problems.Add(new RuleProblem(position, "FactUnknown"));
            return;
        }

        if (IsChoice(rule.Fact))
        {
            if (rule.Values is not { Count: > 0 })
            {
                problems.Add(new RuleProblem(position, "ValuesMissing"));
            }
            else if (rule.Values.Any(v => !IsValue(rule.Fact, v)))
            {
                problems.Add(new RuleProblem(position, "ValueUnknown"));
            }
        }
        else if (IsRange(rule.Fact))
        {
            if (rule.Min is null && rule.Max is null)
            {
                problems.Add(new RuleProblem(position, "RangeMissing"));
            }
            else if (rule.Min is < 0 or > 168 || rule.Max is < 0 or > 168 || rule.Min > rule.Max)
            {
                problems.Add(new RuleProblem(position, "RangeInvalid"));
            }
        }
        else if (rule.Fact == EligibilityFact.Question)
        {
            if (string.IsNullOrWhiteSpace(rule.Question) || rule.Question.Length > InstrumentLimits.ShortText)
            {
                problems.Add(new RuleProblem(position, "QuestionMissing"));
            }
        }
        else if (nested)
        {
            problems.Add(new RuleProblem(position, "AnyOfNested"));
        }
        else if (rule.AnyOf is not { Count: >= 2 })
        {
            problems.Add(new RuleProblem(position, "AnyOfTooSmall"));
        }
        else
        {
            for (var i = 0; i < rule.AnyOf.Count; i++)
            {
                Check(rule.AnyOf[i], $"{position}.{i + 1}", nested: true, problems);
            }
        }
    }

    private static bool IsValue(EligibilityFact fact, string? value) => value is not null && fact switch
    {
        EligibilityFact.Benefit => IsName<BenefitType>(value),
        EligibilityFact.WerkfitStatus => IsName<WerkfitStatus>(value),
        EligibilityFact.EmployerSize => IsName<SizeClass>(value),
        EligibilityFact.ContractType => IsName<ContractType>(value),
        EligibilityFact.Residence => value.Trim().Length is > 0 and <= InstrumentLimits.Municipality && value == value.Trim(),
        _ => value is "true" or "false",
    };

    private static bool IsName<TEnum>(string value)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal);
}
