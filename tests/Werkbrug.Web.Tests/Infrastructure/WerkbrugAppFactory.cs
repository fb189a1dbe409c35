using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Werkbrug in-process on a real database of its own: a temporary SQLite file, or a new database on the PostgreSQL
/// server of WERKBRUG_TEST_POSTGRES (dropped again when the factory is disposed). By default the database is a copy of
/// the run's <see cref="DatabaseTemplates">template</see> (migrated, reference data loaded, demo region seeded), so
/// start-up finds nothing to do; <see cref="Empty"/> gives an empty database that start-up migrates and seeds itself.
/// </summary>
public sealed class WerkbrugAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The PBKDF2 iterations of test hosts: hashing is not what the tests test (see PasswordHashingTests).</summary>
    public const int TestPasswordIterations = 1;

    private readonly string _connectionString;
    private readonly string? _postgresDatabase;
    private readonly string? _sqliteFolder;
    private readonly bool _ownsDatabase;
    private readonly IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

    /// <summary>A host on a fresh copy of the provider's template database.</summary>
    public WerkbrugAppFactory(Db db)
        : this(db, DatabaseTemplates.NewDatabase(db), ownsDatabase: true)
    {
    }

    /// <summary>A host on a fresh copy of the provider's template database, with <paramref name="settings"/> on top of the test settings.</summary>
    public WerkbrugAppFactory(Db db, IReadOnlyDictionary<string, string> settings)
        : this(db) => _settings = settings;

    private WerkbrugAppFactory(Db db, DatabaseTemplates.Database database, bool ownsDatabase)
    {
        Db = db;
        (_connectionString, _postgresDatabase, _sqliteFolder) = (database.ConnectionString, database.PostgresName, database.SqliteFolder);
        _ownsDatabase = ownsDatabase;
    }

    public Db Db { get; }

    /// <summary>Builds the living demo region at start (<c>Demo:Living</c>); off by default, since tests count rows in the demo region.</summary>
    public bool Living { get; init; }

    public string ConnectionString => _connectionString;

    /// <summary>Every log line the app wrote, for the scans that prove personal data never reaches a log.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>
    /// The app's clock: the real time, moved forward per test with <see cref="TestClock.Shift"/> (safe on the shared hosts:
    /// the shift holds for the test's own code and requests only).
    /// </summary>
    public TestClock Clock { get; } = new();

    /// <summary>Makes the audit store fail for chosen users (to prove reads fail without it).</summary>
    public AuditFaults AuditFaults { get; } = new();

    /// <summary>A host on an empty database of its own, which start-up migrates, loads and seeds (as a first deployment does).</summary>
    public static WerkbrugAppFactory Empty(Db db) => new(db, DatabaseTemplates.NewEmptyDatabase(db), ownsDatabase: true);

    /// <summary>A host on <paramref name="database"/>, which it leaves in place when disposed (the template builder's).</summary>
    internal static WerkbrugAppFactory On(Db db, DatabaseTemplates.Database database) => new(db, database, ownsDatabase: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: the factory hands these to Program as command-line
        // arguments, so they are there while AddWerkbrug registers services. Values added with
        // ConfigureAppConfiguration arrive only at Build(), after the database provider was chosen.
        builder.UseSetting("Database:Provider", Db.ToString());
        builder.UseSetting("ConnectionStrings:Werkbrug", _connectionString);
        builder.UseSetting(KeyEncryptionOptions.Section + ":Certificate:Path", TestCertificates.Run.Path);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Living", Living ? "true" : "false");
        builder.UseSetting("RateLimits:LoginPerMinute", "10000");
        builder.UseSetting("RateLimits:PublicFormsPerMinute", "10000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Only the captured lines: the JSON console logger of non-Development environments would print every line of
        // every test host, which costs CPU and buries the test output.
        builder.ConfigureLogging(Logs.AddTo);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // The test's shift (an AsyncLocal) reaches the app: in-process requests run in the test's execution
            // context, requests over a socket carry the shift in a header.
            services.Configure<TestServerOptions>(o => o.PreserveExecutionContext = true);
            services.AddSingleton<IStartupFilter>(new TestClock.Middleware(Clock));
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordIterations);
            services.AddSingleton(AuditFaults);
            services.AddScoped<IAuditLogStore>(sp => new FaultyAuditLogStore(sp.GetRequiredService<DatabaseAuditLogStore>(), sp.GetRequiredService<AuditFaults>()));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsDatabase)
        {
            return;
        }

        if (_postgresDatabase is not null)
        {
            DatabaseTemplates.DropPostgres(_postgresDatabase);
        }

        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}
