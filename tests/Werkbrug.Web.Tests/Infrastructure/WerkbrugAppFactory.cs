using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Werkbrug in-process on a real, freshly migrated database of its own: a temporary SQLite file, or a new
/// database on the PostgreSQL server of WERKBRUG_TEST_POSTGRES (dropped again when the factory is disposed).
/// Seeds the demo region so the demo users exist.
/// </summary>
public sealed class WerkbrugAppFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly string? _postgresDatabase;
    private readonly string? _sqliteFolder;

    public WerkbrugAppFactory(Db db)
    {
        Db = db;
        if (db == Db.Postgres)
        {
            var server = ProvidersAttribute.PostgresConnectionString
                ?? throw new InvalidOperationException($"{ProvidersAttribute.PostgresVariable} is not set.");
            _postgresDatabase = $"werkbrug_test_{Guid.NewGuid():N}";
            using (var connection = new NpgsqlConnection(server))
            {
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase}", connection);
                create.ExecuteNonQuery();
            }

            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            _sqliteFolder = Directory.CreateTempSubdirectory("werkbrug-test-").FullName;
            _connectionString = $"Data Source={Path.Combine(_sqliteFolder, "werkbrug.db")}";
        }
    }

    public Db Db { get; }

    public string ConnectionString => _connectionString;

    /// <summary>Every log line the app wrote, for the scans that prove personal data never reaches a log.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>
    /// The app's clock: the real time plus an offset a test may move forward. Only on an app of the test's own (a
    /// dedicated factory or <see cref="Browser.Browsers.NewSessionWithOwnHostAsync"/>), never on the shared ones.
    /// </summary>
    public TestClock Clock { get; } = new();

    /// <summary>Makes the audit store fail for chosen users (to prove reads fail without it).</summary>
    public AuditFaults AuditFaults { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: the factory hands these to Program as command-line
        // arguments, so they are there while AddWerkbrug registers services. Values added with
        // ConfigureAppConfiguration arrive only at Build(), after the database provider was chosen.
        builder.UseSetting("Database:Provider", Db.ToString());
        builder.UseSetting("ConnectionStrings:Werkbrug", _connectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("RateLimits:LoginPerMinute", "10000");
        builder.UseSetting("RateLimits:PublicFormsPerMinute", "10000");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(AuditFaults);
            services.AddScoped<IAuditLogStore>(sp => new FaultyAuditLogStore(
                sp.GetRequiredService<DatabaseAuditLogStore>(), sp.GetRequiredService<AuditFaults>(), sp.GetRequiredService<AccessScope>()));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(ProvidersAttribute.PostgresConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}
