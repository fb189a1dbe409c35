using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Notifications;

/// <summary>Notifications (meldingen) for staff: registration and the /api/v1/notifications endpoints.</summary>
public static class NotificationsFeature
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<NotificationList.Handler>();
        services.AddScoped<MarkNotificationRead.Handler>();
        return services;
    }

    public static void MapNotifications(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapGet("/", async ([AsParameters] NotificationList.Query query, NotificationList.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The current user's notifications, newest first, 50 per page (unreadOnly to leave out read ones), with the unread count.");

        notifications.MapPost("/{id:guid}/read", async (Guid id, MarkNotificationRead.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).NoContent(text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("Marks one of the current user's notifications read (404 for anyone else's).");
    }
}
