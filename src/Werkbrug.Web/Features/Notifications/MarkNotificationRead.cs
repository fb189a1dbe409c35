using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Notifications;

/// <summary>Marks one of the current user's notifications read (again is harmless). Someone else's is not found.</summary>
public static class MarkNotificationRead
{
    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<DateTime>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var me = db.Scope.UserId;
            var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientUserId == me, cancellationToken);
            if (notification is null)
            {
                return Error.NotFound();
            }

            notification.MarkRead(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return notification.ReadAtUtc!.Value;
        }
    }
}
