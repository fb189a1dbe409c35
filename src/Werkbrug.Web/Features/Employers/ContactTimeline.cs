using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>The contact moments of one employer, newest first, as every adviser of the region sees them.</summary>
public static class ContactTimeline
{
    public sealed record Entry(
        Guid Id,
        Guid EmployerId,
        DateTime OccurredAtUtc,
        ContactChannel Channel,
        ContactInitiator Initiator,
        Guid AdviserUserId,
        string AdviserName,
        Guid OrganisationId,
        string OrganisationName,
        IReadOnlyList<string> Topics,
        string? Note,
        string? FollowUp,
        DateOnly? FollowUpDue,
        DateTime? FollowUpDoneAtUtc,
        bool IsPlanned,
        DateTime LoggedAtUtc);

    public sealed class Handler(WerkbrugDb db)
    {
        /// <summary>The timeline, or NotFound when the employer is not in the user's region.</summary>
        public async Task<Result<IReadOnlyList<Entry>>> HandleAsync(Guid employerId, CancellationToken cancellationToken) =>
            await db.Employers.AnyAsync(e => e.Id == employerId, cancellationToken)
                ? Result<IReadOnlyList<Entry>>.Success(await db.TimelineAsync(employerId, cancellationToken))
                : Error.NotFound();

        /// <summary>One contact moment, or NotFound when it is not in the user's region.</summary>
        public async Task<Result<Entry>> OneAsync(Guid id, CancellationToken cancellationToken) =>
            await db.ContactMoments.Where(c => c.Id == id).ToTimelineEntries(db).FirstOrDefaultAsync(cancellationToken) is { } entry ? entry : Error.NotFound();
    }
}
