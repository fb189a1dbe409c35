using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Tests.Infrastructure.Audit;

/// <summary>
/// ADR 0056's migration on a database that holds records of the earlier form (one record per subject): each becomes a
/// record naming its one subject, its hash still holds, and new records of several subjects continue the same chain.
/// The legacy records are written as the code before the migration wrote them, hashes included, on a database of its own.
/// </summary>
public sealed class ProcessingLogUpgradeTests
{
    private const string Before = "ProcessingLogTwoIndexes";
    private const string Region = "AM14";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task records_of_one_subject_each_keep_their_hashes_and_the_chain_continues_with_records_of_several(Db provider)
    {
        var database = DatabaseTemplates.NewEmptyDatabase(provider);
        try
        {
            await UpgradeAndCheckAsync(provider, database.ConnectionString);
        }
        finally
        {
            DatabaseTemplates.Delete(database);
        }
    }

    private static async Task UpgradeAndCheckAsync(Db provider, string connectionString)
    {
        await using (var db = DatabaseTemplates.Open(provider, connectionString))
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_" + Before, StringComparison.Ordinal)), Ct);
            await InsertLegacyAsync(db, provider, ["WZ-LEGACY0001", "WZ-LEGACY0002", "WZ-LEGACY0001"]);
        }

        await using (var db = DatabaseTemplates.Open(provider, connectionString))
        {
            await db.Database.MigrateAsync(Ct);
            await new DatabaseAuditLogStore(db).AppendAsync(
                [new AuditBatch(Region, Guid.NewGuid().ToString("N"), ProcessingActivities.ProfileManagement, AuditAction.List, AuditResult.Success,
                    ["WZ-LEGACY0002", "WZ-NEWREAD001"], Guid.NewGuid(), Guid.NewGuid(), "CaseManager", "GET /test", DateTime.UtcNow)],
                Ct);
        }

        await using (var db = DatabaseTemplates.Open(provider, connectionString))
        {
            var records = await db.ProcessingLog.AsNoTracking().OrderBy(r => r.Sequence).Select(r => r.SubjectPseudonyms).ToListAsync(Ct);
            Assert.Equal([["WZ-LEGACY0001"], ["WZ-LEGACY0002"], ["WZ-LEGACY0001"], ["WZ-LEGACY0002", "WZ-NEWREAD001"]], records);
            var verification = await new AuditChainVerifier(db).VerifyAsync(Region, Ct);
            Assert.True(verification.IsIntact, $"processing broken at {verification.ProcessingBrokenAt}");
            Assert.Equal(4, verification.ProcessingRecords);
            Assert.Equal(2, await db.ProcessingLog.CountAsync(r => r.SubjectPseudonyms.Contains("WZ-LEGACY0002"), Ct));
        }
    }

    /// <summary>Records and the head as the store wrote them before ADR 0056: one subject per record, sealed over it.</summary>
    private static async Task InsertLegacyAsync(WerkbrugDb db, Db provider, string[] subjects)
    {
        var hash = AuditChain.Genesis;
        var organisation = Guid.NewGuid();
        var at = AuditChain.Truncate(DateTime.UtcNow);
        var trace = Guid.NewGuid().ToString("N");
        var sqlite = provider == Db.Sqlite;
        for (var i = 0; i < subjects.Length; i++)
        {
            var id = Guid.NewGuid();
            long sequence = i + 1;
            // The canonical form of ProcessingLogRecord before ADR 0056.
            hash = AuditChain.Link(hash, AuditChain.Canonical(
                "processing", id, Region, sequence, trace, ProcessingActivities.ProfileManagement, subjects[i], nameof(AuditAction.Read), nameof(AuditResult.Success), at, organisation));
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "ProcessingLogRecords" ("Id", "RegionCode", "Sequence", "TraceId", "ActivityCode", "SubjectPseudonym", "Action", "Result", "AtUtc", "OrganisationId", "Hash")
                VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10})
                """,
                [sqlite ? id.ToString().ToUpperInvariant() : id, Region, sequence, Convert.FromHexString(trace), ProcessingActivities.ToStored(ProcessingActivities.ProfileManagement),
                    subjects[i], (short)AuditAction.Read, (short)AuditResult.Success, at, sqlite ? organisation.ToString().ToUpperInvariant() : organisation, Convert.FromHexString(hash)],
                Ct);
        }

        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "AuditChainHeads" ("RegionCode", "ProcessingSequence", "ProcessingHash", "UserSequence", "UserHash", "Version") VALUES ({0}, {1}, {2}, 0, {3}, 0)
            """,
            [Region, (long)subjects.Length, hash, AuditChain.Genesis],
            Ct);
    }
}
