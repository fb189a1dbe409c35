using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>
/// The steps every status action shares: find the request (region filter: another region's is simply not found),
/// check the version the user saw, check the transition against <see cref="IntakeRequestRules"/>, write the
/// history event and save once.
/// </summary>
public sealed class IntakeRequestSteps(WerkbrugDb db, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const string TransitionNotAllowed = "IntakeRequest.TransitionNotAllowed";

    public WerkbrugDb Db => db;

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    /// <summary>The request to change, or the error: 404 when unknown here, 409 when the version moved on.</summary>
    public async Task<Result<IntakeRequest>> LoadAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var request = await db.IntakeRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return Error.NotFound();
        }

        return db.IsCurrentVersion(request, version) ? request : SaveOrConflict.StaleVersion;
    }

    /// <summary>Null when the request may move to <paramref name="to"/>, else the 409 that names both statuses.</summary>
    public Error? CheckMove(IntakeRequest request, IntakeRequestStatus to) =>
        IntakeRequestRules.CanMove(request.Status, to) ? null : Refusal(request, to);

    /// <summary>The 409 for a step the request's status does not allow; it names both statuses.</summary>
    public Error Refusal(IntakeRequest request, IntakeRequestStatus to) =>
        new(ErrorKind.Conflict, TransitionNotAllowed, null, text["IntakeStatus." + request.Status].Value, text["IntakeStatus." + to].Value);

    /// <summary>Adds the history event for a step the current user took on <paramref name="request"/> (status as it is now).</summary>
    public void Record(IntakeRequest request, IntakeRequestEventKind kind, string? note = null, Guid? teamId = null, Guid? assignedUserId = null, Guid? employerId = null) =>
        db.IntakeRequestEvents.Add(new IntakeRequestEvent
        {
            RegionCode = request.RegionCode,
            IntakeRequestId = request.Id,
            AtUtc = NowUtc,
            UserId = db.Scope.UserId!.Value,
            Kind = kind,
            Status = request.Status,
            TeamId = teamId,
            AssignedUserId = assignedUserId,
            EmployerId = employerId,
            Note = note,
        });

    /// <summary>Saves; a save based on a version that moved on in the meantime becomes the stale-version conflict.</summary>
    public async Task<Error?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOrConflict.StaleVersion;
        }
    }

    /// <summary>Refuses free text that seems to hold a citizen service number (as the contact log does).</summary>
    public static void CheckPersonalData(string? value, string field, List<Error> errors)
    {
        if (PersonalDataDetector.LooksLikeBsn(value))
        {
            errors.Add(Error.Validation(field, "IntakeRequest.LooksLikeBsn"));
        }
    }
}

/// <summary>Queries the intake slices share.</summary>
public static class IntakeRequestQueries
{
    /// <summary>Active users of the current region with an adviser role: who a request may be assigned to.</summary>
    public static IQueryable<WerkbrugUser> Advisers(this WerkbrugDb db)
    {
        var roleIds = db.Roles.Where(r => Policies.AdviserRoles.Contains(r.Name!)).Select(r => r.Id);
        return db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }

    /// <summary>The late requests: open and due before <paramref name="today"/> (see <see cref="IntakeRequestRules.IsOverdue"/>).</summary>
    public static IQueryable<IntakeRequest> Overdue(this IQueryable<IntakeRequest> requests, DateOnly today) => requests.DueBy(today.AddDays(-1));

    /// <summary>The open requests (new or in progress) due on or before <paramref name="day"/>.</summary>
    public static IQueryable<IntakeRequest> DueBy(this IQueryable<IntakeRequest> requests, DateOnly day) =>
        requests.Where(r => (r.Status == IntakeRequestStatus.New || r.Status == IntakeRequestStatus.InProgress) && r.DueDate <= day);
}
