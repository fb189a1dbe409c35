using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Organisations;

public enum ServicePointKind
{
    /// <summary>The one regional werkgeversservicepunt of a labour-market region.</summary>
    Regional = 1,

    /// <summary>A sub-regional service point (report 3.1).</summary>
    SubRegional = 2,
}

/// <summary>A werkgeversservicepunt: the joint front door of the partners in (part of) a region.</summary>
public sealed class ServicePoint : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required string Name { get; set; }

    public ServicePointKind Kind { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public int Version { get; set; }

    /// <summary>
    /// A region works from one regional service point and optionally several sub-regional ones,
    /// so a second regional one is refused.
    /// </summary>
    public static bool CanHaveAnother(ServicePointKind kind, IEnumerable<ServicePointKind> existingInRegion) =>
        kind != ServicePointKind.Regional || !existingInRegion.Contains(ServicePointKind.Regional);
}
