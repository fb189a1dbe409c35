using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>Which database failures answer 503 (try again) and which stay errors of the request or the code.</summary>
public sealed class DatabaseOutageTests
{
    private static PostgresException Postgres(string state) => new("message", "FATAL", "FATAL", state);

    private static readonly (string Case, Exception Exception, bool Outage)[] Cases =
    [
        ("PostgreSQL refused the connection", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), true),
        ("PostgreSQL connection broke while reading", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()), true),
        ("PostgreSQL connect or pool timeout", new NpgsqlException("The operation has timed out", new TimeoutException()), true),
        ("PostgreSQL shutting down (57P01)", Postgres(PostgresErrorCodes.AdminShutdown), true),
        ("PostgreSQL crashed (57P02)", Postgres(PostgresErrorCodes.CrashShutdown), true),
        ("PostgreSQL starting up (57P03)", Postgres(PostgresErrorCodes.CannotConnectNow), true),
        ("PostgreSQL too many connections (53300)", Postgres(PostgresErrorCodes.TooManyConnections), true),
        ("PostgreSQL connection failure (08006)", Postgres(PostgresErrorCodes.ConnectionFailure), true),
        ("a save that could not reach PostgreSQL", new DbUpdateException("save", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.TimedOut))), true),
        ("PostgreSQL unique violation", Postgres(PostgresErrorCodes.UniqueViolation), false),
        ("a save that broke a foreign key", new DbUpdateException("save", Postgres(PostgresErrorCodes.ForeignKeyViolation)), false),
        ("PostgreSQL deadlock", Postgres(PostgresErrorCodes.DeadlockDetected), false),
        ("PostgreSQL serialisation failure", Postgres(PostgresErrorCodes.SerializationFailure), false),
        ("PostgreSQL unknown database (a configuration error)", Postgres(PostgresErrorCodes.InvalidCatalogName), false),
        ("Npgsql without a cause", new NpgsqlException("something else"), false),
        ("SQLite cannot open the file", new SqliteException("unable to open database file", 14), true),
        ("SQLite busy beyond the timeout", new SqliteException("database is locked", 5), true),
        ("SQLite constraint", new SqliteException("UNIQUE constraint failed", 19), false),
        ("SQLite constraint in a save", new DbUpdateException("save", new SqliteException("FOREIGN KEY constraint failed", 19)), false),
        ("SQLite syntax error", new SqliteException("syntax error", 1), false),
        ("not a database exception", new InvalidOperationException("bug"), false),
        ("a socket error outside the database", new HttpRequestException("remote", new SocketException((int)SocketError.ConnectionRefused)), false),
    ];

    [Fact]
    public void only_failures_to_reach_the_database_count_as_an_outage()
    {
        var wrong = Cases.Where(c => DatabaseOutage.Is(c.Exception) != c.Outage).Select(c => $"{c.Case}: expected {c.Outage}").ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
