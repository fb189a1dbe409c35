namespace Werkbrug.Matching.Engine;

/// <summary>One criterion of a score: its weight, the credit earned (0–1000) and a short Dutch detail.</summary>
public sealed record CriterionScore(Criterion Criterion, int Weight, int Credit, string Label, string Detail)
{
    /// <summary>Points this criterion adds to the raw score (weight × credit).</summary>
    public int Points => Weight * Credit;

    /// <summary>The most this criterion can earn on the one scale explanations use: its weight.</summary>
    public int MaxPoints => Weight;

    /// <summary>What it earned on that scale: weight × credit / 1000, to one decimal.</summary>
    public double EarnedPoints => Math.Round(Weight * Credit / (double)Rules.Full, 1, MidpointRounding.AwayFromZero);

    /// <summary>For the skill criteria: per wanted skill, what earned its credit (the skill itself, a related skill, the occupation) or that nothing did.</summary>
    public IReadOnlyList<SkillEvidence> Skills { get; init; } = [];
}

/// <summary>How a wanted skill earned its credit.</summary>
public enum EvidenceSource
{
    /// <summary>Nothing the candidate holds counts for it.</summary>
    Missing,

    /// <summary>The candidate holds the skill itself.</summary>
    Held,

    /// <summary>A broader, narrower or sibling skill the candidate holds (named in <see cref="SkillEvidence.Via"/>).</summary>
    RelatedSkill,

    /// <summary>The candidate's occupation lists the skill (named in <see cref="SkillEvidence.Via"/>).</summary>
    Occupation,
}

/// <summary>One wanted skill (Dutch label, or English marked "(Engels)") with the credit it earned (0–1000) and what earned it.</summary>
public sealed record SkillEvidence(string Skill, int Credit, EvidenceSource Source, string? Via);

public enum GapKind
{
    MissingSkill,
    PartialSkill,
    TaskAdjustment,
    Competence,
    Hours,
    Education,
    Language,
    DrivingLicence,
    Experience,
}

public enum BridgeKind
{
    /// <summary>A course or training on the job for a trainable skill.</summary>
    Training,

    /// <summary>Rearranging tasks of the function (jobcarving) so the candidate can do it.</summary>
    JobCarving,

    /// <summary>An instrument from the instrument guide (added through <see cref="IGapBridgeProvider"/>).</summary>
    Instrument,

    /// <summary>Anything else a provider suggests.</summary>
    Other,
}

/// <summary>A way to close a gap.</summary>
public sealed record Bridge(BridgeKind Kind, string Description, string? Code = null);

/// <summary>
/// What keeps a candidate from a full match, with the bridges that could close it. For a task adjustment the
/// vacancy's task numbers are given (so an adviser of the owning organisation can plan jobcarving) but never why.
/// </summary>
public sealed record Gap(GapKind Kind, string Description, IReadOnlyList<Bridge> Bridges)
{
    public string? SkillUri { get; init; }

    public IReadOnlyList<int> TaskNumbers { get; init; } = [];
}

/// <summary>What a bridge provider may see: the vacancy and the candidate's references, no profile details.</summary>
public sealed record BridgeContext(VacancyQuery Vacancy, Guid CandidateId, Guid OwnerOrganisationId);

/// <summary>
/// Extension point for more bridges (the instrument guide adds instruments such as a trial placement or wage-cost
/// subsidy here). Called only for the results that are returned.
/// </summary>
public interface IGapBridgeProvider
{
    IEnumerable<Bridge> BridgesFor(Gap gap, BridgeContext context);
}

/// <summary>
/// A ranked candidate. <see cref="CandidateId"/> is only filled in for an adviser of the owning organisation; others
/// see the stable <see cref="Pseudonym"/> and the owner, per the privacy model.
/// </summary>
public sealed record CandidateMatch
{
    public required int Rank { get; init; }

    public required Guid? CandidateId { get; init; }

    public required string Pseudonym { get; init; }

    public required Guid OwnerOrganisationId { get; init; }

    /// <summary>0–100: the raw score as a share of a perfect candidate's.</summary>
    public required int Score { get; init; }

    /// <summary>Σ weight × credit, the value results are ordered by.</summary>
    public required int RawScore { get; init; }

    public required double DistanceKm { get; init; }

    public required IReadOnlyList<CriterionScore> Breakdown { get; init; }

    public required string Explanation { get; init; }

    public required IReadOnlyList<Gap> Gaps { get; init; }

    /// <summary>A near miss: proposed, but with gaps that a bridge could close.</summary>
    public bool IsNearMiss => Gaps.Count > 0;

    /// <summary>
    /// The id the candidate was indexed under, whoever asks: for the in-process caller that owns the profiles (the web
    /// layer maps every result back to its profile with it, and lets its own access rules decide what a viewer sees).
    /// Never show it: <see cref="CandidateId"/> and <see cref="Pseudonym"/> are what a viewer may see.
    /// </summary>
    public Guid StableId { get; init; }
}

/// <summary>
/// The ranked candidates and how many passed the hard filters (<paramref name="Eligible"/>). <paramref name="WithoutArea"/>
/// counts the profiles that pass every hard filter but whose postcode area is unknown or missing: their distance cannot
/// be judged, so they are never ranked, and the caller says so instead of leaving them out unseen.
/// </summary>
public sealed record CandidateResults(IReadOnlyList<CandidateMatch> Matches, int Eligible, int WithoutArea);

/// <summary>A ranked vacancy for one candidate.</summary>
public sealed record VacancyMatch
{
    public required int Rank { get; init; }

    public required Guid VacancyId { get; init; }

    public required int Score { get; init; }

    public required int RawScore { get; init; }

    public required double DistanceKm { get; init; }

    public required IReadOnlyList<CriterionScore> Breakdown { get; init; }

    public required string Explanation { get; init; }

    public required IReadOnlyList<Gap> Gaps { get; init; }

    public bool IsNearMiss => Gaps.Count > 0;
}

public sealed record VacancyResults(IReadOnlyList<VacancyMatch> Matches, int Eligible);
