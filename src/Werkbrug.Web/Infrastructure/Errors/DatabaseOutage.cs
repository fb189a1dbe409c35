using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>
/// Whether an exception says the database cannot be reached for now (the answer is 503 with <c>Retry-After</c>: the
/// same request may succeed in a moment) rather than that the request or the code is wrong. Only failures to reach,
/// or to be served by, the database count; a violated constraint, a deadlock or a serialisation failure do not.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>The seconds a client is asked to wait (the <c>Retry-After</c> header).</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>SQLite: the file cannot be opened (its disk or folder is gone), or stayed locked beyond the busy timeout.</summary>
    private const int SqliteBusy = 5;
    private const int SqliteCantOpen = 14;

    /// <summary>PostgreSQL: the server is shutting down, starting, out of connection slots, or the connection broke.</summary>
    private static readonly HashSet<string> UnavailableStates =
    [
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections,
        PostgresErrorCodes.ConnectionException,
        PostgresErrorCodes.ConnectionDoesNotExist,
        PostgresErrorCodes.ConnectionFailure,
        PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection,
        PostgresErrorCodes.SqlServerRejectedEstablishmentOfSqlConnection,
    ];

    /// <summary>Looks through wrappers (EF's <c>DbUpdateException</c>, a retry strategy's exception) for the database's own exception.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return UnavailableStates.Contains(postgres.SqlState);
                case NpgsqlException npgsql:
                    // Raised by Npgsql itself: refused or broken connections and timeouts carry the cause inside.
                    return npgsql.InnerException is SocketException or IOException or TimeoutException;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteCantOpen or SqliteBusy;
            }
        }

        return false;
    }
}
