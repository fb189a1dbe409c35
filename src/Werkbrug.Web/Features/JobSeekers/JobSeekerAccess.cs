using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>How much of a profile the current user may see.</summary>
public enum Visibility
{
    /// <summary>Nothing: another region (already hidden by the region filter) or not in the regional pool.</summary>
    None,

    /// <summary>The pseudonymised matching profile: another organisation of the region.</summary>
    Pseudonymised,

    /// <summary>Everything: the owner organisation.</summary>
    Full,
}

/// <summary>
/// THE one place that decides which job-seeker profiles a user sees and how much of them (PRODUCT.md, privacy
/// model). The region filter of <see cref="WerkbrugDb"/> already hides other regions; on top of it the owner
/// organisation sees its profiles in full and the other organisations of the region see the active profiles
/// as pseudonymised matching profiles. Every job-seeker handler reads profiles only through this class.
/// Later steps add here what unlocks more: a recorded legal basis, a consent or an accepted referral.
/// </summary>
public sealed class JobSeekerAccess(WerkbrugDb db)
{
    private Guid Organisation => db.Scope.OrganisationId ?? Guid.Empty;

    /// <summary>The own organisation's profiles (active and deregistered): full access.</summary>
    public IQueryable<JobSeekerProfile> Owned
    {
        get
        {
            var organisation = Organisation;
            return db.JobSeekers.Where(j => j.OwnerOrganisationId == organisation);
        }
    }

    /// <summary>The other organisations' active profiles of the region: pseudonymised access only.</summary>
    public IQueryable<JobSeekerProfile> RegionalPool
    {
        get
        {
            var organisation = Organisation;
            return db.JobSeekers.Where(j => j.OwnerOrganisationId != organisation && j.DeregisteredOn == null);
        }
    }

    /// <summary>
    /// The active profiles of the whole region, for aggregate counts per organisation only (freshness): callers
    /// group and count, and never project a personal field out of this query.
    /// </summary>
    public IQueryable<JobSeekerProfile> RegionForCountsOnly => db.JobSeekers.Where(j => j.DeregisteredOn == null);

    public Visibility Of(JobSeekerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (db.Scope.OrganisationId is { } organisation && profile.OwnerOrganisationId == organisation)
        {
            return Visibility.Full;
        }

        return profile.IsActive ? Visibility.Pseudonymised : Visibility.None;
    }
}
