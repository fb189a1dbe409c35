namespace Werkbrug.Domain.Matching;

/// <summary>
/// A job-seeker profile or vacancy row that was deleted (an erasure), so that every instance drops it from its matching
/// indexes without a rebuild: the row itself is gone, so the feed's read of changed rows cannot show it. Holds the id
/// only and is deleted again after a while (MatchingIndexFeed.TombstonesKept).
/// </summary>
public sealed class MatchingTombstone
{
    public long Id { get; init; }

    public required Guid RowId { get; init; }

    /// <summary>True for a vacancy, false for a job-seeker profile.</summary>
    public required bool IsVacancy { get; init; }

    public required DateTime AtUtc { get; init; }
}
