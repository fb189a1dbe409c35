using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// One template database per provider and run: an empty database that a real Werkbrug start-up migrated, loaded with
/// reference data and seeded with the demo region. Hosts of their own start from a copy (PostgreSQL:
/// <c>CREATE DATABASE ... TEMPLATE</c>; SQLite: a copy of the file), so they pay for neither again; their start-up
/// still runs the same initialisation, which finds nothing to do.
/// </summary>
public static class DatabaseTemplates
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..12];
    private static readonly ConcurrentDictionary<Db, Lazy<Database>> Templates = new();

    /// <summary>Where a database is: its connection string and what to drop or delete afterwards.</summary>
    public sealed record Database(string ConnectionString, string? PostgresName, string? SqliteFolder)
    {
        public string? SqliteFile => SqliteFolder is null ? null : Path.Combine(SqliteFolder, "werkbrug.db");
    }

    private static string PostgresServer => ProvidersAttribute.PostgresConnectionString
        ?? throw new InvalidOperationException($"{ProvidersAttribute.PostgresVariable} is not set.");

    /// <summary>A new, empty database.</summary>
    public static Database NewEmptyDatabase(Db db)
    {
        if (db == Db.Postgres)
        {
            var name = $"werkbrug_test_{Guid.NewGuid():N}";
            Execute($"CREATE DATABASE {name}");
            return new Database(PostgresConnection(name), name, null);
        }

        var folder = Directory.CreateTempSubdirectory("werkbrug-test-").FullName;
        return new Database($"Data Source={Path.Combine(folder, "werkbrug.db")}", null, folder);
    }

    /// <summary>A new database copied from the provider's template (built on first use).</summary>
    public static Database NewDatabase(Db db)
    {
        var template = Templates.GetOrAdd(db, d => new Lazy<Database>(() => Build(d))).Value;
        if (db == Db.Postgres)
        {
            var name = $"werkbrug_test_{Guid.NewGuid():N}";
            // The template may still show the builder's connections for a moment after they were closed.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    Execute($"CREATE DATABASE {name} TEMPLATE {template.PostgresName}");
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
                {
                    Thread.Sleep(100);
                }
            }

            return new Database(PostgresConnection(name), name, null);
        }

        var folder = Directory.CreateTempSubdirectory("werkbrug-test-").FullName;
        var copy = new Database($"Data Source={Path.Combine(folder, "werkbrug.db")}", null, folder);
        File.Copy(template.SqliteFile!, copy.SqliteFile!);
        return copy;
    }

    /// <summary>Drops the run's templates (called once, when the run's shared hosts stop).</summary>
    public static void DropAll()
    {
        foreach (var (db, template) in Templates.Where(t => t.Value.IsValueCreated).Select(t => (t.Key, t.Value.Value)))
        {
            if (db == Db.Postgres)
            {
                DropPostgres(template.PostgresName!);
            }
            else if (template.SqliteFolder is not null && Directory.Exists(template.SqliteFolder))
            {
                Directory.Delete(template.SqliteFolder, recursive: true);
            }
        }
    }

    /// <summary>Drops or deletes a database of <see cref="NewDatabase"/> or <see cref="NewEmptyDatabase"/>.</summary>
    public static void Delete(Database database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.PostgresName is not null)
        {
            DropPostgres(database.PostgresName);
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(database.SqliteFolder!, recursive: true);
    }

    /// <summary>A context on a database without a host, in the system scope: to arrange or check rows around hosts that come and go.</summary>
    public static WerkbrugDb Open(Db db, string connectionString) => db == Db.Postgres
        ? new PostgresWerkbrugDb(new DbContextOptionsBuilder<PostgresWerkbrugDb>().UseNpgsql(connectionString).Options, AccessScope.System())
        : new SqliteWerkbrugDb(new DbContextOptionsBuilder<SqliteWerkbrugDb>().UseSqlite(connectionString).Options, AccessScope.System());

    public static void DropPostgres(string name)
    {
        ClearPools(PostgresConnection(name));
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static Database Build(Db db)
    {
        Database template;
        if (db == Db.Postgres)
        {
            // Not created here: the first start on a fresh server creates its database, as an operator's does.
            var name = $"werkbrug_template_{RunId}";
            template = new Database(PostgresConnection(name), name, null);
        }
        else
        {
            template = NewEmptyDatabase(db);
        }

        // A real start-up on the empty database: migrations, reference data, the demo region.
        using (var builder = WerkbrugAppFactory.On(db, template))
        {
            _ = builder.Server;
        }

        // No connection may stay open: PostgreSQL refuses a template in use, and SQLite checkpoints its
        // write-ahead log into the file when the last connection closes.
        if (db == Db.Postgres)
        {
            ClearPools(template.ConnectionString);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (File.Exists(template.SqliteFile + "-wal") && new FileInfo(template.SqliteFile + "-wal").Length > 0)
            {
                using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={template.SqliteFile};Pooling=False");
                connection.Open();
                using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                checkpoint.ExecuteNonQuery();
            }
        }

        return template;
    }

    /// <summary>Closes the idle pooled connections to a database: the tests' own, and the app's (its sessions' options make it another pool).</summary>
    public static void ClearPools(string connectionString)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(DatabaseSetup.PostgresConnectionString(connectionString)));
    }

    private static string PostgresConnection(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database }.ConnectionString;

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
