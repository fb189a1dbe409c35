using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>One request's processing of personal data: one processing record per subject plus one user audit record.</summary>
public sealed record AuditBatch(
    string RegionCode, string TraceId, string ActivityCode, AuditAction Action, AuditResult Result, IReadOnlyList<string> SubjectPseudonyms,
    Guid? OrganisationId, Guid? ActorUserId, string Roles, string Path, DateTime AtUtc);

/// <summary>Where audit records go. The seam exists so tests can make the store fail and see reads refused.</summary>
public interface IAuditLogStore
{
    /// <summary>Appends <paramref name="batches"/> (of one region or several) in one transaction, or none of them.</summary>
    Task AppendAsync(IReadOnlyList<AuditBatch> batches, CancellationToken cancellationToken);
}

/// <summary>
/// Appends batches to their regions' two hash chains in one transaction, together with whatever else the
/// scope's <see cref="WerkbrugDb"/> has pending (so a create or update and its audit records commit or fail
/// as one). Appends are serialised per region: PostgreSQL takes a transaction-scoped advisory lock on each
/// region's chain (several in one statement, always in the order of their keys, so two writers cannot deadlock),
/// SQLite's IMMEDIATE transaction holds the database write lock; the head row's version and the unique (region,
/// sequence) indexes make any fork fail instead of being stored. Reads reach it through <see cref="AuditWriter"/>,
/// which hands it everything pending at once, of every region (ADR 0016).
/// </summary>
public sealed class DatabaseAuditLogStore(WerkbrugDb db) : IAuditLogStore
{
    private const int Attempts = 5;

    public async Task AppendAsync(IReadOnlyList<AuditBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var keys = batches.Select(b => b.RegionCode).Distinct().ToDictionary(r => r, LockKey);
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
                    // unnest yields the keys in array order, and the locks are taken row by row in that order.
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(k) FROM unnest({lockOrder}) AS k", cancellationToken);
                }

                // The batch names its region (the subjects'), which is not always the caller's: read the heads past the region filter.
                var heads = await db.AuditChainHeads.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(h => regions.Contains(h.RegionCode)).ToDictionaryAsync(h => h.RegionCode, cancellationToken);
                foreach (var region in regions.Where(r => !heads.ContainsKey(r)))
                {
                    var head = new AuditChainHead { RegionCode = region };
                    db.AuditChainHeads.Add(head);
                    added.Add(head);
                    heads[region] = head;
                }

                foreach (var batch in batches)
                {
                    added.AddRange(Chain(heads[batch.RegionCode], batch));
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Lost a race for the head (a first append in the region, or a writer without the lock): forget
                // what this attempt added and read the head again.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => added.Contains(e.Entity) || e.Entity is AuditChainHead).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken);
            }
        }
    }

    private List<object> Chain(AuditChainHead head, AuditBatch batch)
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

    /// <summary>A stable 64-bit advisory-lock key per region chain.</summary>
    private static long LockKey(string regionCode) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.ASCII.GetBytes("werkbrug-audit-chain:" + regionCode)), 0);
}
