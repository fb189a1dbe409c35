using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Tests.Drills;

namespace Werkbrug.Web.Tests.Infrastructure.Audit;

/// <summary>
/// The audit log's storage guarantees: one hash chain per region that parallel writers never fork, tampering
/// found by the verifier, and no update or delete accepted by the code or by the database. Region AM29 is
/// this class's alone for the tamper test (nobody else verifies that chain while it is broken).
/// </summary>
public sealed class AuditLogTests(Apps apps)
{
    private const string TamperRegion = "AM29";

    private static AuditBatch ABatch(string region, params string[] subjects) => new(
        region, Guid.NewGuid().ToString("N"), ProcessingActivities.ProfileManagement, AuditAction.Read, AuditResult.Success, subjects,
        Guid.NewGuid(), Guid.NewGuid(), "CaseManager", "GET /test", DateTime.UtcNow);

    private static async Task AppendAsync(WerkbrugAppFactory app, AuditBatch batch)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WerkbrugDb>().Scope.EnterSystemScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseAuditLogStore>().AppendAsync([batch], TestContext.Current.CancellationToken);
    }

    private static Task<AuditChainVerifier.Verification> VerifyAsync(WerkbrugAppFactory app, string region) =>
        app.InDbAsync(db => new AuditChainVerifier(db).VerifyAsync(region, TestContext.Current.CancellationToken));

    [Theory, Providers]
    public async Task a_batch_writes_one_processing_record_naming_its_subjects_and_one_user_record_linked_by_trace_id(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch("AM30", "WZ-AAAAAAAAA1", "WZ-AAAAAAAAA2", "WZ-AAAAAAAAA3");

        await AppendAsync(app, batch);

        var (processing, users) = await app.InDbAsync(async d => (
            await d.ProcessingLog.Where(r => r.TraceId == batch.TraceId).OrderBy(r => r.Sequence).ToListAsync(),
            await d.UserAuditLog.Where(r => r.TraceId == batch.TraceId).ToListAsync()));
        var record = Assert.Single(processing);
        Assert.Equal(["WZ-AAAAAAAAA1", "WZ-AAAAAAAAA2", "WZ-AAAAAAAAA3"], record.SubjectPseudonyms);
        var user = Assert.Single(users);
        Assert.Equal((batch.ActorUserId, 3, "GET /test"), (user.ActorUserId, user.SubjectCount, user.Path));
        Assert.True((await VerifyAsync(app, "AM30")).IsIntact);
    }

    [Theory, Providers]
    public async Task a_pseudonym_with_a_comma_is_refused_and_nothing_is_written(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch("AM30", "WZ-AAAAAAAAA4", "WZ-AAA,AAAAA5");

        await Assert.ThrowsAsync<ArgumentException>(() => AppendAsync(app, batch));

        Assert.False(await app.InDbAsync(d => d.UserAuditLog.AnyAsync(r => r.TraceId == batch.TraceId)));
        Assert.False(await app.InDbAsync(d => d.ProcessingLog.AnyAsync(r => r.TraceId == batch.TraceId)));
    }

    [Theory, Providers]
    public async Task parallel_writers_never_fork_a_region_chain_and_a_verification_meanwhile_finds_it_intact(Db db)
    {
        var app = apps.For(db);
        const string region = "AM32";

        var writers = Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await AppendAsync(app, ABatch(region, $"WZ-PARALLEL{writer:D2}", $"WZ-PARALLEX{i:D2}"));
            }
        }, TestContext.Current.CancellationToken)));
        // A region in use is verified while appends commit: the head and both logs must be read as one snapshot.
        var meanwhile = new List<AuditChainVerifier.Verification>();
        while (!writers.IsCompleted)
        {
            meanwhile.Add(await VerifyAsync(app, region));
        }

        await writers;
        Assert.All(meanwhile, v => Assert.True(v.IsIntact, $"meanwhile: processing broken at {v.ProcessingBrokenAt}, user broken at {v.UserBrokenAt}"));

        var verification = await VerifyAsync(app, region);
        Assert.True(verification.IsIntact, $"processing broken at {verification.ProcessingBrokenAt}, user broken at {verification.UserBrokenAt}");
        var sequences = await app.InDbAsync(d => d.ProcessingLog.Where(r => r.RegionCode == region).Select(r => r.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.True(sequences.Count >= 40);
    }

    [Theory, Providers]
    public async Task a_changed_stored_record_is_detected(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch(TamperRegion, "WZ-TAMPER0001");
        await AppendAsync(app, batch);
        await AppendAsync(app, ABatch(TamperRegion, "WZ-TAMPER0002"));
        Assert.True((await VerifyAsync(app, TamperRegion)).IsIntact);
        var record = await app.InDbAsync(d => d.ProcessingLog.SingleAsync(r => r.TraceId == batch.TraceId));

        // The pseudonym, and the compact columns: the activity and action as stored numbers.
        foreach (var (column, forged, original) in new[]
        {
            ("SubjectPseudonyms", Subjects(db, "WZ-SOMEONEELS"), Subjects(db, "WZ-TAMPER0001")), ("ActivityCode", "7", "1"), ("Action", "7", "1"),
        })
        {
            var where = $"WHERE \"RegionCode\" = '{TamperRegion}' AND \"Sequence\" = {record.Sequence}";
            await TamperAsync(app, $"UPDATE \"ProcessingLogRecords\" SET \"{column}\" = {forged} {where}");
            try
            {
                var verification = await VerifyAsync(app, TamperRegion);
                Assert.Equal(record.Sequence, verification.ProcessingBrokenAt);
            }
            finally
            {
                await TamperAsync(app, $"UPDATE \"ProcessingLogRecords\" SET \"{column}\" = {original} {where}");
            }

            Assert.True((await VerifyAsync(app, TamperRegion)).IsIntact);
        }
    }

    [Theory, Providers]
    public async Task the_verify_audit_verb_reports_each_chain_and_fails_on_a_changed_record(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch(TamperRegion, "WZ-VERIFY0001", "WZ-VERIFY0002");
        await AppendAsync(app, batch);
        var (sequence, processing, users) = await app.InDbAsync(async d => (
            await d.ProcessingLog.Where(r => r.TraceId == batch.TraceId).MinAsync(r => r.Sequence),
            await d.ProcessingLog.CountAsync(r => r.RegionCode == TamperRegion),
            await d.UserAuditLog.CountAsync(r => r.RegionCode == TamperRegion)));

        var intact = await AppProcess.RunCliAsync(db, app.ConnectionString, "verify-audit", "--region", TamperRegion);
        var where = $"WHERE \"RegionCode\" = '{TamperRegion}' AND \"Sequence\" = {sequence}";
        // One subject of the two dropped from the read's record.
        await TamperAsync(app, $"UPDATE \"ProcessingLogRecords\" SET \"SubjectPseudonyms\" = {Subjects(db, "WZ-VERIFY0001")} {where}");
        (int ExitCode, string Output) broken;
        try
        {
            broken = await AppProcess.RunCliAsync(db, app.ConnectionString, "verify-audit", "--region", TamperRegion);
        }
        finally
        {
            await TamperAsync(app, $"UPDATE \"ProcessingLogRecords\" SET \"SubjectPseudonyms\" = {Subjects(db, "WZ-VERIFY0001", "WZ-VERIFY0002")} {where}");
        }

        var usage = await AppProcess.RunCliAsync(db, app.ConnectionString, "verify-audit", "AM14");

        Assert.True(intact.ExitCode == 0, intact.Output);
        Assert.Contains($"{TamperRegion}: processing log {processing} records intact; user audit log {users} records intact", intact.Output, StringComparison.Ordinal);
        Assert.True(broken.ExitCode == 1, broken.Output);
        Assert.Contains($"{TamperRegion}: processing log {processing} records BROKEN at sequence {sequence}; user audit log {users} records intact", broken.Output, StringComparison.Ordinal);
        Assert.Contains("0 of 1 regions intact.", broken.Output, StringComparison.Ordinal);
        Assert.True(usage.ExitCode == 2 && usage.Output.Contains("Usage: verify-audit", StringComparison.Ordinal), usage.Output);
        Assert.True((await VerifyAsync(app, TamperRegion)).IsIntact);
    }

    [Theory, Providers]
    public async Task the_database_refuses_to_update_or_delete_audit_records(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch("AM30", "WZ-REFUSED001");
        await AppendAsync(app, batch);
        var (processing, user) = await app.InDbAsync(async d => (
            await d.ProcessingLog.Where(r => r.TraceId == batch.TraceId).Select(r => r.Sequence).SingleAsync(),
            await d.UserAuditLog.Where(r => r.TraceId == batch.TraceId).Select(r => r.Sequence).SingleAsync()));

        foreach (var sql in new[]
        {
            $"UPDATE \"ProcessingLogRecords\" SET \"Action\" = 7 WHERE \"RegionCode\" = 'AM30' AND \"Sequence\" = {processing}",
            $"DELETE FROM \"ProcessingLogRecords\" WHERE \"RegionCode\" = 'AM30' AND \"Sequence\" = {processing}",
            $"UPDATE \"UserAuditRecords\" SET \"Path\" = 'GET /elsewhere' WHERE \"RegionCode\" = 'AM30' AND \"Sequence\" = {user}",
            $"DELETE FROM \"UserAuditRecords\" WHERE \"RegionCode\" = 'AM30' AND \"Sequence\" = {user}",
        })
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.InDbAsync(d => d.Database.ExecuteSqlRawAsync(sql)));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, await app.InDbAsync(d => d.ProcessingLog.CountAsync(r => r.TraceId == batch.TraceId)));
        Assert.Equal(1, await app.InDbAsync(d => d.UserAuditLog.CountAsync(r => r.TraceId == batch.TraceId)));
    }

    [Theory, Providers]
    public async Task the_context_refuses_to_save_a_changed_or_deleted_audit_record(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch("AM30", "WZ-REFUSED002");
        await AppendAsync(app, batch);

        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => app.InDbAsync(async d =>
        {
            var record = await d.UserAuditLog.SingleAsync(r => r.TraceId == batch.TraceId);
            d.Entry(record).Property(r => r.Path).CurrentValue = "GET /elsewhere";
            return await d.SaveChangesAsync();
        }));
        var deleted = await Assert.ThrowsAsync<InvalidOperationException>(() => app.InDbAsync(async d =>
        {
            d.ProcessingLog.Remove(await d.ProcessingLog.SingleAsync(r => r.TraceId == batch.TraceId));
            return await d.SaveChangesAsync();
        }));

        Assert.Contains("append-only", changed.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", deleted.Message, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_processing_record_takes_at_most_200_bytes_and_a_request_record_at_most_256(Db db)
    {
        var app = apps.For(db);
        SkipUnlessPostgres(db, "pg_column_size is PostgreSQL's");
        // One of the longest requests: an API path with an id and a tail, two roles, a processing organisation. The processing
        // record (one per subject, the bulk of the log) stays within 200 bytes; the request's record carries the path.
        var batch = ABatch("AM30", "WZ-SIZE000001") with { Roles = "CaseManager,Manager", Path = $"GET /api/v1/job-seekers/{Guid.NewGuid()}/referrals" };
        await AppendAsync(app, batch);

        var (processing, user) = await app.InDbAsync(async d => (
            await d.Database.SqlQuery<int>($"SELECT pg_column_size(r.*) AS \"Value\" FROM \"ProcessingLogRecords\" r WHERE \"TraceId\" = {Convert.FromHexString(batch.TraceId)}").SingleAsync(),
            await d.Database.SqlQuery<int>($"SELECT pg_column_size(r.*) AS \"Value\" FROM \"UserAuditRecords\" r WHERE \"TraceId\" = {Convert.FromHexString(batch.TraceId)}").SingleAsync()));

        TestContext.Current.TestOutputHelper?.WriteLine($"processing record {processing} bytes, user audit record {user} bytes");
        Assert.InRange(processing, 1, 200);
        Assert.InRange(user, 1, 256);
    }

    [Theory, Providers]
    public async Task both_logs_are_partitioned_by_month_and_every_partition_refuses_changes(Db db)
    {
        var app = apps.For(db);
        SkipUnlessPostgres(db, "SQLite keeps one table per log (its triggers are tested above)");
        var batch = ABatch("AM30", "WZ-PARTITION1");
        await AppendAsync(app, batch);
        var month = batch.AtUtc;

        foreach (var table in new[] { "ProcessingLogRecords", "UserAuditRecords" })
        {
            var partitions = await app.InDbAsync(d => d.Database.SqlQuery<string>(
                $"SELECT c.relname AS \"Value\" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass(quote_ident({table}))").ToListAsync());
            var current = $"{table}_{month:yyyy_MM}";
            Assert.Contains($"{table}_default", partitions);
            Assert.Contains(current, partitions);
            Assert.Contains($"{table}_{month.AddMonths(AuditPartitions.MonthsAhead):yyyy_MM}", partitions);
            var where = $"WHERE \"TraceId\" = '\\x{batch.TraceId}'::bytea";
            var inCurrent = $"SELECT count(*)::int AS \"Value\" FROM \"{current}\" {where}";
            Assert.Equal(1, await app.InDbAsync(d => d.Database.SqlQueryRaw<int>(inCurrent).SingleAsync()));

            // Row changes through the parent and on the partition that holds the row; TRUNCATE on every partition.
            var refusals = new[] { table, current }.SelectMany(t => new[] { $"UPDATE \"{t}\" SET \"RegionCode\" = 'AM01' {where}", $"DELETE FROM \"{t}\" {where}" })
                .Concat(partitions.Append(table).Select(t => $"TRUNCATE \"{t}\""));
            foreach (var sql in refusals)
            {
                var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.InDbAsync(d => d.Database.ExecuteSqlRawAsync(sql)));
                Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory, Providers]
    public async Task a_request_s_processing_records_are_found_from_its_user_record_by_region_time_and_trace_id(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch("AM30", "WZ-INVESTIGA1", "WZ-INVESTIGA2");
        await AppendAsync(app, batch);
        await AppendAsync(app, ABatch("AM30", "WZ-INVESTIGA3"));

        // An investigation starts from who looked (the user record) and asks whom that request processed.
        var user = await app.InDbAsync(d => d.UserAuditLog.AsNoTracking().SingleAsync(r => r.TraceId == batch.TraceId));
        var subjects = await app.InDbAsync(d => d.ProcessingLog
            .Where(r => r.RegionCode == user.RegionCode && r.AtUtc == user.AtUtc && r.TraceId == user.TraceId)
            .OrderBy(r => r.Sequence).Select(r => r.SubjectPseudonyms).ToListAsync());

        Assert.Equal(["WZ-INVESTIGA1", "WZ-INVESTIGA2"], Assert.Single(subjects));
    }

    [Theory, Providers]
    public async Task a_reads_processing_record_costs_one_chain_entry_and_on_postgresql_a_time_range_and_its_subjects_in_a_gin_index(Db db)
    {
        var app = apps.For(db);

        var indexes = await app.InDbAsync(d => d.Database.SqlQueryRaw<string>(db == Db.Postgres
            ? """SELECT indexdef AS "Value" FROM pg_indexes WHERE tablename = 'ProcessingLogRecords'"""
            : """SELECT sql AS "Value" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ProcessingLogRecords' AND sql IS NOT NULL""").ToListAsync());

        string[] expected = db == Db.Postgres
            ? [
                """CREATE INDEX "IX_ProcessingLogRecords_AtUtc" ON ONLY public."ProcessingLogRecords" USING brin ("AtUtc")""",
                """CREATE UNIQUE INDEX "IX_ProcessingLogRecords_RegionCode_Sequence" ON ONLY public."ProcessingLogRecords" USING btree ("RegionCode", "Sequence", "AtUtc")""",
                """CREATE INDEX "IX_ProcessingLogRecords_SubjectPseudonyms" ON ONLY public."ProcessingLogRecords" USING gin ("SubjectPseudonyms")""",
            ]
            : [
                """CREATE UNIQUE INDEX "IX_ProcessingLogRecords_RegionCode_Sequence" ON "ProcessingLogRecords" ("RegionCode", "Sequence")""",
            ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), indexes.Order(StringComparer.Ordinal));
    }

    private static void SkipUnlessPostgres(Db db, string why)
    {
        if (db != Db.Postgres)
        {
            Assert.Skip(why);
        }
    }

    /// <summary>Changes a record the way someone with direct database access would: past the append-only triggers.</summary>
    /// <summary>A SQL literal of a record's subjects as the provider stores them: an array, or a JSON array.</summary>
    private static string Subjects(Db db, params string[] pseudonyms) =>
        db == Db.Postgres ? $"'{{{string.Join(',', pseudonyms)}}}'" : $"'[{string.Join(',', pseudonyms.Select(p => $"\"{p}\""))}]'";

    private static async Task TamperAsync(WerkbrugAppFactory app, string update)
    {
        if (app.Db == Db.Postgres)
        {
            await using var connection = new NpgsqlConnection(app.ConnectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"SET session_replication_role = replica; {update}; SET session_replication_role = DEFAULT;", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            return;
        }

        await using var sqlite = new SqliteConnection(app.ConnectionString);
        await sqlite.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var trigger = await new SqliteCommand("SELECT sql FROM sqlite_master WHERE name = 'ProcessingLogRecords_no_update'", sqlite, transaction)
            .ExecuteScalarAsync(TestContext.Current.CancellationToken) as string;
        await new SqliteCommand($"DROP TRIGGER \"ProcessingLogRecords_no_update\"; {update};", sqlite, transaction).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        await new SqliteCommand(trigger!, sqlite, transaction).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        await transaction.CommitAsync(TestContext.Current.CancellationToken);
    }
}
