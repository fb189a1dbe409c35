using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Notifications;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Notifications;

/// <summary>
/// How other features create notifications: they add them to the same unit of work as their own change, so both
/// are saved (or neither) with the caller's one SaveChanges.
/// </summary>
public static class NotificationOutbox
{
    /// <summary>
    /// Adds a notification for every member of the region's teams: each active user of the region with an adviser role
    /// (<see cref="Policies.AdviserRoles"/>) who belongs to a team. When no adviser of the region is in a team (a region
    /// that has not set up teams yet), every active adviser of the region gets it, so an escalation is never lost.
    /// The user who caused it (<paramref name="exceptUserId"/>) is left out. Returns the number of recipients.
    /// </summary>
    public static async Task<int> NotifyRegionTeamsAsync(
        this WerkbrugDb db, string regionCode, Guid? exceptUserId, string kind, string textKey, IReadOnlyList<string> arguments, string link,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var roles = Policies.AdviserRoles.ToArray();
        var advisers = await db.Users
            .Where(u => u.RegionCode == regionCode && u.IsActive)
            .Where(u => db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).Any(n => roles.Contains(n!)))
            .Select(u => new { u.Id, u.TeamId })
            .ToListAsync(cancellationToken);
        var inTeams = advisers.Where(a => a.TeamId is not null).ToList();
        var recipients = (inTeams.Count > 0 ? inTeams : advisers).Select(a => a.Id).Where(id => id != exceptUserId).Distinct().ToList();
        db.Notifications.AddRange(recipients.Select(id => New(regionCode, id, kind, textKey, arguments, link, nowUtc)));
        return recipients.Count;
    }

    /// <summary>A notification for one user; arguments are cut to their stored length.</summary>
    public static Notification New(string regionCode, Guid recipient, string kind, string textKey, IReadOnlyList<string> arguments, string link, DateTime nowUtc)
    {
        if (!Notification.IsLocalLink(link))
        {
            throw new ArgumentException("A notification links to a local path only.", nameof(link));
        }

        return new Notification
        {
            RegionCode = regionCode,
            RecipientUserId = recipient,
            Kind = kind,
            TextKey = textKey,
            TextArguments = arguments.Select(a => a.Length > NotificationLimits.Argument ? a[..NotificationLimits.Argument] : a).ToList(),
            Link = link,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>The current user's unread notifications: one indexed count, for the navigation.</summary>
    public static Task<int> UnreadCountAsync(this WerkbrugDb db, CancellationToken cancellationToken)
    {
        var me = db.Scope.UserId;
        return me is null ? Task.FromResult(0) : db.Notifications.CountAsync(n => n.RecipientUserId == me && n.ReadAtUtc == null, cancellationToken);
    }
}
