using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
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

        notifications.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] NotificationList.Query query, NotificationList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The current user's notifications, newest first (unreadOnly to leave out read ones).");

        notifications.MapGet("/unread-count", async (NotificationList.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.UnreadAsync(ct)))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("How many of the current user's notifications are unread.");

        notifications.MapPost("/{id:guid}/read", async (Guid id, MarkNotificationRead.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).NoContent(text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("Marks one of the current user's notifications read (404 for anyone else's).");
    }
}
