using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>
/// "Mijn taken": the open aftercare tasks assigned to the signed-in user (overdue first, then by due date), the
/// referrals waiting for their decision as the owner's case manager, their own referrals still to be sent, and the
/// tasks they recently finished. Every listed candidate is recorded in the audit log before the list is returned.
/// </summary>
public static class MyTasks
{
    public const int RecentDays = 30;
    public const int RecentShown = 10;

    public sealed record Query : PageRequest
    {
        /// <summary>Only the tasks past their due date.</summary>
        public bool? OverdueOnly { get; init; }

        /// <summary>Only the open tasks due on or before this date (the late ones included; API).</summary>
        public DateOnly? DueBy { get; init; }

        /// <summary>The tasks done in the last <see cref="RecentDays"/> days instead of the open ones, latest first (API).</summary>
        public bool? Done { get; init; }
    }

    public sealed record TaskRow(
        Guid Id,
        AftercareTaskKind Kind,
        DurabilityCheckpoint? Checkpoint,
        string? Label,
        DateOnly DueOn,
        bool Overdue,
        int DaysLate,
        DateOnly? CompletedOn,
        string VacancyTitle,
        string EmployerName,
        Candidate Candidate,
        Guid ReferralId,
        Guid? PlacementId,
        int Version);

    public sealed record ReferralRow(
        Guid Id,
        ReferralStatus Status,
        string VacancyTitle,
        string EmployerName,
        Candidate Candidate,
        DateTime SinceUtc);

    public sealed record View(
        DateOnly Today,
        bool OverdueOnly,
        int OpenCount,
        int OverdueCount,
        IReadOnlyList<TaskRow> Tasks,
        IReadOnlyList<ReferralRow> AwaitingDecision,
        IReadOnlyList<ReferralRow> ToSend,
        IReadOnlyList<TaskRow> RecentlyDone);

    private sealed record RawTask(
        Guid Id, AftercareTaskKind Kind, DurabilityCheckpoint? Checkpoint, string? Label, DateOnly DueOn, DateOnly? CompletedOn,
        Guid ReferralId, Guid? PlacementId, int Version, Guid JobSeekerId, string Pseudonym, string? VacancyTitle, string? EmployerName);

    private sealed record RawReferral(Guid Id, ReferralStatus Status, Guid JobSeekerId, string Pseudonym, string? VacancyTitle, string? EmployerName, DateTime SinceUtc);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<View> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var me = db.Scope.UserId ?? Guid.Empty;
            var today = DutchTime.Today(clock);
            var recentFrom = today.AddDays(-RecentDays);
            var tasks = AftercareQueries.VisibleTasks(db).AsNoTracking().Where(t => t.AssigneeUserId == me);
            var open = await Project(tasks.Where(t => t.CompletedOn == null).OrderBy(t => t.DueOn).ThenBy(t => t.Id)).ToListAsync(cancellationToken);
            var done = await Project(tasks.Where(t => t.CompletedOn != null && t.CompletedOn >= recentFrom)
                .OrderByDescending(t => t.CompletedOn).ThenBy(t => t.Id).Take(RecentShown)).ToListAsync(cancellationToken);
            var awaiting = await ProjectReferrals(AftercareQueries.AwaitingDecision(db)).ToListAsync(cancellationToken);
            var toSend = await ProjectReferrals(AftercareQueries.ToSend(db)).ToListAsync(cancellationToken);

            var overdueOnly = query.OverdueOnly == true;
            var shown = overdueOnly ? open.Where(t => t.DueOn < today).ToList() : open;
            var listed = shown.Concat(done).Select(t => (t.JobSeekerId, t.Pseudonym))
                .Concat(awaiting.Concat(toSend).Select(r => (r.JobSeekerId, r.Pseudonym))).ToList();
            var names = await AftercareQueries.NamesAsync(db, access, listed.Select(l => l.JobSeekerId), cancellationToken);

            // The audit record comes before any personal data leaves the handler.
            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.List, [.. listed.Select(l => l.Pseudonym)], cancellationToken);
            return new View(
                today, overdueOnly, open.Count + awaiting.Count + toSend.Count, open.Count(t => t.DueOn < today),
                [.. shown.Select(t => Row(t, names, today))],
                [.. awaiting.Select(r => Row(r, names))],
                [.. toSend.Select(r => Row(r, names))],
                [.. done.Select(t => Row(t, names, today))]);
        }

        /// <summary>One page of the caller's open tasks (overdue first, then by due date), or of those done in the last <see cref="RecentDays"/> days.</summary>
        public async Task<Result<Paged<TaskRow>>> TasksAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<TaskRow>>.Failure(errors);
            }

            var me = db.Scope.UserId ?? Guid.Empty;
            var today = DutchTime.Today(clock);
            var tasks = AftercareQueries.VisibleTasks(db).AsNoTracking().Where(t => t.AssigneeUserId == me);
            if (query.Done == true)
            {
                var recentFrom = today.AddDays(-RecentDays);
                tasks = tasks.Where(t => t.CompletedOn != null && t.CompletedOn >= recentFrom).OrderByDescending(t => t.CompletedOn).ThenBy(t => t.Id);
            }
            else
            {
                tasks = tasks.Where(t => t.CompletedOn == null && (query.OverdueOnly != true || t.DueOn < today) && (query.DueBy == null || t.DueOn <= query.DueBy)).OrderBy(t => t.DueOn).ThenBy(t => t.Id);
            }

            var page = await Project(tasks).ToPagedAsync(query, cancellationToken);
            var names = await AftercareQueries.NamesAsync(db, access, page.Items.Select(t => t.JobSeekerId), cancellationToken);
            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.List, [.. page.Items.Select(t => t.Pseudonym)], cancellationToken);
            return page.With(page.Items.Select(t => Row(t, names, today)).ToList());
        }

        /// <summary>One page of the referrals waiting for the caller: their decision as the owner's case manager, or theirs to send; oldest first.</summary>
        public async Task<Result<Paged<ReferralRow>>> ReferralsAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<ReferralRow>>.Failure(errors);
            }

            var waiting = AftercareQueries.AwaitingDecision(db).Select(r => r.Id).Concat(AftercareQueries.ToSend(db).Select(r => r.Id));
            var page = await ProjectReferrals(db.Referrals.Where(r => waiting.Contains(r.Id))).ToPagedAsync(paging, cancellationToken);
            var names = await AftercareQueries.NamesAsync(db, access, page.Items.Select(r => r.JobSeekerId), cancellationToken);
            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.List, [.. page.Items.Select(r => r.Pseudonym)], cancellationToken);
            return page.With(page.Items.Select(r => Row(r, names)).ToList());
        }

        private IQueryable<RawTask> Project(IQueryable<AftercareTask> tasks) =>
            from t in tasks
            join r in db.Referrals on t.ReferralId equals r.Id
            select new RawTask(
                t.Id, t.Kind, t.Checkpoint, t.Label, t.DueOn, t.CompletedOn, t.ReferralId, t.PlacementId, t.Version, r.JobSeekerId, r.Pseudonym,
                db.Vacancies.Where(v => v.Id == r.VacancyId).Select(v => v.Title).FirstOrDefault(),
                db.Employers.Where(e => e.Id == r.EmployerId).Select(e => e.TradeName).FirstOrDefault());

        private IQueryable<RawReferral> ProjectReferrals(IQueryable<Referral> referrals) =>
            referrals.AsNoTracking().OrderBy(r => r.UpdatedAtUtc).ThenBy(r => r.Id).Select(r => new RawReferral(
                r.Id, r.Status, r.JobSeekerId, r.Pseudonym,
                db.Vacancies.Where(v => v.Id == r.VacancyId).Select(v => v.Title).FirstOrDefault(),
                db.Employers.Where(e => e.Id == r.EmployerId).Select(e => e.TradeName).FirstOrDefault(),
                r.UpdatedAtUtc));

        private static TaskRow Row(RawTask t, Dictionary<Guid, string?> names, DateOnly today) => new(
            t.Id, t.Kind, t.Checkpoint, t.Label, t.DueOn, t.CompletedOn is null && t.DueOn < today,
            t.CompletedOn is null ? AftercareQueries.DaysLate(t.DueOn, today) : 0, t.CompletedOn,
            t.VacancyTitle ?? string.Empty, t.EmployerName ?? string.Empty, AftercareQueries.CandidateOf(names, t.JobSeekerId, t.Pseudonym),
            t.ReferralId, t.PlacementId, t.Version);

        private static ReferralRow Row(RawReferral r, Dictionary<Guid, string?> names) => new(
            r.Id, r.Status, r.VacancyTitle ?? string.Empty, r.EmployerName ?? string.Empty, AftercareQueries.CandidateOf(names, r.JobSeekerId, r.Pseudonym), r.SinceUtc);
    }
}
