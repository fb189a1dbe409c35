using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>
/// One aftercare task: what, when, for whom, and (once done) how it went. The record is opened only for the
/// assignee's organisation; whether the user may act on it (complete, reschedule, add a moment) is part of the view.
/// </summary>
public static class AftercareTaskDetails
{
    public sealed record View(
        Guid Id,
        AftercareTaskKind Kind,
        DurabilityCheckpoint? Checkpoint,
        string? Label,
        DateOnly DueOn,
        bool Overdue,
        int DaysLate,
        Guid AssigneeUserId,
        string AssigneeName,
        DateOnly? CompletedOn,
        bool? DoneOnTime,
        string? CompletedByName,
        string? Outcome,
        string VacancyTitle,
        string EmployerName,
        Candidate Candidate,
        Guid ReferralId,
        Guid? PlacementId,
        bool CanAct,
        bool CanAddMoment,
        int Version);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var task = await AftercareQueries.VisibleTasks(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (task is null)
            {
                return Error.NotFound();
            }

            var referral = await db.Referrals.AsNoTracking().FirstAsync(r => r.Id == task.ReferralId, cancellationToken);
            var assignee = await db.Users.Where(u => u.Id == task.AssigneeUserId).Select(u => new { u.DisplayName, u.OrganisationId }).FirstAsync(cancellationToken);
            var completedBy = task.CompletedByUserId is { } by ? await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) : null;
            var vacancy = await db.Vacancies.Where(v => v.Id == referral.VacancyId).Select(v => v.Title).FirstOrDefaultAsync(cancellationToken);
            var employer = await db.Employers.Where(e => e.Id == referral.EmployerId).Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken);
            var names = await AftercareQueries.NamesAsync(db, access, [referral.JobSeekerId], cancellationToken);
            var organisation = db.Scope.OrganisationId;
            var canAct = AftercareQueries.MayAct(db.Scope, assignee.OrganisationId, referral);
            var canAddMoment = task.PlacementId is not null && referral.ReferringOrganisationId == organisation;
            var outcome = assignee.OrganisationId == organisation ? vault.OpenAftercareNote(task.RegionCode, task.SealedOutcome) : null;
            var today = DutchTime.Today(clock);

            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Read, [referral.Pseudonym], cancellationToken);
            return new View(
                task.Id, task.Kind, task.Checkpoint, task.Label, task.DueOn, task.IsOverdue(today), task.IsDone ? 0 : AftercareQueries.DaysLate(task.DueOn, today),
                task.AssigneeUserId, assignee.DisplayName, task.CompletedOn, task.DoneOnTime, completedBy, outcome,
                vacancy ?? string.Empty, employer ?? string.Empty, AftercareQueries.CandidateOf(names, referral.JobSeekerId, referral.Pseudonym),
                task.ReferralId, task.PlacementId, canAct, canAddMoment, task.Version);
        }
    }
}
