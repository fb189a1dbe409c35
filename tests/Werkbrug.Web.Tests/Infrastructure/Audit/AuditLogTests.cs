using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

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
    public async Task a_batch_writes_one_processing_record_per_subject_and_one_user_record_linked_by_trace_id(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch("AM30", "WZ-AAAAAAAAA1", "WZ-AAAAAAAAA2", "WZ-AAAAAAAAA3");

        await AppendAsync(app, batch);

        var (processing, users) = await app.InDbAsync(async d => (
            await d.ProcessingLog.Where(r => r.TraceId == batch.TraceId).OrderBy(r => r.Sequence).ToListAsync(),
            await d.UserAuditLog.Where(r => r.TraceId == batch.TraceId).ToListAsync()));
        Assert.Equal(["WZ-AAAAAAAAA1", "WZ-AAAAAAAAA2", "WZ-AAAAAAAAA3"], processing.Select(r => r.SubjectPseudonym));
        Assert.Equal([1L, 1L], processing.Zip(processing.Skip(1), (a, b) => b.Sequence - a.Sequence));
        Assert.Equal(processing[0].Hash, processing[1].PreviousHash);
        var user = Assert.Single(users);
        Assert.Equal((batch.ActorUserId, 3, "GET /test"), (user.ActorUserId, user.SubjectCount, user.Path));
        Assert.True((await VerifyAsync(app, "AM30")).IsIntact);
    }

    [Theory, Providers]
    public async Task parallel_writers_never_fork_a_region_chain(Db db)
    {
        var app = apps.For(db);
        const string region = "AM32";

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await AppendAsync(app, ABatch(region, $"WZ-PARALLEL{writer:D2}", $"WZ-PARALLEX{i:D2}"));
            }
        }, TestContext.Current.CancellationToken)));

        var verification = await VerifyAsync(app, region);
        Assert.True(verification.IsIntact, $"processing broken at {verification.ProcessingBrokenAt}, user broken at {verification.UserBrokenAt}");
        var sequences = await app.InDbAsync(d => d.ProcessingLog.Where(r => r.RegionCode == region).Select(r => r.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.True(sequences.Count >= 80);
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

        await TamperAsync(app, $"UPDATE \"ProcessingLogRecords\" SET \"SubjectPseudonym\" = 'WZ-SOMEONEELS' WHERE \"TraceId\" = '{batch.TraceId}'");
        try
        {
            var verification = await VerifyAsync(app, TamperRegion);
            Assert.Equal(record.Sequence, verification.ProcessingBrokenAt);
        }
        finally
        {
            await TamperAsync(app, $"UPDATE \"ProcessingLogRecords\" SET \"SubjectPseudonym\" = 'WZ-TAMPER0001' WHERE \"TraceId\" = '{batch.TraceId}'");
        }

        Assert.True((await VerifyAsync(app, TamperRegion)).IsIntact);
    }

    [Theory, Providers]
    public async Task the_database_refuses_to_update_or_delete_audit_records(Db db)
    {
        var app = apps.For(db);
        var batch = ABatch("AM30", "WZ-REFUSED001");
        await AppendAsync(app, batch);

        foreach (var sql in new[]
        {
            $"UPDATE \"ProcessingLogRecords\" SET \"Action\" = 'Erase' WHERE \"TraceId\" = '{batch.TraceId}'",
            $"DELETE FROM \"ProcessingLogRecords\" WHERE \"TraceId\" = '{batch.TraceId}'",
            $"UPDATE \"UserAuditRecords\" SET \"Path\" = 'GET /elsewhere' WHERE \"TraceId\" = '{batch.TraceId}'",
            $"DELETE FROM \"UserAuditRecords\" WHERE \"TraceId\" = '{batch.TraceId}'",
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

    /// <summary>Changes a record the way someone with direct database access would: past the append-only triggers.</summary>
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
