using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Matching;

/// <summary>
/// One version of a region's matching weights ("weging"), set by the region coordinator with a reason. Versions are
/// numbered per region from 1 and never changed: the highest is in force, the others are the history. A region without
/// a version ranks with Werkbrug's default weights (version 0).
/// </summary>
public sealed class MatchingWeightSet : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required int Version { get; init; }

    public required int RequiredSkills { get; init; }

    public required int NiceToHaveSkills { get; init; }

    public required int Occupation { get; init; }

    public required int Competences { get; init; }

    public required int Hours { get; init; }

    public required int Education { get; init; }

    public required int Language { get; init; }

    public required int DrivingLicence { get; init; }

    public required int Experience { get; init; }

    public required int Tasks { get; init; }

    /// <summary>Why the weights were changed (shown in the history).</summary>
    public required string Reason { get; init; }

    public required Guid ChangedByUserId { get; init; }

    public DateTime ChangedAtUtc { get; init; }
}

public static class MatchingWeightLimits
{
    public const int Reason = 500;

    public const int MaxWeight = 1000;
}
