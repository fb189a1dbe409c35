using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Features.Vacancies;
using Werkbrug.Web.Infrastructure.Api;

namespace Werkbrug.Web.Features.Home;

public static partial class TodayList
{
    /// <summary>The groups of those who watch others' work: managers and region coordinators, analysts, administrators.</summary>
    public sealed partial class Handler
    {
        private static readonly PageRequest FirstPage = new() { PageSize = Shown };

        /// <summary>The late front-door requests of the region ("Te laat"), the oldest first.</summary>
        private async Task<Group> OverdueIntakeRequestsAsync(CancellationToken cancellationToken)
        {
            var page = (await lists.OverdueIntakeRequests.ListAsync(FirstPage, cancellationToken)).Value;
            return new Group("overdue-intake-requests", text["Today.OverdueIntakeRequests"], page.Total, "/intake-requests/overdue", [.. page.Items.Select(r => new Item(
                $"{r.Reference} · {r.CompanyName}", $"/intake-requests/{r.Id}",
                text["Today.Reason.WorkingDaysLate", r.WorkingDaysLate, r.TeamName ?? text["Today.NoTeam"]], r.DueDate, true))]);
        }

        /// <summary>Late aftercare of the organisation (region coordinators: the region); candidates by pseudonym, as on that list.</summary>
        private async Task<Group> OverdueAftercareAsync(CancellationToken cancellationToken)
        {
            var page = (await lists.OverdueAftercare.ListAsync(FirstPage, cancellationToken)).Value;
            return new Group("overdue-aftercare", text["Today.OverdueAftercare"], page.Total, "/aftercare/overdue", [.. page.Items.Select(t => new Item(
                $"{TaskKind(t.Kind, t.Checkpoint, t.Label)} · {t.Pseudonym} · {t.VacancyTitle}", $"/aftercare/overdue#overdue-{t.Id}",
                text["Today.Reason.DaysLate", t.DaysLate, t.AssigneeName], t.DueOn, true))]);
        }

        /// <summary>The running vacancies escalated to the region.</summary>
        private async Task<Group> EscalatedVacanciesAsync(CancellationToken cancellationToken)
        {
            var page = (await lists.Vacancies.HandleAsync(new VacancyList.Query { PageSize = Shown, Escalated = true }, cancellationToken)).Value;
            return new Group("escalated-vacancies", text["Today.EscalatedVacancies"], page.Total, "/vacancies?Escalated=true", [.. page.Items.Select(v => new Item(
                $"{v.Title} · {v.EmployerName}", $"/vacancies/{v.Id}", text["Today.Reason.Escalated", v.OwnerOrganisationName], Local(v.LastActivityAtUtc), false))]);
        }

        /// <summary>How many job-seeker profiles are stale, per organisation (counts only).</summary>
        private async Task<Group> FreshnessAsync(CancellationToken cancellationToken)
        {
            var organisations = (await lists.Freshness.HandleAsync(cancellationToken)).Value.Organisations;
            return new Group("stale-profiles", text["Today.StaleProfiles"], organisations.Sum(o => o.Stale), "/job-seekers/freshness", [.. organisations
                .Where(o => o.Stale > 0).OrderByDescending(o => o.Stale).ThenBy(o => o.Organisation, StringComparer.CurrentCulture).Take(Shown)
                .Select(o => new Item(o.Organisation, "/job-seekers/freshness", text["Today.Reason.StaleShare", o.Stale, o.Total, o.StalePercent], null, false))]);
        }

        /// <summary>The indicators an analyst starts from, for the current quarter against the one before.</summary>
        private static readonly string[] StartIndicators =
        [
            IndicatorCatalogue.Placements, IndicatorCatalogue.CrossPartnerPlacements, IndicatorCatalogue.LastingSixMonths,
            IndicatorCatalogue.ReferralsHired, IndicatorCatalogue.IntakeAnsweredInTime, IndicatorCatalogue.AftercareOnTime,
        ];

        /// <summary>
        /// The region's key figures from the indicator engine (Features/Indicators), exactly as the dashboard shows them for
        /// the current quarter: aggregates only, small groups hidden; each links to its definition.
        /// </summary>
        private async Task<Group> FiguresAsync(CancellationToken cancellationToken)
        {
            var figures = (await lists.Indicators.ManyAsync(StartIndicators.Select(k => IndicatorCatalogue.Find(k)!), new IndicatorFigures.Query(), cancellationToken)).Value;
            var items = figures.Select(f => new Item(f.Name, IndicatorDefinitions.PageOf(f.Key), text["Today.Figures.Value",
                IndicatorDefinitions.Show(f.Value, f.Kind, text), IndicatorDefinitions.Show(f.Previous, f.Kind, text)], null, false)).ToList();
            return new Group("figures", text["Today.Figures", figures[0].Period.Label], items.Count, "/indicators", items);
        }

        /// <summary>Accounts that need the administrator (locked out, or active without a role) and organisations without active users.</summary>
        private async Task<IReadOnlyList<Group>> AdministrationAsync(CancellationToken cancellationToken)
        {
            var users = await lists.Users.HandleAsync(cancellationToken);
            var now = clock.GetUtcNow();
            // The lockout end is a DateTimeOffset, which SQLite cannot compare: the few set ones are compared here.
            var lockouts = (await db.Users.Where(u => u.LockoutEnd != null).Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken))
                .Where(u => u.LockoutEnd > now).ToDictionary(u => u.Id, u => u.LockoutEnd!.Value);
            var waiting = users.Where(u => lockouts.ContainsKey(u.Id) || (u.IsActive && u.Roles.Count == 0)).ToList();
            var accounts = new Group("users", text["Today.Users"], waiting.Count, "/administration/users", [.. waiting.Take(Shown).Select(u => lockouts.TryGetValue(u.Id, out var until)
                ? new Item($"{u.DisplayName} ({u.Email})", $"/administration/users/edit/{u.Id}", text["Today.Reason.LockedOut", DutchTime.Format(until.UtcDateTime)], null, false)
                : new Item($"{u.DisplayName} ({u.Email})", $"/administration/users/edit/{u.Id}", text["Today.Reason.NoRole"], null, false))]);

            var staffed = users.Where(u => u.IsActive).Select(u => u.OrganisationId).ToHashSet();
            var empty = (await lists.Organisations.HandleAsync(cancellationToken)).Where(o => !staffed.Contains(o.Id)).ToList();
            var organisations = new Group("organisations", text["Today.Organisations"], empty.Count, "/administration/organisations", [.. empty.Take(Shown).Select(o => new Item(
                o.Name, $"/administration/organisations/edit/{o.Id}", text["Today.Reason.NoUsers"], null, false))]);
            return [accounts, organisations];
        }
    }
}
