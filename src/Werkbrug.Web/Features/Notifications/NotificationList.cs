using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Notifications;

/// <summary>
/// The current user's notifications, newest first, with their text in the reader's language; and how many are unread.
/// A notification names a job seeker by pseudonym; the reader who sees that person by name (<see cref="JobSeekerAccess"/>:
/// the owner organisation's case managers and managers) reads the name instead, and that read is audited.
/// </summary>
public static class NotificationList
{
    public sealed record Query : PageRequest
    {
        public bool? UnreadOnly { get; init; }
    }

    public sealed record Item(Guid Id, string Kind, string Text, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

    public sealed record UnreadCount(int Unread);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, IStringLocalizer<SharedResource> text)
    {
        public async Task<Result<Paged<Item>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<Item>>.Failure(errors);
            }

            var me = db.Scope.UserId;
            var mine = db.Notifications.Where(n => n.RecipientUserId == me);
            if (query.UnreadOnly == true)
            {
                mine = mine.Where(n => n.ReadAtUtc == null);
            }

            var page = await mine.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).ToPagedAsync(query, cancellationToken);
            var pseudonyms = page.Items.SelectMany(n => n.TextArguments).Where(Pseudonyms.IsWellFormed).Distinct(StringComparer.Ordinal).ToList();
            var names = await access.NamesAsync(pseudonyms, cancellationToken);
            if (names.Count > 0)
            {
                await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.List, [.. names.Keys], cancellationToken);
            }

            return page.With(page.Items.Select(n => new Item(
                n.Id, n.Kind, n.TextKey is null ? n.PlainText ?? string.Empty : text[n.TextKey, [.. n.TextArguments.Select(a => names.GetValueOrDefault(a, a))]].Value,
                n.Link, n.CreatedAtUtc, n.ReadAtUtc)).ToList());
        }

        /// <summary>How many of the current user's notifications are unread.</summary>
        public async Task<UnreadCount> UnreadAsync(CancellationToken cancellationToken) => new(await db.UnreadCountAsync(cancellationToken));
    }
}
