using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Exchange;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Jobs;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>`Werkbrug:Retention`: how long a deregistered profile is kept before the daily job erases it.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Werkbrug:Retention";

    /// <summary>Months after the deregistration date; 24 by default (0 erases on the day of deregistration).</summary>
    [Range(0, 240)]
    public int MonthsAfterDeregistration { get; set; } = 24;
}

/// <summary>
/// Really erases a profile: deletes the profile row, whose foreign keys cascade in the database to every dependent
/// row holding the person's data (consents with their free text today; every later table that references the
/// profile with a cascading key), and adds an <see cref="ErasedJobSeeker"/> placeholder without personal data so
/// the placement statistics stay consistent. The append-only audit log is not touched: it holds the pseudonym only. The
/// exchange changes feed keeps the removal but loses the partner system's external id of the person.
/// On SQLite the delete runs with <c>PRAGMA secure_delete</c> (the freed bytes are overwritten with zeros) and
/// <see cref="CompactAsync"/> then runs VACUUM and truncates the write-ahead log, so no copy of the deleted bytes
/// lingers in free pages, moved cells or old WAL frames.
/// </summary>
public sealed partial class ProfileEraser(WerkbrugDb db, ILogger<ProfileEraser> logger)
{
    /// <summary>Removes <paramref name="profile"/> (tracked) and adds its placeholder; <paramref name="save"/> saves both with the audit records.</summary>
    public async Task EraseAsync(JobSeekerProfile profile, ErasureReason reason, DateOnly today, Func<Task> save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(save);
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", cancellationToken);
            }

            // The changes feed keeps that the profile was removed (by Werkbrug's id), never the partner's key to the person:
            // the key is blanked in the person's earlier entries and left out of the removal entry, in the erasure's transaction.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await db.ExchangeChanges.Where(c => c.Kind == ExchangeKind.Profile && c.EntityId == profile.Id && c.ExternalId != null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExternalId, (string?)null), cancellationToken);
            profile.ExternalId = null;
            db.JobSeekers.Remove(profile);
            db.ErasedJobSeekers.Add(ErasedJobSeeker.Of(profile, today, reason));
            await save();
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// SQLite only: rebuilds the file (VACUUM) and truncates the write-ahead log after erasures. When another
    /// connection holds a transaction this fails; it is logged and the next erasure or the daily job compacts again.
    /// PostgreSQL reclaims dead tuples with (auto)vacuum; its files are protected by disk encryption (ADR 0007).
    /// </summary>
    public async Task CompactAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            LogCompactFailed(logger, exception);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Compacting the SQLite database after an erasure failed; the next erasure or the daily job tries again")]
    private static partial void LogCompactFailed(ILogger logger, Exception exception);
}

/// <summary>Erasure on request (GDPR art. 17) by the owner organisation's case manager or manager, with a reason code.</summary>
public static class EraseJobSeeker
{
    public sealed record Command
    {
        [Required]
        [DefinedEnum]
        public ErasureReason? Reason { get; init; }
    }

    public sealed record Erased(Guid Id, string Pseudonym, DateOnly ErasedOn, ErasureReason Reason);

    public sealed class Handler(JobSeekerAccess access, ProfileEraser eraser, PersonalDataAudit audit, TimeProvider clock)
    {
        /// <summary>The pseudonym of an own organisation's job seeker, to confirm the erasure by; 404 for anyone else's.</summary>
        public async Task<Result<string>> PseudonymAsync(Guid id, CancellationToken cancellationToken)
        {
            var pseudonym = await access.Owned.Where(j => j.Id == id).Select(j => j.Pseudonym).FirstOrDefaultAsync(cancellationToken);
            return pseudonym is null ? Error.NotFound() : pseudonym;
        }

        public async Task<Result<Erased>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var profile = await access.Owned.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (command.Reason == ErasureReason.RetentionExpired)
            {
                errors.Add(Error.Validation("Reason", "Validation.Invalid"));
            }

            if (errors.Count > 0)
            {
                return Result<Erased>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            await eraser.EraseAsync(
                profile, command.Reason!.Value, today,
                () => audit.RecordAsync(ProcessingActivities.Erasure, AuditAction.Erase, [profile.Pseudonym], cancellationToken),
                cancellationToken);
            await eraser.CompactAsync(cancellationToken);
            return new Erased(profile.Id, profile.Pseudonym, today, command.Reason.Value);
        }
    }
}

/// <summary>
/// The core of the daily retention job: erases every profile whose retention term after deregistration ran out,
/// in every region (system scope), one profile per transaction with its own audit records. Tests call it directly.
/// </summary>
public sealed partial class EraseExpiredProfiles(
    WerkbrugDb db, ProfileEraser eraser, IAuditLogStore auditStore, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<EraseExpiredProfiles> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!db.Scope.IsSystem)
        {
            throw new InvalidOperationException("The retention job runs in the system scope only.");
        }

        var today = DutchTime.Today(clock);
        var months = options.Value.MonthsAfterDeregistration;
        // A generous cut-off in SQL (month lengths differ), the exact rule in the domain.
        var cutoff = today.AddMonths(-months).AddDays(3);
        var candidates = await db.JobSeekers.Where(j => j.DeregisteredOn != null && j.DeregisteredOn <= cutoff)
            .OrderBy(j => j.DeregisteredOn).Select(j => new { j.Id, j.DeregisteredOn }).ToListAsync(cancellationToken);
        var erased = 0;
        foreach (var candidate in candidates.Where(c => ErasedJobSeeker.IsDue(c.DeregisteredOn, months, today)))
        {
            db.ChangeTracker.Clear();
            var profile = await db.JobSeekers.FirstOrDefaultAsync(j => j.Id == candidate.Id, cancellationToken);
            if (profile is null)
            {
                continue; // erased meanwhile (another instance or a request)
            }

            try
            {
                await eraser.EraseAsync(profile, ErasureReason.RetentionExpired, today, () => auditStore.AppendAsync([Batch(profile)], cancellationToken), cancellationToken);
                erased++;
            }
            catch (DbUpdateException exception)
            {
                LogFailed(logger, exception, profile.Pseudonym);
            }
        }

        db.ChangeTracker.Clear();
        if (erased > 0)
        {
            await eraser.CompactAsync(cancellationToken);
        }

        LogDone(logger, erased, months);
        return erased;
    }

    private AuditBatch Batch(JobSeekerProfile profile) => new(
        profile.RegionCode, ActivityTraceId.CreateRandom().ToHexString(), ProcessingActivities.Erasure, AuditAction.Erase, AuditResult.Success,
        [profile.Pseudonym], null, null, string.Empty, "(retention job)", clock.GetUtcNow().UtcDateTime);

    [LoggerMessage(LogLevel.Warning, "Retention job: erasing {Pseudonym} failed; it is tried again tomorrow")]
    private static partial void LogFailed(ILogger logger, Exception exception, string pseudonym);

    [LoggerMessage(LogLevel.Information, "Retention job: {Count} profiles erased ({Months} months after deregistration)")]
    private static partial void LogDone(ILogger logger, int count, int months);
}

/// <summary>
/// Runs <see cref="EraseExpiredProfiles"/> every day at 02:00 Dutch time, in its own system-scope DI scope, on the one
/// instance that holds the job lease <see cref="LeaseName"/> (another takes over when that instance stops).
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<RetentionJob> logger)
    : DailyJob(scopes, leases, clock, logger, LeaseName, RunAt)
{
    public const string LeaseName = "retention";

    public static readonly TimeOnly RunAt = new(2, 0);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<EraseExpiredProfiles>().RunAsync(cancellationToken);
}
