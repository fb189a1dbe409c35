using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Indicators;

/// <summary>
/// One row of a region's daily pool snapshot (<c>PoolDays</c>, docs/adr/0042): how many job seekers of the pool on
/// <see cref="Day"/> had this owner organisation, benefit, werkfit status and freshness. Counts only: no person and no
/// id of a person. Written by the daily snapshot job, read for the pool indicators of a period that has ended.
/// </summary>
public sealed class PoolDay : IRegionScoped
{
    public required string RegionCode { get; init; }

    public DateOnly Day { get; init; }

    public Guid OwnerOrganisationId { get; init; }

    public BenefitType Benefit { get; init; }

    public WerkfitStatus WerkfitStatus { get; init; }

    /// <summary>Whether the profiles' freshness was anything but <see cref="Freshness.Stale"/> on <see cref="Day"/>.</summary>
    public bool Fresh { get; init; }

    public int Count { get; init; }
}

/// <summary>Where a pool figure of a period comes from: counted now from the profiles, or read from a daily snapshot.</summary>
public enum PoolSource
{
    /// <summary>The period ends today or later: the pool as the profiles hold it today.</summary>
    Live = 1,

    /// <summary>The period has ended: the snapshot of its last day that has one (none: no figure).</summary>
    Snapshot = 2,
}

/// <summary>
/// The rules of the pool indicators (pool-werkfit, pool-fresh): who is in the pool on a day, and which day's counts a
/// period's figure shows. The profiles hold only the present, so an ended period can only be read from what the daily
/// job wrote down then.
/// </summary>
public static class PoolHistory
{
    /// <summary>In the pool on <paramref name="day"/>: registered on or before it and not deregistered by then (a deregistration on the day itself counts).</summary>
    public static bool InPool(DateOnly registeredOn, DateOnly? deregisteredOn, DateOnly day) =>
        registeredOn <= day && (deregisteredOn is null || deregisteredOn > day);

    /// <summary>Live when the period's last day is today or later, otherwise from a snapshot.</summary>
    public static PoolSource Source(Period period, DateOnly today) => period.To >= today ? PoolSource.Live : PoolSource.Snapshot;
}
