using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Home;

/// <summary>Who the signed-in user is (organisation, team, region, roles) and per role the pages they work from; the worklist is <see cref="TodayList"/>.</summary>
public static class StartPage
{
    public sealed record View(
        string DisplayName, string OrganisationName, string? TeamName, string RegionName, IReadOnlyList<string> Roles, IReadOnlyList<RoleTask> Tasks);

    public sealed record RoleTask(string Role, string LabelKey, string Href);

    /// <summary>Per role, the pages that role works from. Later features add their entries here.</summary>
    public static IReadOnlyList<RoleTask> AllTasks { get; } =
    [
        new(Roles.AccountManager, "Start.Task.Employers", "/employers"),
        new(Roles.AccountManager, "Start.Task.RegisterEmployer", "/employers/new"),
        new(Roles.AccountManager, "Start.Task.IntakeRequests", "/intake-requests"),
        new(Roles.Manager, "Start.Task.IntakeOverdue", "/intake-requests/overdue"),
        new(Roles.RegionCoordinator, "Start.Task.IntakeOverdue", "/intake-requests/overdue"),
        new(Roles.AccountManager, "Start.Task.Vacancies", "/vacancies"),
        new(Roles.CaseManager, "Start.Task.ClientInView", "/job-seekers/in-view"),
        new(Roles.CaseManager, "Start.Task.JobSeekers", "/job-seekers"),
        new(Roles.CaseManager, "Start.Task.RegisterJobSeeker", "/job-seekers/new"),
        new(Roles.AccountManager, "Start.Task.RegionalPool", "/job-seekers/pool"),
        new(Roles.Manager, "Start.Task.Freshness", "/job-seekers/freshness"),
        new(Roles.RegionCoordinator, "Start.Task.Freshness", "/job-seekers/freshness"),
        new(Roles.Manager, "Start.Task.Indicators", "/indicators"),
        new(Roles.RegionCoordinator, "Start.Task.Indicators", "/indicators"),
        new(Roles.Analyst, "Start.Task.Indicators", "/indicators"),
        new(Roles.Administrator, "Start.Task.Organisations", "/administration/organisations"),
        new(Roles.Administrator, "Start.Task.Users", "/administration/users"),
        new(Roles.Administrator, "Start.Task.Teams", "/administration/teams"),
    ];

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<View?> HandleAsync(CancellationToken cancellationToken)
        {
            var userId = db.Scope.UserId;
            var me = await db.Users.Where(u => u.Id == userId)
                .Select(u => new
                {
                    u.DisplayName,
                    Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).First(),
                    Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault(),
                    Region = db.Regions.Where(r => r.Code == u.RegionCode).Select(r => r.Name).First(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (me is null)
            {
                return null;
            }

            var roles = Roles.All.Where(db.Scope.IsInRole).ToList();
            return new View(me.DisplayName, me.Organisation, me.Team, me.Region, roles, AllTasks.Where(t => roles.Contains(t.Role)).ToList());
        }
    }
}
