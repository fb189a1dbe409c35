using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>
/// "Nazorg te laat": skipped aftercare per team of the assignee, for a manager's own organisation, or for a region
/// coordinator every organisation of the region (grouped by organisation, then team). The candidate shows as a
/// pseudonym only: managers get no names here. A reviewed exception to <c>ReferralAccess</c>: the region coordinator
/// watches the service level of the whole region, and sees nothing but pseudonyms, due dates and vacancy titles.
/// </summary>
public static class OverdueAftercare
{
    /// <summary>A late task with the organisation and team of its assignee (<see cref="TeamId"/> null: no team).</summary>
    public sealed record Item(
        Guid Id,
        AftercareTaskKind Kind,
        DurabilityCheckpoint? Checkpoint,
        string? Label,
        DateOnly DueOn,
        int DaysLate,
        string AssigneeName,
        Guid OrganisationId,
        string OrganisationName,
        Guid? TeamId,
        string? TeamName,
        string VacancyTitle,
        string Pseudonym);

    /// <summary>One team's late tasks; <see cref="TeamId"/> null for assignees without a team.</summary>
    public sealed record TeamGroup(Guid? TeamId, string? TeamName, int Count, IReadOnlyList<Item> Tasks);

    public sealed record OrganisationGroup(Guid OrganisationId, string OrganisationName, int Count, IReadOnlyList<TeamGroup> Teams);

    public sealed record Overview(DateOnly Today, bool WholeRegion, int Total, IReadOnlyList<OrganisationGroup> Organisations);

    private sealed record Raw(
        Guid Id, AftercareTaskKind Kind, DurabilityCheckpoint? Checkpoint, string? Label, DateOnly DueOn, string AssigneeName,
        Guid OrganisationId, string? OrganisationName, Guid? TeamId, string? TeamName, string? VacancyTitle, string Pseudonym);

    public sealed class Handler(WerkbrugDb db, PersonalDataAudit audit, TimeProvider clock)
    {
        /// <summary>Every late task, grouped per organisation (by name) and team.</summary>
        public async Task<Overview> HandleAsync(CancellationToken cancellationToken)
        {
            var today = DutchTime.Today(clock);
            var late = await ReadAsync(today, await Late(today).ToListAsync(cancellationToken), cancellationToken);
            var groups = late.GroupBy(t => (t.OrganisationId, t.OrganisationName))
                .OrderBy(g => g.Key.OrganisationName, StringComparer.CurrentCulture)
                .Select(g => new OrganisationGroup(g.Key.OrganisationId, g.Key.OrganisationName, g.Count(), Teams(g)))
                .ToList();
            return new Overview(today, db.Scope.IsInRole(Roles.RegionCoordinator), late.Count, groups);
        }

        /// <summary>One page of the late tasks, oldest due date first.</summary>
        public async Task<Result<Paged<Item>>> ListAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<Item>>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            var page = await Late(today).ToPagedAsync(paging, cancellationToken);
            return page.With(await ReadAsync(today, page.Items, cancellationToken));
        }

        /// <summary>The open tasks past their due date of the own organisation's staff, or of the whole region for a region coordinator.</summary>
        private IQueryable<Raw> Late(DateOnly today)
        {
            var wholeRegion = db.Scope.IsInRole(Roles.RegionCoordinator);
            var organisation = db.Scope.OrganisationId ?? Guid.Empty;
            return from t in db.AftercareTasks.AsNoTracking()
                   where t.CompletedOn == null && t.DueOn < today
                   join u in db.Users on t.AssigneeUserId equals u.Id
                   where wholeRegion || u.OrganisationId == organisation
                   join r in db.Referrals on t.ReferralId equals r.Id
                   orderby t.DueOn, t.Id
                   select new Raw(
                       t.Id, t.Kind, t.Checkpoint, t.Label, t.DueOn, u.DisplayName, u.OrganisationId,
                       db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                       u.TeamId, db.Teams.Where(m => m.Id == u.TeamId).Select(m => m.Name).FirstOrDefault(),
                       db.Vacancies.Where(v => v.Id == r.VacancyId).Select(v => v.Title).FirstOrDefault(), r.Pseudonym);
        }

        /// <summary>The tasks as listed, recorded in the audit log first.</summary>
        private async Task<List<Item>> ReadAsync(DateOnly today, IReadOnlyList<Raw> late, CancellationToken cancellationToken)
        {
            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.List, [.. late.Select(t => t.Pseudonym)], cancellationToken);
            return [.. late.Select(t => new Item(
                t.Id, t.Kind, t.Checkpoint, t.Label, t.DueOn, AftercareQueries.DaysLate(t.DueOn, today), t.AssigneeName,
                t.OrganisationId, t.OrganisationName ?? string.Empty, t.TeamId, t.TeamName, t.VacancyTitle ?? string.Empty, t.Pseudonym))];
        }

        /// <summary>Teams with the oldest late task first; the assignees without a team last.</summary>
        private static List<TeamGroup> Teams(IEnumerable<Item> tasks) =>
            [.. tasks.GroupBy(t => (t.TeamId, t.TeamName))
                .OrderBy(g => g.Key.TeamId is null).ThenBy(g => g.Min(t => t.DueOn)).ThenBy(g => g.Key.TeamName, StringComparer.CurrentCulture)
                .Select(g => new TeamGroup(g.Key.TeamId, g.Key.TeamName, g.Count(), [.. g]))];
    }
}
