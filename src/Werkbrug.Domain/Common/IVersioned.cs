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

/// <summary>
/// A row of one region that a second region also takes further (ADR 0035): a referral to a vacancy another region offered,
/// a receiving region's copy of an offer. Users of <see cref="PartnerRegionCode"/> may change it, never delete it.
/// </summary>
public interface IPartnerRegionScoped : IRegionScoped
{
    string? PartnerRegionCode { get; }
}
