using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>
/// Recomputes a region's two chains (in the caller's region scope, or any region in the system scope) from the stored records and compares them with the head. A changed,
/// removed or inserted record, or a head that does not match the last record, is reported with its sequence.
/// (Cutting records off the end AND rewriting the head is not detectable from inside the database; ADR 0006
/// describes anchoring the head outside it.)
/// </summary>
public sealed class AuditChainVerifier(WerkbrugDb db)
{
    public sealed record Verification(string RegionCode, long ProcessingRecords, long? ProcessingBrokenAt, long UserRecords, long? UserBrokenAt)
    {
        public bool IsIntact => ProcessingBrokenAt is null && UserBrokenAt is null;
    }

    public async Task<Verification> VerifyAsync(string regionCode, CancellationToken cancellationToken)
    {
        // One snapshot for the head and both logs: an append committed between two of the reads would otherwise look like
        // records beyond the head (a break) while the region is merely in use.
        await using var snapshot = await BeginSnapshotAsync(cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.RegionCode == regionCode, cancellationToken)
            ?? new AuditChainHead { RegionCode = regionCode };
        var processing = await db.ProcessingLog.AsNoTracking()
            .Where(r => r.RegionCode == regionCode).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        var users = await db.UserAuditLog.AsNoTracking()
            .Where(r => r.RegionCode == regionCode).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        return new Verification(
            regionCode,
            processing.Count, Check(processing, head.ProcessingSequence, head.ProcessingHash),
            users.Count, Check(users, head.UserSequence, head.UserHash));
    }

    /// <summary>
    /// A read-only snapshot that does not block writers: PostgreSQL's repeatable read; on SQLite a deferred transaction (its
    /// WAL snapshot starts at the first read), not the provider's default IMMEDIATE one, which would take the write lock.
    /// A transaction the caller already holds is used as it is.
    /// </summary>
    private async Task<IAsyncDisposable?> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new SqliteSnapshot(db, transaction);
    }

    private sealed class SqliteSnapshot(WerkbrugDb db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private static long? Check<T>(List<T> records, long headSequence, string headHash)
        where T : IAppendOnly
    {
        var broken = AuditChain.FirstBroken(records.Select(r => (r.Sequence, r.Hash, r.Canonical())));
        if (broken is not null)
        {
            return broken;
        }

        var lastSequence = records.Count == 0 ? 0 : records[^1].Sequence;
        var lastHash = records.Count == 0 ? AuditChain.Genesis : records[^1].Hash;
        return lastSequence == headSequence && lastHash == headHash ? null : lastSequence + 1;
    }
}
