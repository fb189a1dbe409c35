using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.JobSeekers;

/// <summary>
/// Two profiles of different organisations of a region whose BSN hashes match: probably the same person,
/// registered by two partners. Never merged automatically; both owners see the flag (and only the other
/// organisation's name) and decide together. Found by an import; resolved by either owner.
/// </summary>
public sealed class PossibleDuplicate : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>The profile that was already registered.</summary>
    public required Guid ProfileAId { get; init; }

    public required Guid OrganisationAId { get; init; }

    /// <summary>The profile whose import found the match.</summary>
    public required Guid ProfileBId { get; init; }

    public required Guid OrganisationBId { get; init; }

    public DateTime FoundAtUtc { get; init; }

    public DateTime? ResolvedAtUtc { get; set; }
}
