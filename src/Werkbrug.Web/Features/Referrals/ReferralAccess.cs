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

    /// <summary>The placements the current staff member may see: those of the placing and of the owner organisation.</summary>
    public static IQueryable<Placement> Placements(WerkbrugDb db)
    {
        var organisation = db.Scope.OrganisationId ?? Guid.Empty;
        return db.Placements.Where(p => p.PlacingOrganisationId == organisation || p.OwnerOrganisationId == organisation);
    }
}
