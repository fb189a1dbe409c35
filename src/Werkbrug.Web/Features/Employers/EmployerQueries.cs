using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Small queries the employer slices share (STYLE 3.4: sharing inside a feature goes through query extensions).</summary>
public static class EmployerQueries
{
    /// <summary>The error for a KvK number the region already has (at another employer than <paramref name="except"/>), or null.</summary>
    public static async Task<Error?> KvkTakenAsync(this WerkbrugDb db, string kvk, Guid? except, CancellationToken cancellationToken)
    {
        var existing = await db.Employers.Where(e => e.KvkNumber == kvk && e.Id != except).Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken);
        return existing is null ? null : Error.Validation("KvkNumber", "Employer.KvkExists", kvk, existing);
    }

    /// <summary>Contact moments as the timeline shows them, with adviser and organisation names.</summary>
    public static IQueryable<ContactTimeline.Entry> ToTimelineEntries(this IQueryable<ContactMoment> contacts, WerkbrugDb db) =>
        contacts.Select(c => new ContactTimeline.Entry(
            c.Id, c.EmployerId, c.OccurredAtUtc, c.Channel, c.Initiator,
            c.AdviserUserId, db.Users.Where(u => u.Id == c.AdviserUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
            c.OrganisationId, db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstOrDefault() ?? string.Empty,
            c.Topics, c.Note, c.FollowUp, c.FollowUpDue, c.FollowUpDoneAtUtc, c.IsPlanned, c.LoggedAtUtc, c.Subject, c.ImportSource, c.ImportedAdviserName));

    /// <summary>
    /// The contacts that need <paramref name="adviserId"/> on <paramref name="today"/>: planned for that day, or with an open
    /// follow-up due that day or earlier; the earliest first.
    /// </summary>
    public static IQueryable<ContactMoment> DueContacts(this WerkbrugDb db, Guid adviserId, DateOnly today)
    {
        var (from, until) = (DutchTime.StartUtc(today), DutchTime.StartUtc(today.AddDays(1)));
        return db.ContactMoments
            .Where(c => c.AdviserUserId == adviserId
                && ((c.IsPlanned && c.OccurredAtUtc >= from && c.OccurredAtUtc < until) || (c.FollowUp != null && c.FollowUpDoneAtUtc == null && c.FollowUpDue <= today)))
            .OrderBy(c => c.FollowUpDue ?? today).ThenBy(c => c.OccurredAtUtc).ThenBy(c => c.Id);
    }

    /// <summary>One employer's contact moments, newest first.</summary>
    public static IQueryable<ContactTimeline.Entry> Timeline(this WerkbrugDb db, Guid employerId) =>
        db.ContactMoments.Where(c => c.EmployerId == employerId)
            .OrderByDescending(c => c.OccurredAtUtc).ThenByDescending(c => c.LoggedAtUtc).ThenBy(c => c.Id)
            .ToTimelineEntries(db);

    /// <summary>
    /// The warnings for the current user before contacting an employer: contacts by other advisers since
    /// <paramref name="days"/> days before <paramref name="nowUtc"/> (planned ones included), and a fixed
    /// account manager in another organisation than the user's.
    /// </summary>
    public static async Task<IReadOnlyList<ContactWarningCheck.Warning>> ContactWarningsAsync(
        this WerkbrugDb db, Guid employerId, Guid? accountManagerId, int days, DateTime nowUtc, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var me = db.Scope.UserId!.Value;
        var since = ContactWarnings.RecentSince(nowUtc, days);
        var recent = await db.ContactMoments
            .Where(c => c.EmployerId == employerId && c.AdviserUserId != me && c.OccurredAtUtc >= since)
            .GroupBy(c => c.AdviserUserId)
            .Select(g => new { AdviserUserId = g.Key, Last = g.Max(c => c.OccurredAtUtc) })
            .ToListAsync(cancellationToken);

        var userIds = recent.Select(r => r.AdviserUserId).Append(accountManagerId ?? Guid.Empty).ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.OrganisationId, Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault() })
            .ToDictionaryAsync(u => u.Id, cancellationToken);

        var warnings = new List<ContactWarningCheck.Warning>();
        foreach (var contact in recent.OrderByDescending(r => r.Last))
        {
            var user = users.GetValueOrDefault(contact.AdviserUserId);
            var (name, organisation) = (user?.DisplayName ?? string.Empty, user?.Organisation ?? string.Empty);
            warnings.Add(new(ContactWarningKind.RecentContactByOther, contact.AdviserUserId, name, organisation, contact.Last,
                text["ContactWarning.RecentContactByOther", name, organisation, DutchTime.Format(contact.Last), days]));
        }

        if (accountManagerId is { } managerId && users.TryGetValue(managerId, out var manager)
            && ContactWarnings.IsAccountManagerElsewhere(db.Scope.OrganisationId, manager.OrganisationId))
        {
            warnings.Add(new(ContactWarningKind.AccountManagerInOtherOrganisation, managerId, manager.DisplayName, manager.Organisation ?? string.Empty, null,
                text["ContactWarning.AccountManagerInOtherOrganisation", manager.DisplayName, manager.Organisation ?? string.Empty]));
        }

        return warnings;
    }
}
