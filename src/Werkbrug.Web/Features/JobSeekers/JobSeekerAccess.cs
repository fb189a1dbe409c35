using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// THE one place that decides which job-seeker profiles a user sees and how much of them (PRODUCT.md, privacy
/// model). The region filter of <see cref="WerkbrugDb"/> already hides other regions; on top of it
/// <see cref="NeedToKnow"/> (Werkbrug.Domain) decides per role and relation: the owner organisation's case managers see
/// the full profile, its managers the case without the sealed fields, and every other job-seeker role, in the owner
/// organisation as elsewhere in the region, the active profiles as pseudonymised matching profiles. More is unlocked
/// for a pseudonymised reader only by what their organisation was granted (<see cref="GrantsAsync"/>): an active
/// consent or recorded legal basis naming it, or an approved referral. Every job-seeker handler reads profiles only
/// through this class.
/// </summary>
public sealed class JobSeekerAccess(WerkbrugDb db, TimeProvider clock)
{
    private Guid Organisation => db.Scope.OrganisationId ?? Guid.Empty;

    private IEnumerable<string> MyRoles => Roles.All.Where(db.Scope.IsInRole);

    /// <summary>How much the current user sees of the own organisation's active profiles.</summary>
    public DisclosureLevel OwnLevel => NeedToKnow.For(MyRoles, ProfileRelation.OwnerOrganisation, active: true);

    /// <summary>
    /// The own organisation's profiles (active and deregistered), whatever the user may see of them: for writes, and for
    /// reads that show no more than the pseudonym. What a read shows goes through <see cref="Of"/> or <see cref="OwnedAtLeast"/>.
    /// </summary>
    public IQueryable<JobSeekerProfile> Owned
    {
        get
        {
            var organisation = Organisation;
            return db.JobSeekers.Where(j => j.OwnerOrganisationId == organisation);
        }
    }

    /// <summary>The own organisation's profiles when the current user sees them at <paramref name="level"/> or more; none otherwise.</summary>
    public IQueryable<JobSeekerProfile> OwnedAtLeast(DisclosureLevel level) => OwnLevel >= level ? Owned : Owned.Where(_ => false);

    /// <summary>The own organisation's profiles the current user may see by name (its case managers and managers).</summary>
    public IQueryable<JobSeekerProfile> Identified => OwnedAtLeast(DisclosureLevel.Supervision);

    /// <summary>
    /// The names of those of <paramref name="pseudonyms"/> the current user sees by name (<see cref="Identified"/>), keyed
    /// by pseudonym; the others are left out and stay known by their pseudonym. For texts that name a job seeker by
    /// pseudonym when they are written (notifications) and show the name to whoever may see it when they are read.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> pseudonyms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        if (pseudonyms.Count == 0 || !OwnLevel.ShowsIdentity())
        {
            return new Dictionary<string, string>();
        }

        var named = await Identified.Where(j => pseudonyms.Contains(j.Pseudonym))
            .Select(j => new { j.Pseudonym, j.GivenName, j.Surname }).ToListAsync(cancellationToken);
        return named.ToDictionary(j => j.Pseudonym, j => $"{j.GivenName} {j.Surname}", StringComparer.Ordinal);
    }

    /// <summary>
    /// The region's active profiles the current user sees as pseudonymised matching profiles: the other organisations',
    /// and the own organisation's too for the roles that see those pseudonymised as well.
    /// </summary>
    public IQueryable<JobSeekerProfile> RegionalPool
    {
        get
        {
            var organisation = Organisation;
            var own = OwnLevel == DisclosureLevel.Pseudonymised;
            var others = NeedToKnow.For(MyRoles, ProfileRelation.OtherOrganisationInRegion, active: true) == DisclosureLevel.Pseudonymised;
            return db.JobSeekers.Where(j => j.DeregisteredOn == null && (j.OwnerOrganisationId == organisation ? own : others));
        }
    }

    /// <summary>
    /// The active profiles of the whole region, for aggregate counts per organisation only (freshness): callers
    /// group and count, and never project a personal field out of this query.
    /// </summary>
    public IQueryable<JobSeekerProfile> RegionForCountsOnly => db.JobSeekers.Where(j => j.DeregisteredOn == null);

    /// <summary>How much of <paramref name="profile"/> the current user sees (<see cref="NeedToKnow"/>).</summary>
    public DisclosureLevel Of(JobSeekerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var relation = profile.RegionCode != db.Scope.RegionCode ? ProfileRelation.OtherRegion
            : profile.OwnerOrganisationId == db.Scope.OrganisationId ? ProfileRelation.OwnerOrganisation
            : ProfileRelation.OtherOrganisationInRegion;
        return NeedToKnow.For(MyRoles, relation, profile.IsActive);
    }

    /// <summary>
    /// What the current user's organisation may see beyond the matching profile of a profile it sees pseudonymised
    /// (<see cref="Of"/>), today: the union of the categories of every active consent or legal basis that names this
    /// organisation (the special category only under explicit consent, <see cref="Consent.GrantsOn"/>), and of an
    /// accepted referral. Nothing for those who see more anyway, for a deregistered profile or without a grant.
    /// A withdrawal or the end date takes effect at once: this is evaluated on every read, never cached.
    /// </summary>
    public async Task<DataCategories> GrantsAsync(JobSeekerProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (db.Scope.OrganisationId is not { } organisation || Of(profile) != DisclosureLevel.Pseudonymised)
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
    /// <see cref="GrantsAsync"/> for many profiles at once (a match result), in two
    /// queries: the grants per profile id, only for the profiles the user sees pseudonymised and holds a grant for.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, DataCategories>> GrantsManyAsync(IReadOnlyCollection<JobSeekerProfile> profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var ids = profiles.Where(p => Of(p) == DisclosureLevel.Pseudonymised).Select(p => p.Id).ToList();
        if (db.Scope.OrganisationId is not { } organisation || ids.Count == 0)
        {
            return new Dictionary<Guid, DataCategories>();
        }

        var today = DutchTime.Today(clock);
        var consents = await db.Consents.AsNoTracking()
            .Where(c => ids.Contains(c.JobSeekerId) && c.RecipientOrganisationId == organisation && c.WithdrawnOn == null && c.ValidFrom <= today)
            .ToListAsync(cancellationToken);
        var running = new[] { ReferralStatus.SentToEmployer, ReferralStatus.Invited, ReferralStatus.Hired };
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => ids.Contains(r.JobSeekerId) && r.ReferringOrganisationId == organisation && running.Contains(r.Status))
            .Select(r => new { r.JobSeekerId, r.Disclosure }).ToListAsync(cancellationToken);
        var grants = new Dictionary<Guid, DataCategories>();
        foreach (var (id, granted) in consents.Select(c => (c.JobSeekerId, c.GrantsOn(today))).Concat(referrals.Select(r => (r.JobSeekerId, r.Disclosure))))
        {
            grants[id] = grants.GetValueOrDefault(id) | granted;
        }

        return grants;
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
