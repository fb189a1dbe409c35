using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Notifications;

/// <summary>The current user's notifications, newest first, with their text in the reader's language.</summary>
public static class NotificationList
{
    public const int PageSize = 50;

    public sealed record Query
    {
        public bool? UnreadOnly { get; init; }

        [Range(1, 100_000)]
        public int? Page { get; init; }
    }

    public sealed record Item(Guid Id, string Kind, string Text, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

    public sealed record Listing(IReadOnlyList<Item> Items, int Unread, int Total, int Page, int PageSize);

    public sealed class Handler(WerkbrugDb db, IStringLocalizer<SharedResource> text)
    {
        public async Task<Result<Listing>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Listing>.Failure(errors);
            }

            var me = db.Scope.UserId;
            var mine = db.Notifications.Where(n => n.RecipientUserId == me);
            var unread = await mine.CountAsync(n => n.ReadAtUtc == null, cancellationToken);
            if (query.UnreadOnly == true)
            {
                mine = mine.Where(n => n.ReadAtUtc == null);
            }

            var page = query.Page ?? 1;
            var total = await mine.CountAsync(cancellationToken);
            var rows = await mine.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .ToListAsync(cancellationToken);
            var items = rows.Select(n => new Item(
                n.Id, n.Kind, n.TextKey is null ? n.PlainText ?? string.Empty : text[n.TextKey, [.. n.TextArguments]].Value, n.Link, n.CreatedAtUtc, n.ReadAtUtc)).ToList();
            return new Listing(items, unread, total, page, PageSize);
        }
    }
}
