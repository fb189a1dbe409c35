using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Features.Aftercare;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Mail;

/// <summary>
/// The mails no user action causes, written by the mail job (system scope): a reminder to the assignee of an open aftercare
/// task the day before it is due and one when it is overdue, and from <see cref="DigestAt"/> Dutch time the daily digest
/// of every user who asked for it. Each goes out once: the outbox's unique (subject, kind, day) refuses a second, and
/// every run writes only what is not there yet. A rescheduled task gets its reminders for the new date.
/// </summary>
public sealed class MailReminders(
    WerkbrugDb db, MailOutbox outbox, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public static readonly TimeOnly DigestAt = new(7, 0);

    /// <summary>At most this many mails of each kind per run; the next run writes the rest.</summary>
    public const int PerRun = 500;

    /// <summary>Writes the reminders and digests that are due; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var written = await AftercareAsync(MailKinds.AftercareDue, today.AddDays(1), today.AddDays(1), cancellationToken)
            + await AftercareAsync(MailKinds.AftercareOverdue, DateOnly.MinValue, today.AddDays(-1), cancellationToken);
        if (TimeOnly.FromDateTime(DutchTime.ToLocal(clock.GetUtcNow().UtcDateTime)) >= DigestAt)
        {
            written += await DigestsAsync(today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return written;
    }

    /// <summary>Reminders of <paramref name="kind"/> for the open tasks due from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private async Task<int> AftercareAsync(string kind, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var tasks = await (
            from t in db.AftercareTasks
            where t.CompletedOn == null && t.DueOn >= first && t.DueOn <= last
            where !db.OutboxMails.Any(m => m.SubjectId == t.Id && m.Kind == kind && m.OnDate == t.DueOn)
            join u in db.Users on t.AssigneeUserId equals u.Id
            where u.IsActive && u.Email != null
            join r in db.Referrals on t.ReferralId equals r.Id
            orderby t.DueOn
            select new { t.Id, t.RegionCode, t.Kind, t.DueOn, u.Email, r.Pseudonym, Title = db.Vacancies.Where(v => v.Id == r.VacancyId).Select(v => v.Title).FirstOrDefault() })
            .Take(PerRun).ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            outbox.Add(task.RegionCode, kind, task.Email!, new MailContent(new()
            {
                ["TaskKind"] = "@AftercareTaskKind." + task.Kind,
                ["DueOn"] = MailOutbox.Date(task.DueOn),
                ["Pseudonym"] = task.Pseudonym,
                ["VacancyTitle"] = task.Title ?? string.Empty,
                ["Link"] = $"/tasks/{task.Id}",
            }), task.Id, task.DueOn);
        }

        return tasks.Count;
    }

    private async Task<int> DigestsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.DailyDigest && u.IsActive && u.Email != null)
            .Where(u => !db.OutboxMails.Any(m => m.SubjectId == u.Id && m.Kind == MailKinds.Digest && m.OnDate == today))
            .OrderBy(u => u.Id).Take(PerRun).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => r.Name!);
        foreach (var user in users)
        {
            var (counts, unread) = await CountsAsync(user, roles[user.Id], today, cancellationToken);
            outbox.Add(user.RegionCode, MailKinds.Digest, user.Email!, new MailContent(new()
            {
                ["Name"] = user.DisplayName,
                ["Date"] = MailOutbox.Date(today),
                ["Open"] = counts.Open.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Overdue"] = counts.Overdue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Unread"] = unread.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["TasksLink"] = "/tasks",
                ["NotificationsLink"] = "/notifications",
                ["AccountLink"] = "/account",
            }), user.Id, today);
        }

        return users.Count;
    }

    /// <summary>
    /// The counts the user's own navigation shows, read as the user: in a scope of its own whose principal is theirs, so the
    /// same access rules decide what counts (the principal is set for this call only).
    /// </summary>
    private async Task<(TaskCounts Tasks, int Unread)> CountsAsync(WerkbrugUser user, IEnumerable<string> roleNames, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        http.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(WerkbrugClaimsFactory.Identity(user, roleNames, identity.Value.ClaimsIdentity)),
            RequestServices = scope.ServiceProvider,
        };
        try
        {
            var asUser = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
            return (await AftercareQueries.CountsAsync(asUser, today, cancellationToken), await asUser.UnreadCountAsync(cancellationToken));
        }
        finally
        {
            http.HttpContext = null;
        }
    }
}
