using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>"Te laat": every late request of the region, grouped per team with counts, oldest due date first.</summary>
public static class OverdueIntakeRequests
{
    public sealed record Item(
        Guid Id,
        string Reference,
        IntakeRequestType Type,
        string CompanyName,
        string? OwnerName,
        DateOnly DueDate,
        int WorkingDaysLate,
        IntakeRequestStatus Status);

    /// <summary>One team's late requests; <see cref="TeamId"/> null for requests no team has.</summary>
    public sealed record TeamGroup(Guid? TeamId, string? TeamName, int Count, IReadOnlyList<Item> Requests);

    public sealed record Overview(DateOnly Today, int Total, IReadOnlyList<TeamGroup> Teams);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Overview> HandleAsync(CancellationToken cancellationToken)
        {
            var today = DutchTime.Today(clock);
            var late = await db.IntakeRequests.Overdue(today)
                .OrderBy(r => r.DueDate).ThenBy(r => r.Reference)
                .Select(r => new
                {
                    r.Id,
                    r.Reference,
                    r.Type,
                    r.CompanyName,
                    r.DueDate,
                    r.Status,
                    r.AssignedTeamId,
                    TeamName = db.Teams.Where(t => t.Id == r.AssignedTeamId).Select(t => t.Name).FirstOrDefault(),
                    OwnerName = db.Users.Where(u => u.Id == r.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);

            // Teams with the oldest late request first; the requests without a team last.
            var groups = late.GroupBy(r => (r.AssignedTeamId, r.TeamName))
                .OrderBy(g => g.Key.AssignedTeamId is null).ThenBy(g => g.Min(r => r.DueDate)).ThenBy(g => g.Key.TeamName, StringComparer.CurrentCulture)
                .Select(g => new TeamGroup(g.Key.AssignedTeamId, g.Key.TeamName, g.Count(),
                    g.Select(r => new Item(r.Id, r.Reference, r.Type, r.CompanyName, r.OwnerName, r.DueDate, DaysLate(r.DueDate, today), r.Status)).ToList()))
                .ToList();
            return new Overview(today, late.Count, groups);
        }

        /// <summary>Working days since the due date (at least one: the request is late).</summary>
        private static int DaysLate(DateOnly due, DateOnly today) => Math.Max(Domain.Common.WorkingDays.Between(due, today), 1);
    }
}
