using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Matching;

/// <summary>
/// One candidate list as it was shown (issue 15, item 7: every ranking shown is reproducible afterwards). It keeps the
/// weights the search used, their version, and per listed job seeker the rank, the score and the credit earned on each
/// criterion, so Σ weight × credit gives each score back and the order can be checked without the profiles as they
/// are today. Job seekers are named by their regional pseudonym only, as in the audit log, which the record belongs
/// to (same trace id, same retention). Written once, never changed.
/// </summary>
public sealed class RankingRecord : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>The region whose pool was ranked (for a vacancy another region offers, the searching region).</summary>
    public required string RegionCode { get; init; }

    public required Guid VacancyId { get; init; }

    /// <summary>The request's trace id, shared with the audit records of the same search.</summary>
    public required string TraceId { get; init; }

    public DateTime AtUtc { get; init; }

    public Guid? SearchedByOrganisationId { get; init; }

    /// <summary>The version of <see cref="Weights"/> (a digest of the values, the same for the same weights).</summary>
    public required string WeightsVersion { get; init; }

    /// <summary>The weights per criterion, in the order of the engine's criteria.</summary>
    public required List<int> Weights { get; init; }

    /// <summary>How many job seekers passed the hard filters (the list's total).</summary>
    public int Eligible { get; init; }

    public List<RankingEntry> Entries { get; init; } = [];
}

/// <summary>
/// One listed job seeker: rank, pseudonym, score (0–100), raw score (Σ weight × credit) and the credit (0–1000) per
/// criterion in the order of the record's weights, -1 where the criterion did not apply.
/// </summary>
public sealed record RankingEntry(int Rank, string Pseudonym, int Score, int RawScore, List<int> Credits);
