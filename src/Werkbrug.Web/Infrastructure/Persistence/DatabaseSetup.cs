using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence;

public static partial class DatabaseSetup
{
    public const string ConnectionStringName = "Werkbrug";

    /// <summary>How long one migration statement may run: an upgrade that rewrites a national log takes minutes.</summary>
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromHours(1);

    /// <summary>
    /// Registers <see cref="WerkbrugDb"/> on the configured provider. Every <see cref="IInterceptor"/> a feature registers
    /// (the matching feed's, for one) is attached to the context, so Persistence knows no feature.
    /// </summary>
    public static IServiceCollection AddWerkbrugDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        services.AddScoped<AccessScope>();
        // Queries that load several collections stay single queries (EF Core's default, chosen here so it is not a
        // warning): one statement reads one consistent state, where split queries could see rows change between them.
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Werkbrug is empty. Set it, for example " +
                    "ConnectionStrings__Werkbrug=\"Host=localhost;Database=werkbrug;Username=werkbrug;Password=...\".");
            }

            var postgres = PostgresConnectionString(connectionString);
            services.AddDbContext<WerkbrugDb, PostgresWerkbrugDb>((sp, o) => o.UseNpgsql(postgres, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            var sqlite = SqliteConnectionString(configuration, environment.ContentRootPath);
            services.AddDbContext<WerkbrugDb, SqliteWerkbrugDb>((sp, o) => o.UseSqlite(sqlite, l => l.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                .AddInterceptors([.. sp.GetServices<IInterceptor>(), new SqliteMemoryMap()]));
        }

        services.AddScoped<ReferenceDataLoader>();
        services.AddReferenceChoices();
        return services;
    }

    /// <summary>
    /// Applies pending migrations, if any (EF takes a database lock, so several instances may start at once)
    /// and loads the shipped reference data.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await CreateDatabaseIfMissingAsync(db, cancellationToken);

        // The history table first: on an empty PostgreSQL database Npgsql's migrator reads it before making it, which
        // fails and logs an error for a normal first start (npgsql/efcore.pg#3407).
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        // Only when a migration is pending (a first start, an upgrade): MigrateAsync also compares the whole model with the
        // migrations' snapshot on every call, which a start that has nothing to apply need not pay (MigrationTests holds
        // the model to its migrations). MigrateAsync takes its lock and looks again, so instances may start at once.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            // A migration may rewrite a large table (ADR 0056 rewrites the processing log), longer than a request's timeout.
            db.Database.SetCommandTimeout(MigrationTimeout);
            await db.Database.MigrateAsync(cancellationToken);
            db.Database.SetCommandTimeout((int?)null);
        }
        await AuditPartitions.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync(cancellationToken);
    }

    /// <summary>
    /// A first start on a PostgreSQL server creates the configured database (the history-table step needs it before
    /// <c>MigrateAsync</c> would make it). Instances that start at once on a fresh server may both try; the one that
    /// loses finds the database made.
    /// </summary>
    private static async Task CreateDatabaseIfMissingAsync(WerkbrugDb db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    /// <summary>
    /// <paramref name="connectionString"/> with PostgreSQL's JIT compilation off for Werkbrug's sessions (ADR 0040), unless
    /// its <c>Options</c> already say what jit should be. Loading a vacancy joins its five owned collections; the planner's
    /// cost estimate for that join passes jit_above_cost, and compiling it took 1 to 3 s of CPU for a query that runs in
    /// milliseconds. Also, unless it says otherwise: repeated statements prepared (<see cref="AutoPrepared"/>) and connections
    /// returned to the pool without a reset (ADR 0050).
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options is null || !JitSetting().IsMatch(builder.Options))
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : builder.Options + " -c jit=off";
        }

        // Statements run five times are prepared on the connection, so the server parses them once and may keep their plan,
        // and a connection goes back to the pool without a reset: Werkbrug keeps no session state (no SET, no session-level
        // locks, LISTEN or temporary tables), so the reset's statements would only cost round trips (ADR 0050). The
        // connection string may say otherwise ("Max Auto Prepare=0" for a pooler that cannot keep prepared statements).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = AutoPrepared;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>How many statements a PostgreSQL connection keeps prepared unless the connection string says (ADR 0050).</summary>
    public const int AutoPrepared = 100;

    /// <summary><c>jit=...</c> in a connection string's Options (<c>jit_above_cost</c> and its like are other settings).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bjit\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex JitSetting();

    /// <summary>The configured SQLite connection string (<c>data/werkbrug.db</c> by default), its file under <paramref name="contentRoot"/> unless rooted.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=data/werkbrug.db");
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
