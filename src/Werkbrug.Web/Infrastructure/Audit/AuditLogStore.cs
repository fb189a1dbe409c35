using System.Security.Cryptography;
using System.Text;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>One request's processing of personal data in one region: one processing record naming its subjects, and one user audit record.</summary>
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
/// sequence) indexes make any fork fail instead of being stored. The records are sealed here and written set-based by
/// <see cref="AuditInserts"/>: one statement per log for all of them (ADR 0037). Reads reach it through
/// <see cref="AuditWriter"/>, which hands it everything pending at once, of every region (ADR 0016).
/// </summary>
public sealed class DatabaseAuditLogStore(WerkbrugDb db) : IAuditLogStore
{
    private const int Attempts = 5;

    public async Task AppendAsync(IReadOnlyList<AuditBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        // The canonical form joins a record's subjects with commas (ADR 0056): a pseudonym holding one could make two
        // different reads hash alike, so such a read is refused before anything is locked or written.
        if (batches.Any(b => b.SubjectPseudonyms.Any(p => p.Contains(',', StringComparison.Ordinal))))
        {
            throw new ArgumentException("A subject pseudonym cannot contain a comma.", nameof(batches));
        }

        var keys = batches.Select(b => b.RegionCode).Distinct().ToDictionary(r => r, LockKey);
        var regions = keys.Keys.ToList();
        var lockOrder = keys.Values.Order().ToArray();
        // A transaction the caller opened is joined (and committed by the caller); a failed statement may have ended it, so
        // a lost race is not retried inside it.
        var joined = db.Database.CurrentTransaction is not null;

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var owned = joined ? null : await db.Database.BeginTransactionAsync(cancellationToken);
                var heads = await AuditInserts.LockAndReadHeadsAsync(db, regions, lockOrder, cancellationToken);
                var processing = new List<ProcessingLogRecord>();
                var users = new List<UserAuditRecord>();
                foreach (var batch in batches)
                {
                    Chain(heads[batch.RegionCode].Head, batch, processing, users);
                }

                await AuditInserts.WriteAsync(db, processing, users, heads.Values, cancellationToken);
                // The change these records cover (a create, update or erasure) is saved after them, in the same transaction:
                // a lost race for a head above leaves it pending for the next attempt.
                if (db.ChangeTracker.HasChanges())
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                if (owned is not null)
                {
                    await owned.CommitAsync(cancellationToken);
                }

                return;
            }
            catch (Exception exception) when (!joined && attempt < Attempts && IsLostRace(exception))
            {
                // Lost a race for a head (a writer without the lock): nothing was kept; read the heads again.
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>A head that moved, or a (region, sequence) already taken: another writer appended first.</summary>
    private static bool IsLostRace(Exception exception) => exception is AuditChainConflictException
        || exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
        || exception is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };

    private static void Chain(AuditChainHead head, AuditBatch batch, List<ProcessingLogRecord> processing, List<UserAuditRecord> users)
    {
        var at = AuditChain.Truncate(batch.AtUtc);
        if (batch.SubjectPseudonyms.Count > 0)
        {
            var record = new ProcessingLogRecord
            {
                RegionCode = batch.RegionCode,
                Sequence = head.ProcessingSequence + 1,
                TraceId = batch.TraceId,
                ActivityCode = batch.ActivityCode,
                SubjectPseudonyms = batch.SubjectPseudonyms,
                Action = batch.Action,
                Result = batch.Result,
                AtUtc = at,
                OrganisationId = batch.OrganisationId,
            };
            record.Seal(head.ProcessingHash);
            processing.Add(record);
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
        users.Add(user);
        (head.UserSequence, head.UserHash) = (user.Sequence, user.Hash);
    }

    /// <summary>A stable 64-bit advisory-lock key per region chain.</summary>
    private static long LockKey(string regionCode) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.ASCII.GetBytes("werkbrug-audit-chain:" + regionCode)), 0);
}
