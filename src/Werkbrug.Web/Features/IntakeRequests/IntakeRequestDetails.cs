using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>
/// One intake request: everything the employer gave, routing, owner, due date, status, answer or close reason,
/// the registered employer (or the region's employer with the same KvK number) and the full history.
/// </summary>
public static class IntakeRequestDetails
{
    /// <summary>The actions the current status allows: pick-up, answer, close, reopen (assign is allowed until closed).</summary>
    public static class Actions
    {
        public const string PickUp = "pick-up";
        public const string Assign = "assign";
        public const string Answer = "answer";
        public const string Close = "close";
        public const string Reopen = "reopen";

        public static IReadOnlyList<string> For(IntakeRequestStatus status)
        {
            var actions = new List<string>();
            if (status == IntakeRequestStatus.New)
            {
                actions.Add(PickUp);
            }

            if (status != IntakeRequestStatus.Closed)
            {
                actions.Add(Assign);
            }

            if (IntakeRequestRules.CanMove(status, IntakeRequestStatus.Answered))
            {
                actions.Add(Answer);
            }

            if (status == IntakeRequestStatus.Answered)
            {
                actions.Add(Reopen);
            }

            if (IntakeRequestRules.CanMove(status, IntakeRequestStatus.Closed))
            {
                actions.Add(Close);
            }

            return actions;
        }
    }

    public sealed record EmployerLink(Guid Id, string TradeName, bool RegisteredFromRequest);

    /// <summary>A vacancy created from this request.</summary>
    public sealed record VacancyLink(Guid Id, string Title);

    public sealed record Event(
        DateTime AtUtc,
        Guid UserId,
        string UserName,
        IntakeRequestEventKind Kind,
        IntakeRequestStatus Status,
        string? TeamName,
        string? AssignedUserName,
        Guid? EmployerId,
        string? Note);

    public sealed record View(
        Guid Id,
        string Reference,
        IntakeRequestType Type,
        string CompanyName,
        string? KvkNumber,
        string ContactName,
        string Email,
        string Phone,
        string Municipality,
        string? SbiSection,
        string Text,
        DateTimeOffset SubmittedAt,
        DateOnly DueDate,
        IntakeRequestStatus Status,
        bool IsOverdue,
        Guid? TeamId,
        string? TeamName,
        Guid? OwnerUserId,
        string? OwnerName,
        string? Answer,
        DateTime? AnsweredAtUtc,
        string? CloseReason,
        EmployerLink? Employer,
        IReadOnlyList<VacancyLink> Vacancies,
        IReadOnlyList<string> AllowedActions,
        IReadOnlyList<Event> History,
        int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var r = await db.IntakeRequests.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (r is null)
            {
                return Error.NotFound();
            }

            var teamName = await db.Teams.Where(t => t.Id == r.AssignedTeamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
            var ownerName = await db.Users.Where(u => u.Id == r.OwnerUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
            var history = await db.IntakeRequestEvents.Where(e => e.IntakeRequestId == id)
                .OrderBy(e => e.AtUtc)
                .Select(e => new Event(
                    e.AtUtc, e.UserId,
                    db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                    e.Kind, e.Status,
                    db.Teams.Where(t => t.Id == e.TeamId).Select(t => t.Name).FirstOrDefault(),
                    db.Users.Where(u => u.Id == e.AssignedUserId).Select(u => u.DisplayName).FirstOrDefault(),
                    e.EmployerId, e.Note))
                .ToListAsync(cancellationToken);
            var vacancies = await db.Vacancies.Where(v => v.IntakeRequestId == id).OrderBy(v => v.CreatedAtUtc)
                .Select(v => new VacancyLink(v.Id, v.Title)).ToListAsync(cancellationToken);

            return new View(
                r.Id, r.Reference, r.Type, r.CompanyName, r.KvkNumber, r.ContactName, r.Email, r.Phone, r.Municipality, r.SbiSection, r.Text,
                r.SubmittedAt, r.DueDate, r.Status, r.IsOverdue(DutchTime.Today(clock)), r.AssignedTeamId, teamName, r.OwnerUserId, ownerName,
                r.Answer, r.AnsweredAtUtc, r.CloseReason, await EmployerAsync(r, cancellationToken), vacancies, Actions.For(r.Status), history, r.Version);
        }

        /// <summary>The employer registered from this request, else the region's employer with the request's KvK number.</summary>
        private async Task<EmployerLink?> EmployerAsync(IntakeRequest request, CancellationToken cancellationToken)
        {
            if (request.EmployerId is { } employerId)
            {
                var name = await db.Employers.Where(e => e.Id == employerId).Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken);
                if (name is not null)
                {
                    return new EmployerLink(employerId, name, RegisteredFromRequest: true);
                }
            }

            if (request.KvkNumber is { } kvk)
            {
                var known = await db.Employers.Where(e => e.KvkNumber == kvk).Select(e => new { e.Id, e.TradeName }).FirstOrDefaultAsync(cancellationToken);
                if (known is not null)
                {
                    return new EmployerLink(known.Id, known.TradeName, RegisteredFromRequest: false);
                }
            }

            return null;
        }
    }
}
