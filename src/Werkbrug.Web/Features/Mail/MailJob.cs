using Microsoft.Extensions.Options;
using Werkbrug.Web.Infrastructure.Jobs;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Mail;

/// <summary>
/// The outbox's sender, on the one instance that holds the job lease <see cref="LeaseName"/>: every
/// <see cref="EmailOptions.PollSeconds"/> it sends what is due (<see cref="MailSender"/>), and every
/// <see cref="RemindersEvery"/> it writes the reminders and digests that are due (<see cref="MailReminders"/>). Disabled
/// (<c>Email:Enabled</c> false), it does nothing: mails stay in the outbox.
/// </summary>
public sealed partial class MailJob(
    IServiceScopeFactory scopes, JobLeases leases, MailSender sender, IOptions<EmailOptions> options, TimeProvider clock, ILogger<MailJob> logger)
    : BackgroundService
{
    public const string LeaseName = "mail";

    public static readonly TimeSpan RemindersEvery = TimeSpan.FromMinutes(10);

    private bool _failing;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return Task.CompletedTask;
        }

        return leases.RunWhileHoldingAsync(LeaseName, RunAsync, stoppingToken);
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.PollSeconds);
        DateTimeOffset? lastReminders = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                if (lastReminders is null || clock.GetUtcNow() - lastReminders >= RemindersEvery)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
                    await scope.ServiceProvider.GetRequiredService<MailReminders>().RunAsync(stoppingToken);
                    lastReminders = clock.GetUtcNow();
                }

                await sender.SendDueAsync(stoppingToken);
                _failing = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Once per spell of failures (the database is away, most likely), not every few seconds.
                if (!_failing)
                {
                    _failing = true;
                    LogFailed(logger, exception);
                }
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "E-mail is disabled (Email:Enabled): mails stay in the outbox; administrators see them under Beheer > E-mail")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(LogLevel.Error, "E-mail job failed; it tries again every poll interval and logs again once it has recovered and fails anew")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
