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
/// <see cref="PostgresVariable"/> names a server) on PostgreSQL. Baselines: the per-request transaction of ADR 0006 and the
/// group commit of ADR 0016 writing through EF's SaveChanges (copies of both algorithms below); against them the app's
/// <see cref="AuditWriter"/> with its set-based store (ADR 0037). All run on the same fresh database through the app's own
/// registrations, with the same warm-up; each read appends one batch of <see cref="SubjectsPerRead"/> subjects in its own
/// DI scope, as a request would.
/// </summary>
internal static class AuditVerb
{
    public const string PostgresVariable = "WERKBRUG_BENCH_POSTGRES";
    private const int SubjectsPerRead = 10;
    private const string Region = "AM14";
    private static readonly int[] CallerCounts = [1, 8, 32];

    public static int Run(Options options) => RunAsync(options.Seconds ?? 3, options.Callers is { } callers ? [callers] : CallerCounts).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(int seconds, int[] callerCounts)
    {
        var summary = new List<string>();
        foreach (var database in Databases())
        {
            try
            {
                using var host = Host(database.Provider, database.ConnectionString, efStore: false);
                using var efHost = Host(database.Provider, database.ConnectionString, efStore: true);
                await PrepareAsync(host.Services);
                foreach (var callers in callerCounts)
                {
                    var baseline = await MeasureAsync(host.Services, callers, seconds, (db, batch) => PerRequestTransaction.AppendAsync(db, batch));
                    var efWriter = efHost.Services.GetRequiredService<AuditWriter>();
                    var ef = await MeasureAsync(efHost.Services, callers, seconds, (_, batch) => efWriter.AppendAsync([batch], [], CancellationToken.None));
                    var writer = host.Services.GetRequiredService<AuditWriter>();
                    var grouped = await MeasureAsync(host.Services, callers, seconds, (_, batch) => writer.AppendAsync([batch], [], CancellationToken.None));
                    Console.WriteLine(
                        $"audit: db={database.Name} callers={callers} per_request_tx_reads_per_s={baseline:F0} group_commit_ef_reads_per_s={ef:F0} " +
                        $"group_commit_set_reads_per_s={grouped:F0} ratio={grouped / baseline:F2} set_vs_ef={grouped / ef:F2}");
                    summary.Add($"{database.Name}_c{callers}_ratio={grouped / baseline:F2} {database.Name}_c{callers}_set_vs_ef={grouped / ef:F2}");
                }

                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
                db.Scope.EnterSystemScope();
                var verification = await new AuditChainVerifier(db).VerifyAsync(Region, CancellationToken.None);
                Console.WriteLine($"audit: db={database.Name} processing_records={verification.ProcessingRecords} chain_intact={verification.IsIntact}");
                if (db.Database.IsNpgsql())
                {
                    Console.WriteLine($"audit: db={database.Name} {await SizesAsync(db)}");
                }
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

    /// <summary>
    /// PostgreSQL: the mean stored size of a record (<c>pg_column_size</c> of the row: its data and 24-byte header) and the
    /// bytes on disk over all partitions of each log, table and indexes together: per record for the user log, per subject
    /// for the processing log (ADR 0056: one record names a read's subjects). The row size per subject counts the records
    /// the app's writer made (more than one subject); the disk size includes the baselines' one-subject records, so it is
    /// an upper bound.
    /// </summary>
    private static async Task<string> SizesAsync(WerkbrugDb db)
    {
        var row = await db.Database.SqlQueryRaw<double>("""
            SELECT coalesce(avg(pg_column_size(t.*)::float8 / cardinality(t."SubjectPseudonyms")), 0) AS "Value"
            FROM "ProcessingLogRecords" AS t WHERE cardinality(t."SubjectPseudonyms") > 1
            """).SingleAsync();
        var disk = await db.Database.SqlQueryRaw<double>("""
            SELECT (SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = '"ProcessingLogRecords"'::regclass)::float8
                / greatest((SELECT sum(cardinality("SubjectPseudonyms")) FROM "ProcessingLogRecords"), 1) AS "Value"
            """).SingleAsync();
        var userRow = await db.Database.SqlQueryRaw<double>("""SELECT avg(pg_column_size(t.*))::float8 AS "Value" FROM "UserAuditRecords" AS t""").SingleAsync();
        var userDisk = await db.Database.SqlQueryRaw<double>("""
            SELECT (SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = '"UserAuditRecords"'::regclass)::float8
                / greatest((SELECT count(*) FROM "UserAuditRecords"), 1) AS "Value"
            """).SingleAsync();
        return $"processing_row_bytes_per_subject={row:F0} processing_disk_bytes_per_subject={disk:F0} user_row_bytes={userRow:F0} user_disk_bytes_per_record={userDisk:F0}";
    }

    private static IHost Host(DatabaseProvider provider, string connectionString, bool efStore)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration[DatabaseOptions.Section + ":Provider"] = provider.ToString();
        builder.Configuration["ConnectionStrings:" + DatabaseSetup.ConnectionStringName] = connectionString;
        builder.Logging.ClearProviders();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddWerkbrugDatabase(builder.Configuration, builder.Environment);
        builder.Services.AddPersonalDataProtection();
        if (efStore)
        {
            builder.Services.AddScoped<IAuditLogStore, EfSaveChangesStore>();
        }

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

        public static List<object> Chain(WerkbrugDb db, AuditChainHead head, AuditBatch batch)
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
                    SubjectPseudonyms = [subject],
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

        public static long LockKey(string regionCode) =>
            BitConverter.ToInt64(SHA256.HashData(Encoding.ASCII.GetBytes("werkbrug-audit-chain:" + regionCode)), 0);
    }

    /// <summary>
    /// The second baseline: <c>DatabaseAuditLogStore</c> as ADR 0016 left it (copied): the group's records added to EF's
    /// change tracker and written by SaveChanges (on PostgreSQL EF's batched single-row inserts, on SQLite one statement per
    /// record built by EF), the heads tracked and saved with their version.
    /// </summary>
    private sealed class EfSaveChangesStore(WerkbrugDb db) : IAuditLogStore
    {
        private const int Attempts = 5;

        public async Task AppendAsync(IReadOnlyList<AuditBatch> batches, CancellationToken cancellationToken)
        {
            var keys = batches.Select(b => b.RegionCode).Distinct().ToDictionary(r => r, PerRequestTransaction.LockKey);
            var regions = keys.Keys.ToList();
            var lockOrder = keys.Values.Order().ToArray();
            for (var attempt = 1; ; attempt++)
            {
                var added = new List<object>();
                try
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    if (db.Database.IsNpgsql())
                    {
                        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(k) FROM unnest({lockOrder}) AS k", cancellationToken);
                    }

                    var heads = await db.AuditChainHeads.Where(h => regions.Contains(h.RegionCode)).ToDictionaryAsync(h => h.RegionCode, cancellationToken);
                    foreach (var region in regions.Where(r => !heads.ContainsKey(r)))
                    {
                        var head = new AuditChainHead { RegionCode = region };
                        db.AuditChainHeads.Add(head);
                        added.Add(head);
                        heads[region] = head;
                    }

                    foreach (var batch in batches)
                    {
                        added.AddRange(PerRequestTransaction.Chain(db, heads[batch.RegionCode], batch));
                    }

                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    foreach (var entry in db.ChangeTracker.Entries().Where(e => added.Contains(e.Entity) || e.Entity is AuditChainHead).ToList())
                    {
                        entry.State = EntityState.Detached;
                    }

                    await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken);
                }
            }
        }
    }
}
