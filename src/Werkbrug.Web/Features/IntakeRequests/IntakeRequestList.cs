using System.ComponentModel.DataAnnotations;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>The region's intake requests, newest due date first, filtered by reference or company name, status, type, team, mine and late.</summary>
public static class IntakeRequestList
{
    public sealed record Query : PageRequest
    {
        /// <summary>The whole reference ("WSP-7K3M9QXA", any case) or a part of the company name.</summary>
        [StringLength(200)]
        public string? Q { get; init; }

        [DefinedEnum]
        public IntakeRequestStatus? Status { get; init; }

        [DefinedEnum]
        public IntakeRequestType? Type { get; init; }

        public Guid? TeamId { get; init; }

        /// <summary>Only the requests the current user owns.</summary>
        public bool? Mine { get; init; }

        /// <summary>Only the late requests (open and past the due date).</summary>
        public bool? Overdue { get; init; }

        /// <summary>Only the open requests due on or before this date (the late ones included).</summary>
        public DateOnly? DueBy { get; init; }
    }

    public sealed record Row(
        Guid Id,
        string Reference,
        IntakeRequestType Type,
        string CompanyName,
        string Municipality,
        Guid? TeamId,
        string? TeamName,
        Guid? OwnerUserId,
        string? OwnerName,
        DateTimeOffset SubmittedAt,
        DateOnly DueDate,
        IntakeRequestStatus Status,
        bool IsOverdue);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Paged<Row>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<Row>>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            var requests = db.IntakeRequests.AsQueryable();
            if (InputText.Clean(query.Q) is { } q)
            {
                var name = q.ToLowerInvariant();
                // Translated to SQL lower(...) LIKE on both providers; culture rules do not apply in the database.
#pragma warning disable CA1304, CA1311, CA1862
                requests = IntakeReference.Normalise(q) is { } reference
                    ? requests.Where(r => r.Reference == reference)
                    : requests.Where(r => r.CompanyName.ToLower().Contains(name));
#pragma warning restore CA1304, CA1311, CA1862
            }

            if (query.Status is { } status)
            {
                requests = requests.Where(r => r.Status == status);
            }

            if (query.Type is { } type)
            {
                requests = requests.Where(r => r.Type == type);
            }

            if (query.TeamId is { } teamId)
            {
                requests = requests.Where(r => r.AssignedTeamId == teamId);
            }

            if (query.Mine == true)
            {
                var me = db.Scope.UserId;
                requests = requests.Where(r => r.OwnerUserId == me);
            }

            if (query.Overdue == true)
            {
                requests = requests.Overdue(today);
            }

            if (query.DueBy is { } dueBy)
            {
                requests = requests.DueBy(dueBy);
            }

            var page = await requests
                .OrderByDescending(r => r.DueDate).ThenBy(r => r.Reference).ThenBy(r => r.Id)
                .Select(r => new
                {
                    r.Id,
                    r.Reference,
                    r.Type,
                    r.CompanyName,
                    r.Municipality,
                    r.AssignedTeamId,
                    TeamName = db.Teams.Where(t => t.Id == r.AssignedTeamId).Select(t => t.Name).FirstOrDefault(),
                    r.OwnerUserId,
                    OwnerName = db.Users.Where(u => u.Id == r.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                    r.SubmittedAt,
                    r.DueDate,
                    r.Status,
                })
                .ToPagedAsync(query, cancellationToken);
            return page.With(page.Items.Select(r => new Row(r.Id, r.Reference, r.Type, r.CompanyName, r.Municipality, r.AssignedTeamId, r.TeamName, r.OwnerUserId, r.OwnerName,
                r.SubmittedAt, r.DueDate, r.Status, IntakeRequestRules.IsOverdue(r.Status, r.DueDate, today))).ToList());
        }
    }
}
