using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>
/// Who sees which referrals (on top of the region filter of <see cref="WerkbrugDb"/>): staff of the referring
/// organisation and of the candidate's owner organisation; an employer (through its link) the referrals of the link's
/// vacancy once they were sent to it. The one place for it: every referral, placement and aftercare query starts here.
/// A referral lives in its candidate's region. When the vacancy is another region's (offered to this one, ADR 0035),
/// the vacancy's region reads it across the border here, and only here: the vacancy's owner organisation sees the
/// referrals to its vacancy, the employer's link those sent to it; the candidate itself only as disclosed
/// (<see cref="CandidateOf(WerkbrugDb, Referral)"/>).
/// </summary>
public static class ReferralAccess
{
    /// <summary>The referrals the current principal may see.</summary>
    public static IQueryable<Referral> Visible(WerkbrugDb db)
    {
        var scope = db.Scope;
        if (EmployerLinkClaims.VacancyOf(scope) is { } vacancy)
        {
            var withEmployer = ReferralWorkflow.WithEmployer.ToArray();
            return WithOwnVacancies(db).Where(r => r.VacancyId == vacancy && withEmployer.Contains(r.Status));
        }

        var organisation = scope.OrganisationId ?? Guid.Empty;
        var region = scope.RegionCode;
        return WithOwnVacancies(db).Where(r => r.ReferringOrganisationId == organisation || r.OwnerOrganisationId == organisation
            || (r.VacancyRegionCode == region && db.Vacancies.Any(v => v.Id == r.VacancyId && v.OwnerOrganisationId == organisation)));
    }

    /// <summary>The referrals to one vacancy of the own region, from every region (counting the places a hire takes).</summary>
    public static IQueryable<Referral> ToVacancy(WerkbrugDb db, Guid vacancyId) => WithOwnVacancies(db).Where(r => r.VacancyId == vacancyId);

    /// <summary>
    /// The candidate of a referral the caller already may see (through <see cref="Visible"/>), in the candidate's region.
    /// What of it may be shown stays the caller's business (the disclosure, <see cref="JobSeekers.JobSeekerAccess"/>).
    /// </summary>
    public static IQueryable<JobSeekerProfile> CandidateOf(WerkbrugDb db, Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return CandidateOf(db, referral.JobSeekerId, referral.RegionCode);
    }

    /// <summary>As <see cref="CandidateOf(WerkbrugDb, Referral)"/>, by the referral's candidate and region.</summary>
    public static IQueryable<JobSeekerProfile> CandidateOf(WerkbrugDb db, Guid jobSeekerId, string referralRegion) =>
        db.JobSeekers.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(j => j.Id == jobSeekerId && j.RegionCode == referralRegion);

    /// <summary>The vacancy of a referral the caller already may see, in the vacancy's region (its title and employer are shown with it).</summary>
    public static IQueryable<Vacancy> VacancyOf(WerkbrugDb db, Guid vacancyId, string referralRegion, string? vacancyRegion)
    {
        var region = vacancyRegion ?? referralRegion;
        return db.Vacancies.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(v => v.Id == vacancyId && v.RegionCode == region);
    }

    /// <summary>The region's own referrals and the referrals other regions made to its vacancies.</summary>
    private static IQueryable<Referral> WithOwnVacancies(WerkbrugDb db)
    {
        if (db.Scope.IsSystem)
        {
            return db.Referrals;
        }

        var region = db.Scope.RegionCode;
        return db.Referrals.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(r => r.RegionCode == region || r.VacancyRegionCode == region);
    }

    /// <summary>Whether the caller may see a referral loaded through <see cref="Visible"/> (staff: not the employer's link of another vacancy or status).</summary>
    public static bool CanSee(AccessScope scope, Referral referral)
    {
        if (EmployerLinkClaims.VacancyOf(scope) is { } vacancy)
        {
            return referral.VacancyId == vacancy && ReferralWorkflow.WithEmployer.Contains(referral.Status);
        }

        return scope.OrganisationId is { } organisation && (referral.ReferringOrganisationId == organisation || referral.OwnerOrganisationId == organisation || IsVacancyRegion(scope, referral));
    }

    /// <summary>The caller works in the region of the offered vacancy the referral is for (and, loaded through <see cref="Visible"/>, in its owner organisation).</summary>
    public static bool IsVacancyRegion(AccessScope scope, Referral referral) =>
        referral.VacancyRegionCode is { } region && region == scope.RegionCode;

    /// <summary>The vacancy's region accepts or refuses a referral to its offered vacancy: its advisers.</summary>
    public static bool MayAccept(AccessScope scope, Referral referral) =>
        IsVacancyRegion(scope, referral) && Policies.AdviserRoles.Any(scope.IsInRole);

    /// <summary>The adviser who referred an own candidate sends it to the employer (no owner approval needed).</summary>
    public static bool MaySend(AccessScope scope, Referral referral) =>
        referral.ReferringOrganisationId == scope.OrganisationId && !referral.NeedsOwnerApproval;

    /// <summary>The owner organisation's case managers and managers approve or decline.</summary>
    public static bool MayDecide(AccessScope scope, Referral referral) =>
        referral.OwnerOrganisationId == scope.OrganisationId && (scope.IsInRole(Roles.CaseManager) || scope.IsInRole(Roles.Manager));

    /// <summary>The referring and the owner organisation may withdraw a running referral.</summary>
    public static bool MayWithdraw(AccessScope scope, Referral referral) =>
        referral.ReferringOrganisationId == scope.OrganisationId || referral.OwnerOrganisationId == scope.OrganisationId;

    /// <summary>
    /// The employer's steps: the employer through the link of this vacancy, or an adviser of the referring organisation for them.
    /// For a vacancy offered across regions, the vacancy's region acts for its employer.</summary>
    public static bool MayActForEmployer(AccessScope scope, Referral referral) =>
        EmployerLinkClaims.VacancyOf(scope) is not null
            ? CanSee(scope, referral)
            : referral.NeedsVacancyOwnerAcceptance ? IsVacancyRegion(scope, referral) : referral.ReferringOrganisationId == scope.OrganisationId;

    /// <summary>The steps the current principal may take now: allowed by the workflow and by who they are.</summary>
    public static IReadOnlyList<string> StepsFor(AccessScope scope, Referral referral)
    {
        var steps = new List<string>();
        void Offer(string step, ReferralStatus to, bool allowed)
        {
            if (allowed && ReferralWorkflow.CanMove(referral.Status, to))
            {
                steps.Add(step);
            }
        }

        Offer(Steps.Send, ReferralStatus.SentToEmployer, referral.Status == ReferralStatus.Proposed && MaySend(scope, referral));
        Offer(Steps.Approve, ReferralStatus.SentToEmployer, referral.Status == ReferralStatus.AwaitingOwner && MayDecide(scope, referral));
        Offer(Steps.Decline, ReferralStatus.Declined, referral.Status == ReferralStatus.AwaitingOwner && MayDecide(scope, referral));
        Offer(Steps.Accept, ReferralStatus.SentToEmployer, referral.Status == ReferralStatus.AwaitingVacancyOwner && MayAccept(scope, referral));
        Offer(Steps.Refuse, ReferralStatus.Declined, referral.Status == ReferralStatus.AwaitingVacancyOwner && MayAccept(scope, referral));
        Offer(Steps.Invite, ReferralStatus.Invited, MayActForEmployer(scope, referral));
        Offer(Steps.Hire, ReferralStatus.Hired, MayActForEmployer(scope, referral));
        Offer(Steps.Reject, ReferralStatus.Rejected, MayActForEmployer(scope, referral));
        Offer(Steps.Withdraw, ReferralStatus.Withdrawn, EmployerLinkClaims.VacancyOf(scope) is null && MayWithdraw(scope, referral));
        return steps;
    }

    /// <summary>The names of the steps, as the API and the pages use them.</summary>
    public static class Steps
    {
        public const string Send = "send";
        public const string Approve = "approve";
        public const string Decline = "decline";
        public const string Accept = "accept";
        public const string Refuse = "refuse";
        public const string Withdraw = "withdraw";
        public const string Invite = "invite";
        public const string Hire = "hire";
        public const string Reject = "reject";
    }

    /// <summary>The placements the current staff member may see: those of the placing and of the owner organisation.</summary>
    public static IQueryable<Placement> Placements(WerkbrugDb db)
    {
        var organisation = db.Scope.OrganisationId ?? Guid.Empty;
        return db.Placements.Where(p => p.PlacingOrganisationId == organisation || p.OwnerOrganisationId == organisation);
    }
}
