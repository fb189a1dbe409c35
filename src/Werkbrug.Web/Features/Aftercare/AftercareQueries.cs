using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>The candidate of a task or referral as the privacy model allows: the name for those who see the person by name (<see cref="JobSeekerAccess"/>), else the pseudonym only.</summary>
public sealed record Candidate(string Pseudonym, string? Name)
{
    public string Display => Name ?? Pseudonym;
}

/// <summary>The open tasks and waiting referral steps of the signed-in user (the counts in the navigation).</summary>
public sealed record TaskCounts(int Open, int Overdue);

/// <summary>The queries the aftercare worklists share; visibility always starts at <see cref="ReferralAccess"/>.</summary>
public static class AftercareQueries
{
    /// <summary>The tasks whose referral the current principal may see.</summary>
    public static IQueryable<AftercareTask> VisibleTasks(WerkbrugDb db)
    {
        var visible = ReferralAccess.Visible(db);
        return db.AftercareTasks.Where(t => visible.Any(r => r.Id == t.ReferralId));
    }

    /// <summary>
    /// Referrals waiting for the current user's decision as the owner: a case manager's own job seekers, every one of the
    /// organisation's for its managers.
    /// </summary>
    public static IQueryable<Referral> AwaitingDecision(WerkbrugDb db)
    {
        var scope = db.Scope;
        var organisation = scope.OrganisationId ?? Guid.Empty;
        var me = scope.UserId ?? Guid.Empty;
        var waiting = ReferralAccess.Visible(db).Where(r => r.Status == ReferralStatus.AwaitingOwner && r.OwnerOrganisationId == organisation);
        if (scope.IsInRole(Roles.Manager))
        {
            return waiting;
        }

        return scope.IsInRole(Roles.CaseManager)
            ? waiting.Where(r => db.JobSeekers.Any(j => j.Id == r.JobSeekerId && j.CaseManagerUserId == me))
            : waiting.Where(r => false);
    }

    /// <summary>The current user's own referrals still to be sent to the employer.</summary>
    public static IQueryable<Referral> ToSend(WerkbrugDb db)
    {
        var me = db.Scope.UserId ?? Guid.Empty;
        return ReferralAccess.Visible(db).Where(r => r.ReferredByUserId == me && r.Status == ReferralStatus.Proposed);
    }

    /// <summary>Two COUNT queries: the open tasks assigned to me (and how many are late), and the referrals waiting for me.</summary>
    public static async Task<TaskCounts> CountsAsync(WerkbrugDb db, DateOnly today, CancellationToken cancellationToken)
    {
        var me = db.Scope.UserId ?? Guid.Empty;
        var tasks = await db.AftercareTasks.Where(t => t.AssigneeUserId == me && t.CompletedOn == null)
            .GroupBy(t => 1)
            .Select(g => new { Open = g.Count(), Overdue = g.Count(t => t.DueOn < today) })
            .SingleOrDefaultAsync(cancellationToken); // one group at most
        var referrals = await AwaitingDecision(db).Select(r => r.Id).Concat(ToSend(db).Select(r => r.Id)).CountAsync(cancellationToken);
        return new TaskCounts((tasks?.Open ?? 0) + referrals, tasks?.Overdue ?? 0);
    }

    /// <summary>The candidates of <paramref name="jobSeekerIds"/> as <see cref="JobSeekerAccess"/> lets the current user see them.</summary>
    public static async Task<Dictionary<Guid, string?>> NamesAsync(
        WerkbrugDb db, JobSeekerAccess access, IEnumerable<Guid> jobSeekerIds, CancellationToken cancellationToken)
    {
        var ids = jobSeekerIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var profiles = await db.JobSeekers.AsNoTracking().Where(j => ids.Contains(j.Id)).ToListAsync(cancellationToken);
        return profiles.ToDictionary(p => p.Id, p => access.Of(p).ShowsIdentity() ? $"{p.GivenName} {p.Surname}" : null);
    }

    public static Candidate CandidateOf(Dictionary<Guid, string?> names, Guid jobSeekerId, string pseudonym) =>
        new(pseudonym, names.GetValueOrDefault(jobSeekerId));

    /// <summary>Calendar days past the due date (0 when not late).</summary>
    public static int DaysLate(DateOnly due, DateOnly today) => Math.Max(today.DayNumber - due.DayNumber, 0);

    /// <summary>Staff of the assignee's organisation, or of the referral's referring organisation, act on a task.</summary>
    public static bool MayAct(AccessScope scope, Guid assigneeOrganisationId, Referral referral) =>
        scope.OrganisationId is { } organisation && (organisation == assigneeOrganisationId || organisation == referral.ReferringOrganisationId);

    /// <summary>
    /// An open task to change (tracked) with its referral: not found when the referral is invisible to the user (another
    /// organisation), forbidden when they see it but neither belong to the assignee's nor to the referring organisation,
    /// a conflict when the task is already done.
    /// </summary>
    public static async Task<Result<(AftercareTask Task, Referral Referral)>> ForChangeAsync(WerkbrugDb db, Guid id, CancellationToken cancellationToken)
    {
        var task = await VisibleTasks(db).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return Error.NotFound();
        }

        var referral = await db.Referrals.AsNoTracking().FirstAsync(r => r.Id == task.ReferralId, cancellationToken);
        var assigneeOrganisation = await db.Users.Where(u => u.Id == task.AssigneeUserId).Select(u => u.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        if (!MayAct(db.Scope, assigneeOrganisation, referral))
        {
            return new Error(ErrorKind.Forbidden, "Aftercare.NotYourTask");
        }

        return task.IsDone ? Error.Conflict("Aftercare.AlreadyDone") : (task, referral);
    }
}
