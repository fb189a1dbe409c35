using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>Another writer moved a region's chain head between this append's read and its write: nothing is kept, the append is tried again.</summary>
public sealed class AuditChainConflictException(string message) : Exception(message);

/// <summary>
/// The audit log's writes, set-based and below EF's change tracker (ADR 0037), inside the caller's open transaction:
/// <list type="bullet">
/// <item><see cref="LockAndReadHeadsAsync"/>: the regions' chains locked (PostgreSQL: their advisory locks, in key order;
/// SQLite: the transaction already holds the write lock), a missing head created at genesis, every head read. On
/// PostgreSQL one round trip.</item>
/// <item><see cref="WriteAsync"/>: every processing record in ONE statement, every user record in one, every head moved
/// with its version checked. PostgreSQL: <c>INSERT … SELECT FROM unnest(arrays)</c> per log and one <c>UPDATE … FROM
/// unnest</c>, sent as one batch (one round trip, whatever the number of records). SQLite (in-process, no round trips):
/// one prepared insert per log, reused for every record.</item>
/// </list>
/// Column values are what EF's mappings store (trace id and hash as bytes, activity, action and result as numbers, the
/// provider's own text for times and ids on SQLite, a record's subjects as an array on PostgreSQL and a JSON array on
/// SQLite), so EF reads these records back like any other.
/// </summary>
internal static class AuditInserts
{
    private const int HeadFieldCount = 6;

    private const string HeadColumns = """
        "RegionCode", "ProcessingSequence", "ProcessingHash", "UserSequence", "UserHash", "Version"
        """;

    private const string ProcessingColumns = """
        "Id", "RegionCode", "Sequence", "TraceId", "ActivityCode", "SubjectPseudonyms", "Action", "Result", "AtUtc", "OrganisationId", "Hash"
        """;

    private const string UserColumns = """
        "Id", "RegionCode", "Sequence", "TraceId", "ActorUserId", "ActorOrganisationId", "Roles", "Path", "ActivityCode", "Action", "SubjectCount", "AtUtc", "Hash"
        """;

    /// <summary>A region's head as read, and the version it had then (the write succeeds only while it still has it).</summary>
    public sealed record ReadHead(AuditChainHead Head, int Version);

    public static async Task<Dictionary<string, ReadHead>> LockAndReadHeadsAsync(
        WerkbrugDb db, IReadOnlyList<string> regions, long[] lockKeysInOrder, CancellationToken cancellationToken)
    {
        var (connection, transaction) = Open(db);
        var heads = new Dictionary<string, ReadHead>(StringComparer.Ordinal);
        if (connection is NpgsqlConnection postgres)
        {
            await using var batch = new NpgsqlBatch(postgres, (NpgsqlTransaction)transaction);
            // unnest yields the keys in array order, and the locks are taken row by row in that order.
            batch.BatchCommands.Add(Command("SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) AS k", ("keys", lockKeysInOrder)));
            batch.BatchCommands.Add(Command(
                $"""
                INSERT INTO "AuditChainHeads" ({HeadColumns})
                SELECT r, 0, @genesis, 0, @genesis, 0 FROM unnest(@regions) AS r ON CONFLICT ("RegionCode") DO NOTHING
                """,
                ("genesis", AuditChain.Genesis), ("regions", regions.ToArray())));
            batch.BatchCommands.Add(Command($"""SELECT {HeadColumns} FROM "AuditChainHeads" WHERE "RegionCode" = ANY(@regions)""", ("regions", regions.ToArray())));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            while (await reader.NextResultAsync(cancellationToken) && reader.FieldCount != HeadFieldCount)
            {
            }

            while (await reader.ReadAsync(cancellationToken))
            {
                var head = Head(reader);
                heads[head.Head.RegionCode] = head;
            }

            return heads;
        }

        // SQLite: BEGIN IMMEDIATE took the database's write lock; no one else appends until this transaction ends.
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        await using (var ensure = Prepared(connection, transaction, mappings, $"""
            INSERT OR IGNORE INTO "AuditChainHeads" ({HeadColumns}) VALUES (@region, 0, @genesis, 0, @genesis, 0)
            """, ("region", typeof(string)), ("genesis", typeof(string))))
        {
            foreach (var region in regions)
            {
                await ExecuteAsync(ensure, cancellationToken, region, AuditChain.Genesis);
            }
        }

        await using var read = Prepared(connection, transaction, mappings, $"""SELECT {HeadColumns} FROM "AuditChainHeads" WHERE "RegionCode" = @region""", ("region", typeof(string)));
        foreach (var region in regions)
        {
            read.Parameters[0].Value = region;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                heads[region] = Head(reader);
            }
        }

        return heads;
    }

    public static async Task WriteAsync(
        WerkbrugDb db, IReadOnlyList<ProcessingLogRecord> processing, IReadOnlyList<UserAuditRecord> users, IReadOnlyCollection<ReadHead> heads,
        CancellationToken cancellationToken)
    {
        var (connection, transaction) = Open(db);
        if (connection is NpgsqlConnection postgres)
        {
            await WritePostgresAsync(postgres, (NpgsqlTransaction)transaction, processing, users, heads, cancellationToken);
        }
        else
        {
            await WriteSqliteAsync(db, connection, transaction, processing, users, heads, cancellationToken);
        }
    }

    private static async Task WritePostgresAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ProcessingLogRecord> processing, IReadOnlyList<UserAuditRecord> users,
        IReadOnlyCollection<ReadHead> heads, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (processing.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"""
                INSERT INTO "ProcessingLogRecords" ({ProcessingColumns})
                SELECT id, region, sequence, trace, activity, string_to_array(subjects, ','), action, result, at, organisation, hash
                FROM unnest(@id, @region, @sequence, @trace, @activity, @subjects, @action, @result, @at, @organisation, @hash)
                    AS r(id, region, sequence, trace, activity, subjects, action, result, at, organisation, hash)
                """,
                ("id", processing.Select(r => r.Id).ToArray()),
                ("region", processing.Select(r => r.RegionCode).ToArray()),
                ("sequence", processing.Select(r => r.Sequence).ToArray()),
                ("trace", processing.Select(r => Convert.FromHexString(r.TraceId)).ToArray()),
                ("activity", processing.Select(r => ProcessingActivities.ToStored(r.ActivityCode)).ToArray()),
                // A record's subjects travel as one comma-joined text (unnest cannot take an array of arrays of different lengths).
                ("subjects", processing.Select(r => string.Join(',', r.SubjectPseudonyms)).ToArray()),
                ("action", processing.Select(r => (short)r.Action).ToArray()),
                ("result", processing.Select(r => (short)r.Result).ToArray()),
                ("at", processing.Select(r => r.AtUtc).ToArray()),
                ("organisation", processing.Select(r => r.OrganisationId).ToArray()),
                ("hash", processing.Select(r => Convert.FromHexString(r.Hash)).ToArray())));
        }

        if (users.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"""
                INSERT INTO "UserAuditRecords" ({UserColumns})
                SELECT * FROM unnest(@id, @region, @sequence, @trace, @actor, @actorOrganisation, @roles, @path, @activity, @action, @subjects, @at, @hash)
                """,
                ("id", users.Select(r => r.Id).ToArray()),
                ("region", users.Select(r => r.RegionCode).ToArray()),
                ("sequence", users.Select(r => r.Sequence).ToArray()),
                ("trace", users.Select(r => Convert.FromHexString(r.TraceId)).ToArray()),
                ("actor", users.Select(r => r.ActorUserId).ToArray()),
                ("actorOrganisation", users.Select(r => r.ActorOrganisationId).ToArray()),
                ("roles", users.Select(r => r.Roles).ToArray()),
                ("path", users.Select(r => r.Path).ToArray()),
                ("activity", users.Select(r => ProcessingActivities.ToStored(r.ActivityCode)).ToArray()),
                ("action", users.Select(r => (short)r.Action).ToArray()),
                ("subjects", users.Select(r => r.SubjectCount).ToArray()),
                ("at", users.Select(r => r.AtUtc).ToArray()),
                ("hash", users.Select(r => Convert.FromHexString(r.Hash)).ToArray())));
        }

        var move = Command(
            """
            UPDATE "AuditChainHeads" AS h
            SET "ProcessingSequence" = n.ps, "ProcessingHash" = n.ph, "UserSequence" = n.us, "UserHash" = n.uh, "Version" = n.v + 1
            FROM unnest(@region, @ps, @ph, @us, @uh, @v) AS n(r, ps, ph, us, uh, v)
            WHERE h."RegionCode" = n.r AND h."Version" = n.v
            """,
            ("region", heads.Select(h => h.Head.RegionCode).ToArray()),
            ("ps", heads.Select(h => h.Head.ProcessingSequence).ToArray()),
            ("ph", heads.Select(h => h.Head.ProcessingHash).ToArray()),
            ("us", heads.Select(h => h.Head.UserSequence).ToArray()),
            ("uh", heads.Select(h => h.Head.UserHash).ToArray()),
            ("v", heads.Select(h => h.Version).ToArray()));
        batch.BatchCommands.Add(move);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (move.RecordsAffected != heads.Count)
        {
            throw new AuditChainConflictException($"{heads.Count - move.RecordsAffected} audit chain head(s) moved during the append.");
        }
    }

    private static async Task WriteSqliteAsync(
        WerkbrugDb db, DbConnection connection, DbTransaction transaction, IReadOnlyList<ProcessingLogRecord> processing, IReadOnlyList<UserAuditRecord> users,
        IReadOnlyCollection<ReadHead> heads, CancellationToken cancellationToken)
    {
        var m = db.GetService<IRelationalTypeMappingSource>();
        await using (var insert = Prepared(connection, transaction, m, $"""
            INSERT INTO "ProcessingLogRecords" ({ProcessingColumns})
            VALUES (@id, @region, @sequence, @trace, @activity, @subjects, @action, @result, @at, @organisation, @hash)
            """,
            ("id", typeof(Guid)), ("region", typeof(string)), ("sequence", typeof(long)), ("trace", typeof(byte[])), ("activity", typeof(short)),
            ("subjects", typeof(string)), ("action", typeof(short)), ("result", typeof(short)), ("at", typeof(DateTime)), ("organisation", typeof(Guid)),
            ("hash", typeof(byte[]))))
        {
            foreach (var r in processing)
            {
                await ExecuteAsync(
                    insert, cancellationToken,
                    Stored(m, r.Id), r.RegionCode, r.Sequence, Convert.FromHexString(r.TraceId), ProcessingActivities.ToStored(r.ActivityCode),
                    JsonSerializer.Serialize(r.SubjectPseudonyms), (short)r.Action, (short)r.Result, Stored(m, r.AtUtc), Stored(m, r.OrganisationId), Convert.FromHexString(r.Hash));
            }
        }

        await using (var insert = Prepared(connection, transaction, m, $"""
            INSERT INTO "UserAuditRecords" ({UserColumns})
            VALUES (@id, @region, @sequence, @trace, @actor, @actorOrganisation, @roles, @path, @activity, @action, @subjects, @at, @hash)
            """,
            ("id", typeof(Guid)), ("region", typeof(string)), ("sequence", typeof(long)), ("trace", typeof(byte[])), ("actor", typeof(Guid)),
            ("actorOrganisation", typeof(Guid)), ("roles", typeof(string)), ("path", typeof(string)), ("activity", typeof(short)), ("action", typeof(short)),
            ("subjects", typeof(int)), ("at", typeof(DateTime)), ("hash", typeof(byte[]))))
        {
            foreach (var r in users)
            {
                await ExecuteAsync(
                    insert, cancellationToken,
                    Stored(m, r.Id), r.RegionCode, r.Sequence, Convert.FromHexString(r.TraceId), Stored(m, r.ActorUserId), Stored(m, r.ActorOrganisationId),
                    r.Roles, r.Path, ProcessingActivities.ToStored(r.ActivityCode), (short)r.Action, r.SubjectCount, Stored(m, r.AtUtc), Convert.FromHexString(r.Hash));
            }
        }

        await using var move = Prepared(connection, transaction, m, """
            UPDATE "AuditChainHeads"
            SET "ProcessingSequence" = @ps, "ProcessingHash" = @ph, "UserSequence" = @us, "UserHash" = @uh, "Version" = @v + 1
            WHERE "RegionCode" = @region AND "Version" = @v
            """,
            ("region", typeof(string)), ("ps", typeof(long)), ("ph", typeof(string)), ("us", typeof(long)), ("uh", typeof(string)), ("v", typeof(int)));
        foreach (var (head, version) in heads)
        {
            if (await ExecuteAsync(move, cancellationToken, head.RegionCode, head.ProcessingSequence, head.ProcessingHash, head.UserSequence, head.UserHash, version) != 1)
            {
                throw new AuditChainConflictException($"The audit chain head of {head.RegionCode} moved during the append.");
            }
        }
    }

    private static ReadHead Head(DbDataReader reader)
    {
        var head = new AuditChainHead
        {
            RegionCode = reader.GetString(0),
            ProcessingSequence = reader.GetInt64(1),
            ProcessingHash = reader.GetString(2),
            UserSequence = reader.GetInt64(3),
            UserHash = reader.GetString(4),
            Version = reader.GetInt32(5),
        };
        return new ReadHead(head, head.Version);
    }

    private static (DbConnection Connection, DbTransaction Transaction) Open(WerkbrugDb db) =>
        (db.Database.GetDbConnection(),
         db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Audit records are written inside a transaction."));

    private static NpgsqlBatchCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is DateTime[] times
                ? new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = times }
                : new NpgsqlParameter(name, value));
        }

        return command;
    }

    /// <summary>
    /// A SQLite command with one parameter per column, each made by EF's type mapping for its type (so it is bound as EF binds
    /// it), prepared once and executed per row with new values.
    /// </summary>
    private static SqliteCommand Prepared(DbConnection connection, DbTransaction transaction, IRelationalTypeMappingSource mappings, string sql, params (string Name, Type Type)[] columns)
    {
        var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        foreach (var (name, type) in columns)
        {
            var mapping = mappings.FindMapping(type) ?? throw new InvalidOperationException($"No mapping for {type}.");
            command.Parameters.Add(mapping.CreateParameter(command, "@" + name, null, nullable: true));
        }

        command.Prepare();
        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A value as EF hands it to the provider (its converter applied, if the mapping has one).</summary>
    private static object? Stored<T>(IRelationalTypeMappingSource mappings, T value) =>
        value is null ? null : mappings.FindMapping(typeof(T))?.Converter?.ConvertToProvider(value) ?? value;
}
