using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Mail;

/// <summary>Outgoing e-mail: the outbox other features write to, its sender job, and the administrator's view of it.</summary>
public static class MailFeature
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailReminders>();
        services.AddScoped<OutboxStatus.Handler>();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<MailSender>();
        services.AddHostedService<MailJob>();
        return services;
    }

    public static void MapMail(this RouteGroupBuilder api)
    {
        var outbox = api.MapGroup("/mail-outbox").RequireAuthorization(Policies.Administration).WithTags("Administration");
        outbox.MapGet("/", async (OutboxStatus.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.SummaryAsync(ct)))
            .WithSummary("E-mail of your region: on or off (and the server), how many mails are pending, sent and given up, and since when the oldest waits.");
        outbox.MapGet("/mails", RuntimeBinding.Handler(async ([AsParameters] OutboxStatus.Query query, OutboxStatus.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(query, ct)).Ok(text, request)))
            .WithSummary("The region's mails, newest first (status=Pending|Sent|Failed): kind, recipient, attempts, next attempt, last error. Never what a mail says.");
    }
}
