namespace Werkbrug.Domain.Common;

/// <summary>
/// An aggregate that users edit. <see cref="Version"/> is the optimistic-concurrency token:
/// the persistence layer increments it on every update and refuses a save made from an older version.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>An entity that belongs to one labour-market region; the region is part of its scope.</summary>
public interface IRegionScoped
{
    string RegionCode { get; }
}
