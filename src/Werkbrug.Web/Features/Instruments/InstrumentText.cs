using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>Rules and reasons in plain Dutch (or English): what a rule asks and which value it was checked against.</summary>
public static class InstrumentText
{
    /// <summary>What the rule asks: "Bijstand of WW", "minstens 12", "56 tot en met 66", the question itself.</summary>
    public static string Requirement(this IStringLocalizer text, EligibilityFact fact, IReadOnlyList<string>? values, int? min, int? max, string? question)
    {
        ArgumentNullException.ThrowIfNull(text);
        return fact switch
        {
            EligibilityFact.Question => question ?? string.Empty,
            EligibilityFact.AnyOf => text["Instruments.AnyOfRequirement"].Value,
            EligibilityFact.Validity => text["Instruments.ValidityRequirement"].Value,
            _ when EligibilityRules.IsRange(fact) => (min, max) switch
            {
                ({ } lo, { } hi) => text["Instruments.Between", lo, hi].Value,
                ({ } lo, null) => text["Instruments.AtLeast", lo].Value,
                (null, { } hi) => text["Instruments.AtMost", hi].Value,
                _ => string.Empty,
            },
            _ => string.Join($" {text["Instruments.Or"].Value} ", (values ?? []).Select(v => text.Value(fact, v))),
        };
    }

    /// <summary>A rule as one line: "Uitkering: Bijstand of WW".</summary>
    public static string Rule(this IStringLocalizer text, EligibilityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var head = text["EligibilityFact." + rule.Fact].Value;
        return rule.Fact == EligibilityFact.AnyOf
            ? head + ": " + string.Join("; ", (rule.AnyOf ?? []).Select(text.Rule))
            : head + ": " + text.Requirement(rule.Fact, rule.Values, rule.Min, rule.Max, rule.Question);
    }

    /// <summary>
    /// A reason in plain words: "Uitkering: Bijstand of WW (bekend: WW)" with <paramref name="actualKey"/> around the value
    /// checked, the question itself, or for a choice "Een van deze voorwaarden:" followed by its parts (joined by "of"
    /// when <paramref name="inline"/>, else the caller lists them).
    /// </summary>
    public static string Explain(this IStringLocalizer text, CheckEligibility.Reason reason, string actualKey, bool inline)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reason);
        var head = text["EligibilityFact." + reason.Fact].Value;
        return reason.Fact switch
        {
            EligibilityFact.Question => head + ": " + reason.Question,
            EligibilityFact.AnyOf when inline => head + ": " + string.Join($" {text["Instruments.Or"].Value} ", reason.Parts.Select(p => text.Explain(p, actualKey, inline: true))),
            EligibilityFact.AnyOf => head + ":",
            _ => $"{head}: {text.Requirement(reason.Fact, reason.Values, reason.Min, reason.Max, reason.Question)} ({text[actualKey, text.Value(reason.Fact, reason.Actual)].Value})",
        };
    }

    /// <summary>One value of a fact as people read it (an enum's label, "ja"/"nee", a number, a name).</summary>
    public static string Value(this IStringLocalizer text, EligibilityFact fact, string? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (value is null)
        {
            return text["Instruments.NotKnown"].Value;
        }

        return fact switch
        {
            EligibilityFact.Benefit when Enum.TryParse<BenefitType>(value, out var b) => text.Label(b),
            EligibilityFact.WerkfitStatus when Enum.TryParse<WerkfitStatus>(value, out var w) => text.Label(w),
            EligibilityFact.EmployerSize when Enum.TryParse<SizeClass>(value, out var s) => text.Label(s),
            EligibilityFact.ContractType when Enum.TryParse<ContractType>(value, out var c) => text.Label(c),
            EligibilityFact.Age when Enum.TryParse<AgeBand>(value, out var a) && !int.TryParse(value, CultureInfo.InvariantCulture, out _) => text.Label(a),
            EligibilityFact.Validity when DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var d) => Domain.Common.DutchTime.Format(d),
            EligibilityFact.JobsAgreementTarget or EligibilityFact.NeedsAdaptation or EligibilityFact.NeedsSupervision => text[value == "true" ? "Form.Yes" : "Form.No"].Value,
            _ => value,
        };
    }
}
