using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>How much of a profile the current user may see.</summary>
public enum Visibility
{
    /// <summary>Nothing: another region (already hidden by the region filter) or not in the regional pool.</summary>
    None,

    /// <summary>The pseudonymised matching profile: another organisation of the region (plus what <see cref="JobSeekerAccess.GrantsAsync"/> unlocks).</summary>
    Pseudonymised,

    /// <summary>Everything: the owner organisation.</summary>
    Full,
}

/// <summary>
/// THE one place that decides which job-seeker profiles a user sees and how much of them (PRODUCT.md, privacy
/// model). The region filter of <see cref="WerkbrugDb"/> already hides other regions; on top of it the owner
/// organisation sees its profiles in full and the other organisations of the region see the active profiles
/// as pseudonymised matching profiles. More is unlocked for one organisation only by what it was granted
/// (<see cref="GrantsAsync"/>): an active consent or recorded legal basis naming it, or an approved referral. Every job-seeker handler reads profiles only through this class.
/// </summary>
public sealed class JobSeekerAccess(WerkbrugDb db, TimeProvider clock)
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

    /// <summary>
    /// What the current user's organisation may see of another organisation's profile beyond the matching profile,
    /// today: the union of the categories of every active consent or legal basis that names this organisation
    /// (the special category only under explicit consent, <see cref="Consent.GrantsOn"/>), and of an accepted
    /// referral. Nothing for the owner (it sees everything anyway), for a deregistered profile or without a grant.
    /// A withdrawal or the end date takes effect at once: this is evaluated on every read, never cached.
    /// </summary>
    public async Task<DataCategories> GrantsAsync(JobSeekerProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (db.Scope.OrganisationId is not { } organisation || profile.OwnerOrganisationId == organisation || !profile.IsActive)
        {
            return DataCategories.None;
        }

        var today = DutchTime.Today(clock);
        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.JobSeekerId == profile.Id && c.RecipientOrganisationId == organisation && c.WithdrawnOn == null && c.ValidFrom <= today)
            .ToListAsync(cancellationToken);
        var granted = consents.Aggregate(DataCategories.None, (all, c) => all | c.GrantsOn(today));
        return granted | await ReferralGrantsAsync(profile, organisation, cancellationToken);
    }

    /// <summary>
    /// What a referral of <paramref name="profile"/> made by <paramref name="organisation"/> unlocks: the categories the
    /// owner approved for the employer (on the recorded consent or legal basis), for as long as the referral runs with the
    /// employer or led to a hire (the aftercare needs to reach the employee).
    /// </summary>
    private async Task<DataCategories> ReferralGrantsAsync(JobSeekerProfile profile, Guid organisation, CancellationToken cancellationToken)
    {
        var running = new[] { ReferralStatus.SentToEmployer, ReferralStatus.Invited, ReferralStatus.Hired };
        var disclosed = await db.Referrals.AsNoTracking()
            .Where(r => r.JobSeekerId == profile.Id && r.ReferringOrganisationId == organisation && running.Contains(r.Status))
            .Select(r => r.Disclosure).ToListAsync(cancellationToken);
        return disclosed.Aggregate(DataCategories.None, (all, d) => all | d);
    }
}
