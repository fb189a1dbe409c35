using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>"Te laat": every late request of the region, oldest due date first; the page groups them per team with counts.</summary>
public static class OverdueIntakeRequests
{
    /// <summary>A late request; <see cref="TeamId"/> null when no team has it.</summary>
    public sealed record Item(
        Guid Id,
        string Reference,
        IntakeRequestType Type,
        string CompanyName,
        Guid? TeamId,
        string? TeamName,
        string? OwnerName,
        DateOnly DueDate,
        int WorkingDaysLate,
        IntakeRequestStatus Status);

    /// <summary>One team's late requests; <see cref="TeamId"/> null for requests no team has.</summary>
    public sealed record TeamGroup(Guid? TeamId, string? TeamName, int Count, IReadOnlyList<Item> Requests);

    public sealed record Overview(DateOnly Today, int Total, IReadOnlyList<TeamGroup> Teams);

    private sealed record Raw(
        Guid Id, string Reference, IntakeRequestType Type, string CompanyName, Guid? TeamId, string? TeamName, string? OwnerName, DateOnly DueDate,
        IntakeRequestStatus Status);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        /// <summary>Every late request, grouped per team: teams with the oldest late request first, the requests without a team last.</summary>
        public async Task<Overview> HandleAsync(CancellationToken cancellationToken)
        {
            var today = DutchTime.Today(clock);
            var late = (await Late(today).ToListAsync(cancellationToken)).Select(r => ToItem(r, today)).ToList();
            var groups = late.GroupBy(r => (r.TeamId, r.TeamName))
                .OrderBy(g => g.Key.TeamId is null).ThenBy(g => g.Min(r => r.DueDate)).ThenBy(g => g.Key.TeamName, StringComparer.CurrentCulture)
                .Select(g => new TeamGroup(g.Key.TeamId, g.Key.TeamName, g.Count(), g.ToList()))
                .ToList();
            return new Overview(today, late.Count, groups);
        }

        /// <summary>One page of the late requests, oldest due date first.</summary>
        public async Task<Result<Paged<Item>>> ListAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<Item>>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            var page = await Late(today).ToPagedAsync(paging, cancellationToken);
            return page.With(page.Items.Select(r => ToItem(r, today)).ToList());
        }

        private IQueryable<Raw> Late(DateOnly today) =>
            db.IntakeRequests.Overdue(today)
                .OrderBy(r => r.DueDate).ThenBy(r => r.Reference).ThenBy(r => r.Id)
                .Select(r => new Raw(
                    r.Id, r.Reference, r.Type, r.CompanyName, r.AssignedTeamId,
                    db.Teams.Where(t => t.Id == r.AssignedTeamId).Select(t => t.Name).FirstOrDefault(),
                    db.Users.Where(u => u.Id == r.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                    r.DueDate, r.Status));

        private static Item ToItem(Raw r, DateOnly today) =>
            new(r.Id, r.Reference, r.Type, r.CompanyName, r.TeamId, r.TeamName, r.OwnerName, r.DueDate, DaysLate(r.DueDate, today), r.Status);

        /// <summary>Working days since the due date (at least one: the request is late).</summary>
        private static int DaysLate(DateOnly due, DateOnly today) => Math.Max(WorkingDays.Between(due, today), 1);
    }
}
