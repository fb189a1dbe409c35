using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Jobs;

/// <summary>A row of <c>JobLeases</c>: the instance that runs the periodic job <see cref="Name"/>, until <see cref="ExpiresAt"/> (UTC).</summary>
public sealed class JobLease
{
    public required string Name { get; init; }

    public required string Holder { get; set; }

    public DateTime ExpiresAt { get; set; }
}

/// <summary>`Werkbrug:Jobs`: how long a job lease lasts without renewal (the holder renews it every third of that).</summary>
public sealed class JobLeaseOptions
{
    public const string Section = "Werkbrug:Jobs";

    /// <summary>60 by default: after a crash another instance takes the job over within a minute.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 60;
}

/// <summary>
/// Runs a periodic job on exactly one instance of those sharing the database. An instance takes a job's lease, or
/// renews its own, with one conditional upsert (<see cref="TryHoldAsync"/>); the database lets only one statement win,
/// so two instances never both hold it. The holder renews every third of the lease and stops the job as soon as a renewal
/// fails; a stopping instance gives its lease back, one that crashed leaves it to expire. Expiry is judged by the clock of
/// the instance that asks, so the instances' clocks must agree to well within the lease (NTP).
/// </summary>
public sealed partial class JobLeases(IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobLeaseOptions> options, ILogger<JobLeases> logger)
{
    /// <summary>This instance in <c>JobLeases.Holder</c>: host name, process id and a random part (tests run two hosts in one process).</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private TimeSpan Duration => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Takes the lease <paramref name="name"/> when it is free or expired, or extends this instance's own; false when another instance holds it.</summary>
    public async Task<bool> TryHoldAsync(string name, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expiresAt = now + Duration;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        // The same statement on SQLite (3.24+) and PostgreSQL: the row is written only when it is new, ours or expired.
        var written = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAt") VALUES ({name}, {Instance}, {expiresAt})
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAt" = excluded."ExpiresAt"
            WHERE "JobLeases"."Holder" = excluded."Holder" OR "JobLeases"."ExpiresAt" < {now}
            """, cancellationToken);
        return written == 1;
    }

    /// <summary>
    /// Runs <paramref name="job"/> while this instance holds the lease <paramref name="name"/>: tries to take it every third
    /// of the lease, starts the job when it has it, cancels the job when a renewal fails, gives the lease back on stop.
    /// </summary>
    public async Task RunWhileHoldingAsync(string name, Func<CancellationToken, Task> job, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        CancellationTokenSource? holding = null;
        var running = Task.CompletedTask;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var holds = await AttemptAsync(name, stoppingToken);
                if (holds && holding is null)
                {
                    LogTaken(logger, name, Instance);
                    holding = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    running = job(holding.Token);
                }
                else if (!holds && holding is not null)
                {
                    LogLost(logger, name);
                    await StopAsync(holding, running);
                    holding = null;
                }

                await Task.Delay(Duration / 3, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            if (holding is not null)
            {
                await StopAsync(holding, running);
                await ReleaseAsync(name);
            }
        }
    }

    private async Task<bool> AttemptAsync(string name, CancellationToken stoppingToken)
    {
        try
        {
            var holds = await TryHoldAsync(name, stoppingToken);
            if (!holds)
            {
                LogHeldElsewhere(logger, name);
            }

            return holds;
        }
        catch (DbException exception)
        {
            LogAttemptFailed(logger, exception, name);
            return false;
        }
    }

    private static async Task StopAsync(CancellationTokenSource holding, Task running)
    {
        await holding.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // The job stopped as asked.
        }
        finally
        {
            holding.Dispose();
        }
    }

    private async Task ReleaseAsync(string name)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "JobLeases" WHERE "Name" = {name} AND "Holder" = {Instance}""");
            LogReleased(logger, name);
        }
        catch (DbException exception)
        {
            LogReleaseFailed(logger, exception, name);
        }
    }

    [LoggerMessage(LogLevel.Information, "Job lease {Name}: taken by this instance ({Instance}), which runs the job now")]
    private static partial void LogTaken(ILogger logger, string name, string instance);

    [LoggerMessage(LogLevel.Debug, "Job lease {Name}: held by another instance")]
    private static partial void LogHeldElsewhere(ILogger logger, string name);

    [LoggerMessage(LogLevel.Warning, "Job lease {Name}: not renewed; the job stops on this instance and another one takes it over when the lease expires")]
    private static partial void LogLost(ILogger logger, string name);

    [LoggerMessage(LogLevel.Warning, "Job lease {Name}: the database could not be asked; tried again shortly")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string name);

    [LoggerMessage(LogLevel.Information, "Job lease {Name}: given back on stop")]
    private static partial void LogReleased(ILogger logger, string name);

    [LoggerMessage(LogLevel.Warning, "Job lease {Name}: could not be given back on stop; it expires by itself")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string name);
}
