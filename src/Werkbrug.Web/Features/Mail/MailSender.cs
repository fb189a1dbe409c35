using System.Security.Cryptography;
using System.Text.Json;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Werkbrug.Domain.Mail;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Mail;

/// <summary>
/// Sends the outbox's due mails through the configured SMTP server (MailKit), a batch per connection. A mail the server
/// accepts is marked sent at once, in its own save (a later failure does not send it again); one it refuses waits with a
/// doubling pause and is given up after <see cref="OutboxMail.MaxRefusals"/> refusals; while the server cannot be reached
/// every mail waits, and the log says so once per outage. Only the instance holding the mail job's lease calls it
/// (<see cref="MailJob"/>), so no two instances send the same mail.
/// </summary>
public sealed partial class MailSender(
    IServiceScopeFactory scopes, IOptions<EmailOptions> options, MailTemplates templates, IDataProtectionProvider protection, TimeProvider clock,
    ILogger<MailSender> logger)
{
    public const int BatchSize = 20;

    private bool _outage;

    /// <summary>Sends every mail that is due, until none is left or the server cannot be reached; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return 0;
        }

        var sent = 0;
        bool more;
        do
        {
            (var count, more) = await SendBatchAsync(cancellationToken);
            sent += count;
        }
        while (more);

        return sent;
    }

    private async Task<(int Sent, bool More)> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMails.Where(m => m.Status == OutboxMailStatus.Pending && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (0, false);
        }

        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await ConnectAsync(client, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await WaitAsync(db, due, exception, cancellationToken);
            return (0, false);
        }

        if (_outage)
        {
            _outage = false;
            LogBack(logger);
        }

        var sent = 0;
        for (var i = 0; i < due.Count; i++)
        {
            var mail = due[i];
            MimeMessage message;
            try
            {
                message = Compose(mail);
            }
            catch (Exception exception) when (exception is CryptographicException or JsonException or ParseException or InvalidOperationException)
            {
                mail.MarkUnsendable(clock.GetUtcNow().UtcDateTime, "The mail could not be made: " + exception.GetType().Name);
                await db.SaveChangesAsync(cancellationToken);
                LogUnsendable(logger, mail.Id, exception.GetType().Name);
                continue;
            }

            try
            {
                await client.SendAsync(message, cancellationToken);
                mail.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (SmtpCommandException exception)
            {
                // 5xx: this message is refused; 4xx: try again later, as long as it takes.
                mail.MarkAttemptFailed(clock.GetUtcNow().UtcDateTime, Describe(exception), refused: (int)exception.StatusCode >= 500);
                LogRefused(logger, mail.Id, (int)exception.StatusCode);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                await WaitAsync(db, due[i..], exception, cancellationToken);
                return (sent, false);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or SmtpProtocolException)
        {
            // Everything is sent and saved; a connection that breaks while saying goodbye changes nothing.
        }

        return (sent, due.Count == BatchSize);
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await client.ConnectAsync(settings.Host!, settings.Port, settings.Tls, cancellationToken);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? string.Empty, cancellationToken);
        }
    }

    /// <summary>The server cannot be reached (or let us in): the mails wait for their next attempt; the log says so once.</summary>
    private async Task WaitAsync(WerkbrugDb db, IEnumerable<OutboxMail> mails, Exception exception, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var mail in mails)
        {
            mail.MarkAttemptFailed(now, Describe(exception), refused: false);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!_outage)
        {
            _outage = true;
            LogOutage(logger, options.Value.Host ?? string.Empty, options.Value.Port, exception.GetType().Name, exception.Message);
        }
    }

    private MimeMessage Compose(OutboxMail mail)
    {
        var settings = options.Value;
        var content = JsonSerializer.Deserialize<MailContent>(MailOutbox.Protector(protection, mail.RegionCode).Unprotect(mail.SealedContent!))!;
        var rendered = templates.Render(mail.Kind, content.Values, settings.BaseUrl!);
        var message = new MimeMessage
        {
            Subject = rendered.Subject,
            // The outbox id: should a crash between the server's acceptance and our save ever send a mail twice, the
            // receiving side sees the same message id.
            MessageId = $"{mail.Id:N}@{settings.BaseUrl!.Host}",
            Date = clock.GetUtcNow(),
            Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From!));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        if (content.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        return message;
    }

    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

    [LoggerMessage(LogLevel.Warning, "E-mail: the mail server {Host}:{Port} cannot be reached ({Error}: {Message}); mails wait in the outbox and are sent once it is back")]
    private static partial void LogOutage(ILogger logger, string host, int port, string error, string message);

    [LoggerMessage(LogLevel.Information, "E-mail: the mail server is reachable again; the waiting mails are being sent")]
    private static partial void LogBack(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "E-mail: the mail server refused mail {MailId} ({StatusCode}); it is tried again later")]
    private static partial void LogRefused(ILogger logger, Guid mailId, int statusCode);

    [LoggerMessage(LogLevel.Error, "E-mail: mail {MailId} cannot be made ({Error}: its content does not open, its address or template is invalid); it is given up")]
    private static partial void LogUnsendable(ILogger logger, Guid mailId, string error);
}
