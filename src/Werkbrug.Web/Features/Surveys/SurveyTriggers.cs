using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// Sends an employer survey by itself, in the same transaction as the change that causes it (the other features do not
/// know about surveys): a front-door request closed, a referral ended (hired or rejected), a placement registered. Each open
/// employer survey of the region with that trigger on invites the employer, subject to the once-per-period rule and
/// unsubscribes (<see cref="SurveyInvitations"/>).
/// </summary>
public sealed class SurveyTriggers(IDataProtectionProvider protection, TimeProvider clock, IStringLocalizer<SharedResource> text) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is WerkbrugDb db && !db.Scope.IsSystem && db.Scope.RegionCode is not null)
        {
            await InviteAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) => result;

    private async Task InviteAsync(WerkbrugDb db, CancellationToken cancellationToken)
    {
        // WerkbrugDb's save has detected the changes already.
        var closed = db.ChangeTracker.Entries<IntakeRequest>()
            .Where(e => e.State == EntityState.Modified && e.Entity.Status == IntakeRequestStatus.Closed && e.Property(r => r.Status).OriginalValue != IntakeRequestStatus.Closed)
            .Select(e => e.Entity).ToList();
        var referrals = db.ChangeTracker.Entries<Referral>()
            .Where(e => e.State == EntityState.Modified && e.Entity.Status is ReferralStatus.Hired or ReferralStatus.Rejected && e.Property(r => r.Status).OriginalValue != e.Entity.Status)
            .Select(e => e.Entity.EmployerId).ToList();
        var placements = db.ChangeTracker.Entries<Placement>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.EmployerId).ToList();
        if (closed.Count == 0 && referrals.Count == 0 && placements.Count == 0)
        {
            return;
        }

        var surveys = await db.Surveys.Where(s => s.IsOpen && s.Audience == SurveyAudience.Employers && (s.AfterIntakeRequest || s.AfterReferral || s.AfterPlacement))
            .OrderBy(s => s.CreatedAtUtc).ToListAsync(cancellationToken);
        if (surveys.Count == 0)
        {
            return;
        }

        var invitations = new SurveyInvitations(db, new MailOutbox(db, protection, clock), clock, text);
        foreach (var survey in surveys)
        {
            foreach (var request in survey.AfterIntakeRequest ? closed : [])
            {
                var employer = request.EmployerId is { } id ? await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) : null;
                await invitations.AddressAsync(
                    survey, request.Email, request.EmployerId, request.SbiSection ?? employer?.SbiSections.FirstOrDefault(),
                    employer is null ? null : Bands.Of(employer.SizeClass), employer?.AccountManagerUserId ?? request.OwnerUserId, InvitationTrigger.IntakeRequestClosed, cancellationToken);
            }

            var employers = (survey.AfterReferral ? referrals.Select(id => (id, InvitationTrigger.ReferralCompleted)) : [])
                .Concat(survey.AfterPlacement ? placements.Select(id => (id, InvitationTrigger.Placement)) : [])
                .DistinctBy(e => e.id);
            foreach (var (employerId, trigger) in employers)
            {
                if (await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken) is { } employer)
                {
                    await invitations.EmployerAsync(survey, employer, trigger, cancellationToken);
                }
            }
        }
    }
}
