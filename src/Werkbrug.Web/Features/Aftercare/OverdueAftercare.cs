using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Audit;
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
    public sealed record Item(
        Guid Id,
        AftercareTaskKind Kind,
        DurabilityCheckpoint? Checkpoint,
        string? Label,
        DateOnly DueOn,
        int DaysLate,
        string AssigneeName,
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
        public async Task<Overview> HandleAsync(CancellationToken cancellationToken)
        {
            var today = DutchTime.Today(clock);
            var wholeRegion = db.Scope.IsInRole(Roles.RegionCoordinator);
            var organisation = db.Scope.OrganisationId ?? Guid.Empty;
            var late = await (
                from t in db.AftercareTasks.AsNoTracking()
                where t.CompletedOn == null && t.DueOn < today
                join u in db.Users on t.AssigneeUserId equals u.Id
                where wholeRegion || u.OrganisationId == organisation
                join r in db.Referrals on t.ReferralId equals r.Id
                orderby t.DueOn, t.Id
                select new Raw(
                    t.Id, t.Kind, t.Checkpoint, t.Label, t.DueOn, u.DisplayName, u.OrganisationId,
                    db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                    u.TeamId, db.Teams.Where(m => m.Id == u.TeamId).Select(m => m.Name).FirstOrDefault(),
                    db.Vacancies.Where(v => v.Id == r.VacancyId).Select(v => v.Title).FirstOrDefault(), r.Pseudonym))
                .ToListAsync(cancellationToken);

            var groups = late.GroupBy(t => (t.OrganisationId, t.OrganisationName))
                .OrderBy(g => g.Key.OrganisationName, StringComparer.CurrentCulture)
                .Select(g => new OrganisationGroup(g.Key.OrganisationId, g.Key.OrganisationName ?? string.Empty, g.Count(), Teams(g, today)))
                .ToList();

            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.List, [.. late.Select(t => t.Pseudonym)], cancellationToken);
            return new Overview(today, wholeRegion, late.Count, groups);
        }

        /// <summary>Teams with the oldest late task first; the assignees without a team last.</summary>
        private static List<TeamGroup> Teams(IEnumerable<Raw> tasks, DateOnly today) =>
            [.. tasks.GroupBy(t => (t.TeamId, t.TeamName))
                .OrderBy(g => g.Key.TeamId is null).ThenBy(g => g.Min(t => t.DueOn)).ThenBy(g => g.Key.TeamName, StringComparer.CurrentCulture)
                .Select(g => new TeamGroup(g.Key.TeamId, g.Key.TeamName, g.Count(), [.. g.Select(t => new Item(
                    t.Id, t.Kind, t.Checkpoint, t.Label, t.DueOn, AftercareQueries.DaysLate(t.DueOn, today), t.AssigneeName,
                    t.VacancyTitle ?? string.Empty, t.Pseudonym))]))];
    }
}
