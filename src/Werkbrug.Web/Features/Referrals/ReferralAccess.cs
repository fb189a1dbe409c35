using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>
/// Who sees which referrals (on top of the region filter of <see cref="WerkbrugDb"/>): staff of the referring
/// organisation and of the candidate's owner organisation; an employer (through its link) the referrals of the link's
/// vacancy once they were sent to it. The one place for it: every referral, placement and aftercare query starts here.
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
            return db.Referrals.Where(r => r.VacancyId == vacancy && withEmployer.Contains(r.Status));
        }

        var organisation = scope.OrganisationId ?? Guid.Empty;
        return db.Referrals.Where(r => r.ReferringOrganisationId == organisation || r.OwnerOrganisationId == organisation);
    }

    public static bool CanSee(AccessScope scope, Referral referral)
    {
        if (EmployerLinkClaims.VacancyOf(scope) is { } vacancy)
        {
            return referral.VacancyId == vacancy && ReferralWorkflow.WithEmployer.Contains(referral.Status);
        }

        return scope.OrganisationId is { } organisation && (referral.ReferringOrganisationId == organisation || referral.OwnerOrganisationId == organisation);
    }

    /// <summary>The adviser who referred an own candidate sends it to the employer (no owner approval needed).</summary>
    public static bool MaySend(AccessScope scope, Referral referral) =>
        referral.ReferringOrganisationId == scope.OrganisationId && !referral.NeedsOwnerApproval;

    /// <summary>The owner organisation's case managers and managers approve or decline.</summary>
    public static bool MayDecide(AccessScope scope, Referral referral) =>
        referral.OwnerOrganisationId == scope.OrganisationId && (scope.IsInRole(Roles.CaseManager) || scope.IsInRole(Roles.Manager));

    /// <summary>The referring and the owner organisation may withdraw a running referral.</summary>
    public static bool MayWithdraw(AccessScope scope, Referral referral) =>
        referral.ReferringOrganisationId == scope.OrganisationId || referral.OwnerOrganisationId == scope.OrganisationId;

    /// <summary>The employer's steps: the employer through the link of this vacancy, or an adviser of the referring organisation for them.</summary>
    public static bool MayActForEmployer(AccessScope scope, Referral referral) =>
        EmployerLinkClaims.VacancyOf(scope) is not null
            ? CanSee(scope, referral)
            : referral.ReferringOrganisationId == scope.OrganisationId;

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
        Offer(Steps.Decline, ReferralStatus.Declined, MayDecide(scope, referral));
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
