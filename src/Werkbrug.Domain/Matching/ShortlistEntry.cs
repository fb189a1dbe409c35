using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Matching;

/// <summary>
/// A candidate an adviser put on a vacancy's shortlist after a search ("Kandidaten zoeken"). It records the
/// choice only: what the adviser may see of the candidate is decided when the list is read, so a shortlist entry
/// for another organisation's job seeker shows the same pseudonymised view as the search did.
/// </summary>
public sealed class ShortlistEntry : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required Guid VacancyId { get; init; }

    public required Guid JobSeekerId { get; init; }

    public required Guid AddedByUserId { get; init; }

    public DateTime AddedAtUtc { get; init; }
}
