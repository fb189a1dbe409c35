namespace Werkbrug.Domain.Matching;

/// <summary>
/// One imported occupation and skill taxonomy (an ESCO download), national and never changed: the highest number is in
/// force, the others stay so a ranking can be traced to the taxonomy of its day. No version at all: the embedded starter
/// set is used. The taxonomy is kept whole, compressed, because every instance reads it whole into memory at start.
/// </summary>
public sealed class TaxonomyVersion
{
    public required int Number { get; init; }

    public required DateTime ImportedAtUtc { get; init; }

    /// <summary>The file names it was imported from (names only, no paths), comma-separated.</summary>
    public required string Source { get; init; }

    public required int Occupations { get; init; }

    /// <summary>Skills and knowledge, skill groups not counted.</summary>
    public required int Skills { get; init; }

    public required int Relations { get; init; }

    /// <summary>How many occupations and skills have a Dutch preferred label (the others show their English one, marked).</summary>
    public required int DutchOccupationLabels { get; init; }

    public required int DutchSkillLabels { get; init; }

    /// <summary>SHA-256 of the uncompressed content, hex: importing the same download again changes nothing.</summary>
    public required string Digest { get; init; }

    /// <summary>The taxonomy in the starter set's tab-separated format with every label, gzip-compressed.</summary>
    public required byte[] Content { get; init; }
}

public static class TaxonomyVersionLimits
{
    public const int Source = 1000;
}
