using System.Globalization;
using System.Text.Json;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Planning;

namespace Werkbrug.Domain.Instruments;

/// <summary>Who provides an instrument (report 3.5).</summary>
public enum InstrumentProvider
{
    Uwv = 1,
    Municipality = 2,
    Region = 3,
    Belastingdienst = 4,
}

/// <summary>Where an instrument applies: in the whole country, the whole region, or only in some municipalities of the region.</summary>
public enum InstrumentCoverage
{
    National = 1,
    Region = 2,
    Municipalities = 3,
}

/// <summary>
/// One instrument of a region's catalogue (menukaart): what it is, who provides it, on what legal basis, for whom,
/// what it pays or provides, how to apply, and the machine-checkable conditions (<see cref="Rules"/>, evaluated by
/// <see cref="Eligibility"/>). Every region keeps its own catalogue; the national instruments come from the starter
/// set shipped with Werkbrug (ADR 0023). <see cref="RuleVersion"/> counts the changes of the rules, so an answer can
/// say which version it used; every change is in <see cref="InstrumentChange"/>.
/// </summary>
public sealed class Instrument : IRegionScoped, IVersioned, IDescribed
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>Stable key within the region (lower case, digits and hyphens), the key of imports: "loonkostensubsidie".</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    /// <summary>
    /// The kind of support when the region has local variants of it ("Plaatsingspremie" of one municipality and of two
    /// others): instruments of one family are one row of the harmonisation matrix, compared per municipality.
    /// </summary>
    public string? Family { get; set; }

    public InstrumentProvider Provider { get; set; }

    /// <summary>The law or regulation it rests on, e.g. "Participatiewet, art. 10d".</summary>
    public string? LegalBasis { get; set; }

    public InstrumentCoverage Coverage { get; set; }

    /// <summary>The municipalities of the region where it applies (only for <see cref="InstrumentCoverage.Municipalities"/>).</summary>
    public List<string> Municipalities { get; set; } = [];

    /// <summary>The target groups in words ("doelgroep banenafspraak", "50-plussers met een uitkering").</summary>
    public string? TargetGroups { get; set; }

    /// <summary>The benefits it is meant for (for filtering; the rules decide eligibility).</summary>
    public List<BenefitType> BenefitTypes { get; set; } = [];

    /// <summary>What it pays or provides: an amount or formula.</summary>
    public required string Provides { get; set; }

    public string? Duration { get; set; }

    /// <summary>The conditions in plain Dutch, as an employer or adviser reads them.</summary>
    public required string Conditions { get; set; }

    public string? ApplicationSteps { get; set; }

    public string? Contact { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The machine-checkable conditions; all must hold (an <see cref="EligibilityFact.AnyOf"/> rule holds when one of its parts does).</summary>
    public List<EligibilityRule> Rules { get; set; } = [];

    /// <summary>1 for the first rules; one more for every change of <see cref="Rules"/>.</summary>
    public int RuleVersion { get; set; } = 1;

    public int Version { get; set; }

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    /// <summary>Replaces the rules; a different rule set gets the next <see cref="RuleVersion"/>. True when they changed.</summary>
    public bool ReplaceRules(IReadOnlyList<EligibilityRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (EligibilityRules.Serialize(rules) == EligibilityRules.Serialize(Rules))
        {
            return false;
        }

        Rules = [.. rules];
        RuleVersion++;
        return true;
    }

    public IReadOnlyDictionary<string, string?> Describe() => new Dictionary<string, string?>
    {
        ["Key"] = Key,
        ["Name"] = Name,
        ["Family"] = Family,
        ["Provider"] = Provider.ToString(),
        ["LegalBasis"] = LegalBasis,
        ["Coverage"] = Coverage.ToString(),
        ["Municipalities"] = string.Join(", ", Municipalities),
        ["TargetGroups"] = TargetGroups,
        ["BenefitTypes"] = string.Join(", ", BenefitTypes),
        ["Provides"] = Provides,
        ["Duration"] = Duration,
        ["Conditions"] = Conditions,
        ["ApplicationSteps"] = ApplicationSteps,
        ["Contact"] = Contact,
        ["ValidFrom"] = Changes.Day(ValidFrom),
        ["ValidTo"] = Changes.Day(ValidTo),
        ["Rules"] = Rules.Count == 0 ? null : EligibilityRules.Serialize(Rules),
        ["RuleVersion"] = RuleVersion.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>A user who is notified of every change of an instrument (kept apart from it, so watching never moves its version).</summary>
public sealed class InstrumentWatcher : IRegionScoped
{
    public required string RegionCode { get; init; }

    public Guid InstrumentId { get; init; }

    public Guid UserId { get; init; }
}

/// <summary>One entry of an instrument's change log: who created, changed or deleted it, when, and each field old → new.</summary>
public sealed class InstrumentChange : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>The instrument (no foreign key: the log of a deleted instrument is kept).</summary>
    public Guid InstrumentId { get; init; }

    public ChangeAction Action { get; init; }

    public Guid? UserId { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>The rule version after the change.</summary>
    public int RuleVersion { get; init; }

    public List<FieldChange> Fields { get; init; } = [];
}

/// <summary>Limits of the catalogue's text fields (shared by the model, the forms and the imports).</summary>
public static class InstrumentLimits
{
    public const int Key = 60;
    public const int Name = 200;
    public const int LegalBasis = 300;
    public const int ShortText = 500;
    public const int LongText = 4000;
    public const int Rules = 8000;
    public const int Municipality = 100;
    public const int Family = 100;

    /// <summary>A key: 2 to 60 characters of a-z, 0-9 and inner hyphens.</summary>
    public static bool IsKey(string? key) =>
        key is { Length: >= 2 and <= Key } && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && key[0] != '-' && key[^1] != '-';

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
