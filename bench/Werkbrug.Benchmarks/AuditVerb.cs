using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>audit</c>: audited reads per second, 1, 8 and 32 concurrent callers on one region's chain, on SQLite and (when
/// <see cref="PostgresVariable"/> names a server) on PostgreSQL. Baseline: the per-request transaction of ADR 0006 (a copy of
/// that algorithm below); against it the group-commit <see cref="AuditWriter"/> (ADR 0016). Both run on the same fresh
/// database through the app's own registrations, with the same warm-up; each read appends one batch of
/// <see cref="SubjectsPerRead"/> subjects in its own DI scope, as a request would.
/// </summary>
internal static class AuditVerb
{
    public const string PostgresVariable = "WERKBRUG_BENCH_POSTGRES";
    private const int SubjectsPerRead = 10;
    private const string Region = "AM14";
    private static readonly int[] CallerCounts = [1, 8, 32];

    public static int Run(Options options) => RunAsync(options.Seconds ?? 3).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(int seconds)
    {
        var summary = new List<string>();
        foreach (var database in Databases())
        {
            try
            {
                using var host = Host(database.Provider, database.ConnectionString);
                await PrepareAsync(host.Services);
                foreach (var callers in CallerCounts)
                {
                    var baseline = await MeasureAsync(host.Services, callers, seconds, (db, batch) => PerRequestTransaction.AppendAsync(db, batch));
                    var writer = host.Services.GetRequiredService<AuditWriter>();
                    var grouped = await MeasureAsync(host.Services, callers, seconds, (_, batch) => writer.AppendAsync([batch], CancellationToken.None));
                    Console.WriteLine($"audit: db={database.Name} callers={callers} per_request_tx_reads_per_s={baseline:F0} group_commit_reads_per_s={grouped:F0} ratio={grouped / baseline:F2}");
                    summary.Add($"{database.Name}_c{callers}_ratio={grouped / baseline:F2}");
                }

                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
                db.Scope.EnterSystemScope();
                var verification = await new AuditChainVerifier(db).VerifyAsync(Region, CancellationToken.None);
                Console.WriteLine($"audit: db={database.Name} processing_records={verification.ProcessingRecords} chain_intact={verification.IsIntact}");
            }
            finally
            {
                database.Drop();
            }
        }

        Console.WriteLine($"audit: subjects_per_read={SubjectsPerRead} seconds={seconds} {string.Join(' ', summary)}");
        return 0;
    }

    /// <summary>Appends for one second (warm-up, not counted), then counts completed appends for <paramref name="seconds"/>.</summary>
    private static async Task<double> MeasureAsync(IServiceProvider services, int callers, int seconds, Func<WerkbrugDb, AuditBatch, Task> append)
    {
        await RunForAsync(services, callers, TimeSpan.FromSeconds(1), append);
        var clock = Stopwatch.StartNew();
        var count = await RunForAsync(services, callers, TimeSpan.FromSeconds(seconds), append);
        return count / clock.Elapsed.TotalSeconds;
    }

    private static async Task<long> RunForAsync(IServiceProvider services, int callers, TimeSpan duration, Func<WerkbrugDb, AuditBatch, Task> append)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var done = 0L;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
                db.Scope.EnterSystemScope();
                await append(db, ABatch());
                Interlocked.Increment(ref done);
            }
        })));
        return done;
    }

    private static AuditBatch ABatch() => new(
        Region, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), ProcessingActivities.ProfileManagement, AuditAction.List, AuditResult.Success,
        [.. Enumerable.Range(0, SubjectsPerRead).Select(_ => "WZ-" + RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 10))],
        Guid.NewGuid(), Guid.NewGuid(), "CaseManager", "GET /api/v1/job-seekers", DateTime.UtcNow);

    private static IHost Host(DatabaseProvider provider, string connectionString)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration[DatabaseOptions.Section + ":Provider"] = provider.ToString();
        builder.Configuration["ConnectionStrings:" + DatabaseSetup.ConnectionStringName] = connectionString;
        builder.Logging.ClearProviders();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddWerkbrugDatabase(builder.Configuration, builder.Environment);
        builder.Services.AddPersonalDataProtection();
        return builder.Build();
    }

    /// <summary>What start-up does for the audit log: migrate, SQLite in WAL mode, this month's partitions.</summary>
    private static async Task PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await db.Database.MigrateAsync();
        await AuditPartitions.EnsureAsync(db, DateTime.UtcNow, CancellationToken.None);
    }

    private sealed record Database(string Name, DatabaseProvider Provider, string ConnectionString, Action Drop);

    private static IEnumerable<Database> Databases()
    {
        var folder = Path.Combine(Path.GetTempPath(), "werkbrug-bench-audit-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        yield return new Database("sqlite", DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "audit.db")}", () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        });

        if (Environment.GetEnvironmentVariable(PostgresVariable) is not { Length: > 0 } server)
        {
            Console.WriteLine($"audit: PostgreSQL skipped; set {PostgresVariable}=\"Host=127.0.0.1;Port=...;Username=postgres\" to include it");
            yield break;
        }

        var name = "werkbrug_bench_audit_" + Guid.NewGuid().ToString("N")[..8];
        Admin(server, $"CREATE DATABASE {name}");
        yield return new Database("postgres", DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), () =>
        {
            NpgsqlConnection.ClearAllPools();
            Admin(server, $"DROP DATABASE {name} WITH (FORCE)");
        });
    }

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The baseline: ADR 0006's append, one transaction per read, copied from <c>DatabaseAuditLogStore</c> as it was before
    /// the group commit (per region: PostgreSQL advisory lock or SQLite's write lock, read the head, add the records,
    /// save, commit; a lost race for the head retries).
    /// </summary>
    private static class PerRequestTransaction
    {
        private const int Attempts = 5;

        public static async Task AppendAsync(WerkbrugDb db, AuditBatch batch)
        {
            for (var attempt = 1; ; attempt++)
            {
                var added = new List<object>();
                try
                {
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    if (db.Database.IsNpgsql())
                    {
                        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(batch.RegionCode)})");
                    }

                    var head = await db.AuditChainHeads.FirstOrDefaultAsync(h => h.RegionCode == batch.RegionCode);
                    if (head is null)
                    {
                        head = new AuditChainHead { RegionCode = batch.RegionCode };
                        db.AuditChainHeads.Add(head);
                        added.Add(head);
                    }

                    added.AddRange(Chain(db, head, batch));
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                    return;
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    foreach (var entry in db.ChangeTracker.Entries().Where(e => added.Contains(e.Entity) || e.Entity is AuditChainHead).ToList())
                    {
                        entry.State = EntityState.Detached;
                    }

                    await Task.Delay(Random.Shared.Next(5, 25 * attempt));
                }
            }
        }

        private static List<object> Chain(WerkbrugDb db, AuditChainHead head, AuditBatch batch)
        {
            var at = AuditChain.Truncate(batch.AtUtc);
            var records = new List<object>();
            foreach (var subject in batch.SubjectPseudonyms)
            {
                var record = new ProcessingLogRecord
                {
                    RegionCode = batch.RegionCode,
                    Sequence = head.ProcessingSequence + 1,
                    TraceId = batch.TraceId,
                    ActivityCode = batch.ActivityCode,
                    SubjectPseudonym = subject,
                    Action = batch.Action,
                    Result = batch.Result,
                    AtUtc = at,
                    OrganisationId = batch.OrganisationId,
                };
                record.Seal(head.ProcessingHash);
                db.ProcessingLog.Add(record);
                records.Add(record);
                (head.ProcessingSequence, head.ProcessingHash) = (record.Sequence, record.Hash);
            }

            var user = new UserAuditRecord
            {
                RegionCode = batch.RegionCode,
                Sequence = head.UserSequence + 1,
                TraceId = batch.TraceId,
                ActorUserId = batch.ActorUserId,
                ActorOrganisationId = batch.OrganisationId,
                Roles = batch.Roles,
                Path = batch.Path,
                ActivityCode = batch.ActivityCode,
                Action = batch.Action,
                SubjectCount = batch.SubjectPseudonyms.Count,
                AtUtc = at,
            };
            user.Seal(head.UserHash);
            db.UserAuditLog.Add(user);
            records.Add(user);
            (head.UserSequence, head.UserHash) = (user.Sequence, user.Hash);
            return records;
        }

        private static long LockKey(string regionCode) =>
            BitConverter.ToInt64(SHA256.HashData(Encoding.ASCII.GetBytes("werkbrug-audit-chain:" + regionCode)), 0);
    }
}
