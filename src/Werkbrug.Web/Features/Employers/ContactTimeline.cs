using System.Text.Json.Serialization;
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
        [property: JsonConverter(typeof(JsonStringEnumConverter<ContactChannel>))] ContactChannel Channel,
        [property: JsonConverter(typeof(JsonStringEnumConverter<ContactInitiator>))] ContactInitiator Initiator,
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
        public async Task<Result<IReadOnlyList<Entry>>> HandleAsync(Guid employerId, CancellationToken cancellationToken)
        {
            if (!await db.Employers.AnyAsync(e => e.Id == employerId, cancellationToken))
            {
                return Error.NotFound();
            }

            return Result<IReadOnlyList<Entry>>.Success(await ForAsync(db, employerId, cancellationToken));
        }

        /// <summary>One contact moment, or NotFound when it is not in the user's region.</summary>
        public async Task<Result<Entry>> OneAsync(Guid id, CancellationToken cancellationToken) =>
            await Project(db, db.ContactMoments.Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken) is { } entry ? entry : Error.NotFound();

        internal static async Task<List<Entry>> ForAsync(WerkbrugDb db, Guid employerId, CancellationToken cancellationToken) =>
            await Project(db, db.ContactMoments
                .Where(c => c.EmployerId == employerId)
                .OrderByDescending(c => c.OccurredAtUtc).ThenByDescending(c => c.LoggedAtUtc))
                .ToListAsync(cancellationToken);

        private static IQueryable<Entry> Project(WerkbrugDb db, IQueryable<ContactMoment> contacts) =>
            contacts.Select(c => new Entry(
                    c.Id, c.EmployerId, c.OccurredAtUtc, c.Channel, c.Initiator,
                    c.AdviserUserId, db.Users.Where(u => u.Id == c.AdviserUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                    c.OrganisationId, db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstOrDefault() ?? string.Empty,
                    c.Topics, c.Note, c.FollowUp, c.FollowUpDue, c.FollowUpDoneAtUtc, c.IsPlanned, c.LoggedAtUtc));
    }
}
