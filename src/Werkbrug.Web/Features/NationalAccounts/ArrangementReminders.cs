using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Jobs;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>
/// Reminds the managers and region coordinators of each region that has been silent on an arrangement for
/// <see cref="NationalArrangement.ReviewWorkingDays"/> working days (again after as many working days), with a line of
/// history, and tells the national account manager. Runs in the system scope.
/// </summary>
public sealed class RemindSilentRegions(WerkbrugDb db, TimeProvider clock)
{
    private static readonly string[] RegionManagers = [Roles.Manager, Roles.RegionCoordinator];

    /// <summary>Sends what is due today; returns the number of regions reminded.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var reminded = 0;
        var inReview = await db.NationalArrangements.Where(a => a.Stage == ArrangementStage.RegionsReview
            && a.Regions.Any(r => r.Decision == RegionDecision.Silent)).ToListAsync(cancellationToken);
        foreach (var arrangement in inReview)
        {
            var due = arrangement.DueForReminder(today);
            if (due.Count == 0)
            {
                continue;
            }

            foreach (var region in due)
            {
                region.RemindedOn = today;
                db.Record(clock, arrangement, ArrangementEvent.Reminded, region.RegionCode, region.AskedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                await db.NotifyRegionAsync(
                    region.RegionCode, RegionManagers, "Notification.NationalArrangement.Reminder",
                    [arrangement.Title, DutchTime.Format(region.AskedOn ?? today)], arrangement.Id, now, cancellationToken);
                reminded++;
            }

            db.Entry(arrangement).State = EntityState.Modified;
            // One arrangement at a time: a concurrent edit of another arrangement never holds up (or undoes) these reminders.
            if (await db.SaveOrConflictAsync(cancellationToken) is not null)
            {
                db.ChangeTracker.Clear();
                reminded -= due.Count;
            }
        }

        return reminded;
    }
}

/// <summary>
/// Runs <see cref="RemindSilentRegions"/> every <see cref="Every"/> on the one instance that holds the job lease
/// <see cref="LeaseName"/> (ADR 0017), in its own system-scope DI scope.
/// </summary>
public sealed partial class ArrangementReminderJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<ArrangementReminderJob> logger) : BackgroundService
{
    public const string LeaseName = "national-arrangements";

    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => leases.RunWhileHoldingAsync(LeaseName, RunAsync, stoppingToken);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
                var reminded = await scope.ServiceProvider.GetRequiredService<RemindSilentRegions>().RunAsync(stoppingToken);
                if (reminded > 0)
                {
                    LogReminded(logger, reminded);
                }

                await Task.Delay(Every, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception);
                await Task.Delay(Every, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "National arrangements: {Count} silent regions reminded")]
    private static partial void LogReminded(ILogger logger, int count);

    [LoggerMessage(LogLevel.Error, "National arrangements: the reminder run failed; it runs again within the hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
