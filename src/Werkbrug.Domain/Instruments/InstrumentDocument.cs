using System.Text.Json;
using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Instruments;

/// <summary>
/// An instrument in the exchange shape: the JSON export and import, the CSV rows (rules as a JSON column) and the starter
/// sets. Everything but the region, the ids, the watchers and the versions.
/// </summary>
public sealed record InstrumentDocument
{
    public string? Key { get; init; }

    public string? Name { get; init; }

    /// <summary>The family of local variants (<see cref="Instrument.Family"/>).</summary>
    public string? Family { get; init; }

    public InstrumentProvider? Provider { get; init; }

    public string? LegalBasis { get; init; }

    public InstrumentCoverage? Coverage { get; init; }

    public List<string>? Municipalities { get; init; }

    public string? TargetGroups { get; init; }

    public List<BenefitType>? BenefitTypes { get; init; }

    public string? Provides { get; init; }

    public string? Duration { get; init; }

    public string? Conditions { get; init; }

    public string? ApplicationSteps { get; init; }

    public string? Contact { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public List<EligibilityRule>? Rules { get; init; }

    public static InstrumentDocument From(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new InstrumentDocument
        {
            Key = instrument.Key,
            Name = instrument.Name,
            Family = instrument.Family,
            Provider = instrument.Provider,
            LegalBasis = instrument.LegalBasis,
            Coverage = instrument.Coverage,
            Municipalities = [.. instrument.Municipalities],
            TargetGroups = instrument.TargetGroups,
            BenefitTypes = [.. instrument.BenefitTypes],
            Provides = instrument.Provides,
            Duration = instrument.Duration,
            Conditions = instrument.Conditions,
            ApplicationSteps = instrument.ApplicationSteps,
            Contact = instrument.Contact,
            ValidFrom = instrument.ValidFrom,
            ValidTo = instrument.ValidTo,
            Rules = [.. instrument.Rules],
        };
    }

    /// <summary>A new instrument of <paramref name="regionCode"/> from a complete document (a starter set's); rule version 1.</summary>
    public Instrument ToInstrument(string regionCode) => new()
    {
        RegionCode = regionCode,
        Key = Key ?? throw new InvalidOperationException("A document without a key."),
        Name = Name ?? Key,
        Family = Family,
        Provider = Provider ?? InstrumentProvider.Region,
        LegalBasis = LegalBasis,
        Coverage = Coverage ?? InstrumentCoverage.Region,
        Municipalities = [.. Municipalities ?? []],
        TargetGroups = TargetGroups,
        BenefitTypes = [.. BenefitTypes ?? []],
        Provides = Provides ?? string.Empty,
        Duration = Duration,
        Conditions = Conditions ?? string.Empty,
        ApplicationSteps = ApplicationSteps,
        Contact = Contact,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        Rules = [.. Rules ?? []],
    };

    /// <summary>Reads a JSON array of documents from an embedded resource of <paramref name="assembly"/>.</summary>
    public static List<InstrumentDocument> ReadEmbedded(System.Reflection.Assembly assembly, string resource)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"The embedded instrument set {resource} is missing.");
        using var reader = new StreamReader(stream);
        return ParseAll(reader.ReadToEnd()) ?? throw new InvalidOperationException($"The embedded instrument set {resource} is not a JSON array of instruments.");
    }

    public static string Serialize(IReadOnlyList<InstrumentDocument> documents) => JsonSerializer.Serialize(documents, InstrumentLimits.Json);

    /// <summary>A JSON array of documents; null when the text is not one.</summary>
    public static List<InstrumentDocument>? ParseAll(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<InstrumentDocument>>(json, InstrumentLimits.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The national instruments every region starts its catalogue with, written by the Werkbrug team from public facts
/// (uwv.nl, belastingdienst.nl, rijksoverheid.nl, the laws named) and shipped with the application
/// (<c>starter-national.json</c>). A region loads them into its own catalogue and keeps them current there.
/// </summary>
public static class StarterSet
{
    private static readonly Lazy<IReadOnlyList<InstrumentDocument>> NationalSet =
        new(() => InstrumentDocument.ReadEmbedded(typeof(StarterSet).Assembly, typeof(StarterSet).Namespace + ".starter-national.json"));

    public static IReadOnlyList<InstrumentDocument> National => NationalSet.Value;
}
