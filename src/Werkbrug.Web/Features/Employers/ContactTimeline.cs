using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
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
        DateTime LoggedAtUtc,
        string? Subject,
        string? ImportSource,
        string? ImportedAdviserName);

    public sealed record Query : PageRequest
    {
        [Required]
        public Guid? EmployerId { get; init; }
    }

    public sealed class Handler(WerkbrugDb db)
    {
        /// <summary>One page of the timeline, or NotFound when the employer is not in the user's region.</summary>
        public async Task<Result<Paged<Entry>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<Entry>>.Failure(errors);
            }

            return await db.Employers.AnyAsync(e => e.Id == query.EmployerId, cancellationToken)
                ? await db.Timeline(query.EmployerId!.Value).ToPagedAsync(query, cancellationToken)
                : Error.NotFound();
        }

        /// <summary>One contact moment, or NotFound when it is not in the user's region.</summary>
        public async Task<Result<Entry>> OneAsync(Guid id, CancellationToken cancellationToken) =>
            await db.ContactMoments.Where(c => c.Id == id).ToTimelineEntries(db).FirstOrDefaultAsync(cancellationToken) is { } entry ? entry : Error.NotFound();
    }
}
