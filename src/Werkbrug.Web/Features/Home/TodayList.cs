using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.Administration;
using Werkbrug.Web.Features.Aftercare;
using Werkbrug.Web.Features.Employers;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Features.IntakeRequests;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Features.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Home;

/// <summary>
/// "Vandaag voor u": per role of the signed-in user, the records that need them today, each group with its count, the
/// first <see cref="Shown"/> records and the list that shows them all. Every group is read through the list handler of
/// the feature it links to (a reviewed exception to "slices never call each other's handlers": list queries only), so scope,
/// privacy (names only where that list shows them) and the audit record of every listed person are exactly those of
/// the linked list.
/// </summary>
public static partial class TodayList
{
    public const int Shown = 5;

    /// <summary>One record that needs the user: a link to it (null when there is no page for it), why, and the date that matters.</summary>
    public sealed record Item(string Title, string? Link, string Reason, DateOnly? Date, bool Overdue);

    /// <summary>One kind of work: <see cref="Count"/> records in all, the first of them in <see cref="Items"/>, all of them at <see cref="Link"/>.</summary>
    public sealed record Group(string Key, string Heading, int Count, string? Link, IReadOnlyList<Item> Items);

    /// <summary>The groups with something in them, personal work first; none: nothing waits today.</summary>
    public sealed record View(DateOnly Today, IReadOnlyList<Group> Groups);

    /// <summary>The list handlers the groups are read through, resolved together.</summary>
    public sealed record Lists(
        MyTasks.Handler Tasks,
        IntakeRequestList.Handler IntakeRequests,
        OverdueIntakeRequests.Handler OverdueIntakeRequests,
        VacancyList.Handler Vacancies,
        ClientInView.Handler ClientInView,
        FreshnessOverview.Handler Freshness,
        OverdueAftercare.Handler OverdueAftercare,
        NotificationList.Handler Notifications,
        IndicatorFigures.Handler Indicators,
        Users.List.Handler Users,
        Organisations.List.Handler Organisations);

    public sealed partial class Handler(WerkbrugDb db, Lists lists, TimeProvider clock, IStringLocalizer<SharedResource> text)
    {
        public async Task<View> HandleAsync(CancellationToken cancellationToken)
        {
            var scope = db.Scope;
            var today = DutchTime.Today(clock);
            bool Any(IEnumerable<string> roles) => roles.Any(scope.IsInRole);
            string[] accountManagers = [Roles.AccountManager, Roles.NationalAccountManager];

            var groups = new List<Group?>();
            if (Any(Policies.TaskRoles))
            {
                groups.Add(await TasksAsync(today, cancellationToken));
                groups.Add(await ReferralsAsync(cancellationToken));
            }

            if (Any(accountManagers))
            {
                groups.Add(await MyIntakeRequestsAsync(today, cancellationToken));
                groups.Add(await MyStaleVacanciesAsync(cancellationToken));
            }

            if (Any(accountManagers))
            {
                groups.Add(await DueContactsAsync(today, cancellationToken));
            }

            if (scope.IsInRole(Roles.CaseManager))
            {
                groups.Add(await StaleClientsAsync(cancellationToken));
            }

            if (Any(Policies.ManagerRoles))
            {
                groups.Add(await OverdueIntakeRequestsAsync(cancellationToken));
                groups.Add(await OverdueAftercareAsync(cancellationToken));
                groups.Add(await EscalatedVacanciesAsync(cancellationToken));
                groups.Add(await FreshnessAsync(cancellationToken));
            }

            groups.Add(await NotificationsAsync(cancellationToken));
            if (scope.IsInRole(Roles.Analyst))
            {
                groups.Add(await FiguresAsync(cancellationToken));
            }

            if (scope.IsInRole(Roles.Administrator))
            {
                groups.AddRange(await AdministrationAsync(cancellationToken));
            }

            return new View(today, [.. groups.OfType<Group>().Where(g => g.Count > 0)]);
        }

        /// <summary>My open aftercare tasks due today or earlier, the oldest first ("Mijn taken").</summary>
        private async Task<Group> TasksAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var page = (await lists.Tasks.TasksAsync(new MyTasks.Query { PageSize = Shown, DueBy = today }, cancellationToken)).Value;
            return new Group("aftercare-tasks", text["Today.AftercareTasks"], page.Total, "/tasks", [.. page.Items.Select(t => new Item(
                $"{TaskKind(t.Kind, t.Checkpoint, t.Label)} · {t.Candidate.Display} · {t.VacancyTitle}", $"/tasks/{t.Id}", Due(t.DueOn, today), t.DueOn, t.Overdue))]);
        }

        /// <summary>Referrals waiting for my decision as the owner's case manager, or mine to send to the employer.</summary>
        private async Task<Group> ReferralsAsync(CancellationToken cancellationToken)
        {
            var page = (await lists.Tasks.ReferralsAsync(new MyTasks.Query { PageSize = Shown }, cancellationToken)).Value;
            return new Group("referrals", text["Today.Referrals"], page.Total, "/tasks", [.. page.Items.Select(r => new Item(
                $"{r.Candidate.Display} · {r.VacancyTitle} ({r.EmployerName})", $"/referrals/{r.Id}",
                text[r.Status == ReferralStatus.AwaitingOwner ? "Today.Reason.AwaitingDecision" : "Today.Reason.ToSend"], Local(r.SinceUtc), false))]);
        }

        /// <summary>Front-door requests I own that are due today or late.</summary>
        private async Task<Group> MyIntakeRequestsAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var query = new IntakeRequestList.Query { PageSize = Shown, Mine = true, DueBy = today };
            var page = (await lists.IntakeRequests.HandleAsync(query, cancellationToken)).Value;
            return new Group("intake-requests", text["Today.IntakeRequests"], page.Total, "/intake-requests?Mine=true", [.. page.Items.Select(r => new Item(
                $"{r.Reference} · {r.CompanyName}", $"/intake-requests/{r.Id}", Due(r.DueDate, today), r.DueDate, r.IsOverdue))]);
        }

        /// <summary>The running vacancies I handle without activity for too long.</summary>
        private async Task<Group> MyStaleVacanciesAsync(CancellationToken cancellationToken)
        {
            var me = db.Scope.UserId ?? Guid.Empty;
            var page = (await lists.Vacancies.HandleAsync(new VacancyList.Query { PageSize = Shown, AdviserUserId = me, StaleOnly = true }, cancellationToken)).Value;
            return new Group("stale-vacancies", text["Today.StaleVacancies"], page.Total, $"/vacancies?AdviserUserId={me}&StaleOnly=true", [.. page.Items.Select(v => new Item(
                $"{v.Title} · {v.EmployerName}", $"/vacancies/{v.Id}", text["Today.Reason.NoActivity"], Local(v.LastActivityAtUtc), false))]);
        }

        /// <summary>My employer contacts planned for today and my follow-ups due today or late (<see cref="EmployerQueries.DueContacts"/>).</summary>
        private async Task<Group> DueContactsAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var contacts = db.DueContacts(db.Scope.UserId ?? Guid.Empty, today);
            var first = await contacts.Take(Shown).Select(c => new
            {
                c.EmployerId,
                Employer = db.Employers.Where(e => e.Id == c.EmployerId).Select(e => e.TradeName).FirstOrDefault(),
                c.IsPlanned,
                c.OccurredAtUtc,
                c.FollowUp,
                c.FollowUpDue,
                c.FollowUpDoneAtUtc,
            }).ToListAsync(cancellationToken);
            return new Group("contacts", text["Today.Contacts"], await contacts.CountAsync(cancellationToken), null, [.. first.Select(c => c.FollowUp is not null && c.FollowUpDoneAtUtc is null && c.FollowUpDue is { } due && due <= today
                ? new Item(c.Employer ?? string.Empty, $"/employers/{c.EmployerId}", text["Today.Reason.FollowUp", c.FollowUp], due, due < today)
                : new Item(c.Employer ?? string.Empty, $"/employers/{c.EmployerId}", text["Today.Reason.PlannedContact", DutchTime.Format(c.OccurredAtUtc)], null, false))]);
        }

        /// <summary>My own clients whose profile is stale ("Klant in beeld"): by name, as that list shows them.</summary>
        private async Task<Group> StaleClientsAsync(CancellationToken cancellationToken)
        {
            var view = (await lists.ClientInView.HandleAsync(new ClientInView.Query { PageSize = Shown, Mine = true, StaleOnly = true }, cancellationToken)).Value;
            return new Group("stale-clients", text["Today.StaleClients"], view.Listing.Total, "/job-seekers/in-view", [.. view.Listing.Items.Select(j => new Item(
                $"{j.GivenName} {j.Surname}", $"/job-seekers/{j.Id}",
                text[j.LastContactOn is null ? "Today.Reason.NoContact" : "Today.Reason.LastContact"], j.LastContactOn, false))]);
        }

        /// <summary>My unread notifications, newest first.</summary>
        private async Task<Group> NotificationsAsync(CancellationToken cancellationToken)
        {
            var page = (await lists.Notifications.HandleAsync(new NotificationList.Query { PageSize = Shown, UnreadOnly = true }, cancellationToken)).Value;
            return new Group("notifications", text["Today.Notifications"], page.Total, "/notifications", [.. page.Items.Select(n => new Item(
                n.Text, n.Link ?? "/notifications", text["Today.Reason.Unread"], Local(n.CreatedAtUtc), false))]);
        }

        private string Due(DateOnly due, DateOnly today) =>
            text[due < today ? "Today.Reason.Late" : "Today.Reason.DueToday"];

        private string TaskKind(AftercareTaskKind kind, DurabilityCheckpoint? checkpoint, string? label)
        {
            var name = text["AftercareKind." + kind].Value;
            name = checkpoint is { } c ? $"{name} ({text["AftercareCheckpoint." + c]})" : name;
            return label is null ? name : $"{name}: {label}";
        }

        private static DateOnly Local(DateTime utc) => DateOnly.FromDateTime(DutchTime.ToLocal(utc));
    }
}
