using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Indicators;

/// <summary>Lengths and bounds of the yearly evaluation.</summary>
public static class EvaluationLimits
{
    public const int Text = 20_000;

    public const int FirstYear = 2000;
}

/// <summary>
/// The text the region coordinator (regievoerder) writes for the region's yearly evaluation (jaarevaluatie): what the
/// figures mean, what went well and what changes next year. One per region and year; the figures beside it are computed.
/// </summary>
public sealed class EvaluationText : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public int Year { get; init; }

    public string Text { get; set; } = string.Empty;

    public DateTime UpdatedAt { get; set; }

    public Guid UpdatedByUserId { get; set; }

    public int Version { get; set; }
}
