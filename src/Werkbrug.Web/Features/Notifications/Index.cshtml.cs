using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Notifications;

[Authorize(Policy = Policies.Staff)]
public sealed class NotificationsPage(NotificationList.Handler handler, MarkNotificationRead.Handler markRead, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public Paged<NotificationList.Item> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new NotificationList.Query { Page = PageNumber is > 0 ? PageNumber : 1 }, cancellationToken);
        if (result.IsSuccess)
        {
            Listing = result.Value;
        }

        Unread = (await handler.UnreadAsync(cancellationToken)).Unread;
    }

    public async Task<IActionResult> OnPostReadAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var result = await markRead.HandleAsync(notificationId, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        TempData["Notice"] = text["Notifications.MarkedRead"].Value;
        return RedirectToPage("/Notifications/Index");
    }
}
