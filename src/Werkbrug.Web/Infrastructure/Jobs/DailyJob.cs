using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Jobs;

/// <summary>
/// A job that runs once a day at <paramref name="runAt"/> Dutch time, on the one instance that holds the job lease
/// <paramref name="leaseName"/> (ADR 0017; another takes over when that instance stops). Each run gets a DI scope of its
/// own in the system scope; a failed run is logged and the job runs again the next day.
/// </summary>
public abstract partial class DailyJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger logger, string leaseName, TimeOnly runAt) : BackgroundService
{
    /// <summary>The time from <paramref name="now"/> until the next <paramref name="at"/> Dutch time: once a day, never twice on one day.</summary>
    public static TimeSpan UntilNext(TimeOnly at, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, DutchTime.Zone);
        var next = local.Date.Add(at.ToTimeSpan());
        if (next <= local.DateTime)
        {
            next = next.AddDays(1);
        }

        return DutchTime.FromLocal(next) - now;
    }

    /// <summary>One day's run, with the services of its own system-scope DI scope.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => leases.RunWhileHoldingAsync(leaseName, RunDailyAsync, stoppingToken);

    private async Task RunDailyAsync(CancellationToken stoppingToken)
    {
        LogScheduled(logger, leaseName, runAt);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNext(runAt, clock.GetUtcNow()), clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception, leaseName);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Daily job {Job}: runs on this instance, every day at {RunAt} Dutch time")]
    private static partial void LogScheduled(ILogger logger, string job, TimeOnly runAt);

    [LoggerMessage(LogLevel.Error, "Daily job {Job} failed; it runs again tomorrow")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
