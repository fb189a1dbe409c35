using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Organisations;

/// <summary>A partner organisation of a service point: a municipality, UWV, a werkbedrijf, ...</summary>
public sealed class Organisation : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid ServicePointId { get; set; }

    public required string Name { get; set; }

    public OrganisationType Type { get; set; }

    /// <summary>For a municipality: the gemeente it is (must lie in the region).</summary>
    public string? MunicipalityName { get; set; }

    public int Version { get; set; }
}
