using System.Collections.Frozen;

namespace Werkbrug.Matching.Engine;

/// <summary>The scored criteria, in the order a breakdown lists them.</summary>
public enum Criterion : byte
{
    RequiredSkills,
    NiceToHaveSkills,
    Occupation,
    Competences,
    Hours,
    Education,
    Language,
    DrivingLicence,
    Experience,
    Tasks,
}

/// <summary>
/// Relative weights of the scored criteria (whole numbers, 0 switches a criterion off). A criterion the vacancy does
/// not ask for (no licence required, no tasks given, ...) does not count at all, so scores stay comparable.
/// </summary>
public sealed record MatchWeights
{
    public static readonly MatchWeights Default = new();

    public int RequiredSkills { get; init; } = 35;

    public int NiceToHaveSkills { get; init; } = 8;

    public int Occupation { get; init; } = 20;

    public int Competences { get; init; } = 8;

    public int Hours { get; init; } = 6;

    public int Education { get; init; } = 5;

    public int Language { get; init; } = 5;

    public int DrivingLicence { get; init; } = 4;

    public int Experience { get; init; } = 4;

    public int Tasks { get; init; } = 5;

    public int this[Criterion criterion] => criterion switch
    {
        Criterion.RequiredSkills => RequiredSkills,
        Criterion.NiceToHaveSkills => NiceToHaveSkills,
        Criterion.Occupation => Occupation,
        Criterion.Competences => Competences,
        Criterion.Hours => Hours,
        Criterion.Education => Education,
        Criterion.Language => Language,
        Criterion.DrivingLicence => DrivingLicence,
        Criterion.Experience => Experience,
        Criterion.Tasks => Tasks,
        _ => 0,
    };

    /// <summary>
    /// A short, stable name for these values: "w" and the first 12 hex digits of a SHA-256 over the weights in the order
    /// of <see cref="Criterion"/>. The same weights always have the same version, so a stored ranking names exactly the
    /// weights it was made with.
    /// </summary>
    public string Version
    {
        get
        {
            var text = string.Join(',', Enum.GetValues<Criterion>().Select(c => this[c].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return "w" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
        }
    }

    /// <summary>Checks that every weight is between 0 and 1,000.</summary>
    public void Validate()
    {
        foreach (var c in Enum.GetValues<Criterion>())
        {
            if (this[c] is < 0 or > 1000)
            {
                throw new InvalidOperationException($"The weight of {c} must be between 0 and 1000, not {this[c]}.");
            }
        }
    }
}

/// <summary>Weights per region (e.g. AMxx codes), with a default for regions without their own.</summary>
public sealed class RegionalWeights
{
    private readonly FrozenDictionary<string, MatchWeights> _byRegion;

    public RegionalWeights(MatchWeights? defaults = null, IReadOnlyDictionary<string, MatchWeights>? byRegion = null)
    {
        Default = defaults ?? MatchWeights.Default;
        Default.Validate();
        _byRegion = (byRegion ?? new Dictionary<string, MatchWeights>()).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (var w in _byRegion.Values)
        {
            w.Validate();
        }
    }

    public MatchWeights Default { get; }

    public MatchWeights For(string? region) => region is not null && _byRegion.TryGetValue(region, out var w) ? w : Default;
}
