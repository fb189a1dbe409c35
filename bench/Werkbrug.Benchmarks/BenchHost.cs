using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Benchmarks;

/// <summary>
/// Werkbrug's services (no web server) on a fresh, migrated database: a SQLite file in a temporary folder, or a new
/// database on the PostgreSQL server of <c>postgresServer</c>; both are removed on dispose, unless the host is started
/// with a <c>keep</c> name: then the folder (<c>/tmp/werkbrug-bench-NAME</c>) and database (<c>werkbrug_bench_NAME</c>) are
/// reused by the next start with that name and kept (<see cref="Reused"/> says whether they held a database already). Handlers run in a scope of
/// their own as a chosen user, as in a request.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly string? _postgresDatabase;
    private readonly string? _postgresServer;

    private readonly bool _keep;

    private BenchHost(WebApplication app, string folder, string provider, string? postgresServer, string? postgresDatabase, bool keep, bool reused) =>
        (_app, _folder, Provider, _postgresServer, _postgresDatabase, _keep, Reused) = (app, folder, provider, postgresServer, postgresDatabase, keep, reused);

    /// <summary>Whether a kept database of an earlier run was opened (and so holds that run's data).</summary>
    public bool Reused { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>"Sqlite" or "Postgres".</summary>
    public string Provider { get; }

    public static Task<BenchHost> StartAsync(string provider, string? postgresServer, params string[] settings) =>
        StartAsync(provider, postgresServer, keep: null, settings);

    /// <summary>Not <c>params</c>: a call with one setting must not bind it to <paramref name="keep"/> (the import verb's did).</summary>
    public static async Task<BenchHost> StartAsync(string provider, string? postgresServer, string? keep, string[] settings)
    {
        if (keep is not null && !keep.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            throw new ArgumentException("--keep takes a name of lower-case letters and digits.", nameof(keep));
        }

        var folder = keep is null ? Directory.CreateTempSubdirectory("werkbrug-bench-").FullName : Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"werkbrug-bench-{keep}")).FullName;
        var reused = false;
        string connectionString;
        string? database = null;
        if (provider == "Postgres")
        {
            database = keep is null ? $"werkbrug_bench_{Guid.NewGuid():N}"[..40] : $"werkbrug_bench_{keep}";
            await using (var server = new NpgsqlConnection(postgresServer))
            {
                await server.OpenAsync();
                await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{database}'", server);
                reused = (long)(await exists.ExecuteScalarAsync())! > 0;
                if (!reused)
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", server);
                    await create.ExecuteNonQueryAsync();
                }
            }

            connectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = database }.ConnectionString;
        }
        else
        {
            reused = File.Exists(Path.Combine(folder, "werkbrug.db"));
            connectionString = $"Data Source={Path.Combine(folder, "werkbrug.db")}";
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = folder,
            ApplicationName = "Werkbrug.Web",
            Args =
            [
                $"--Database:Provider={provider}", $"--ConnectionStrings:Werkbrug={connectionString}",
                "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning", .. settings,
            ],
        });
        builder.AddWerkbrug();
        var app = builder.Build();
        await app.Services.InitialiseDatabaseAsync();
        return new BenchHost(app, folder, provider, postgresServer, database, keep is not null, reused);
    }

    /// <summary>Runs <paramref name="work"/> in a scope of its own with <paramref name="user"/> as the request's user.</summary>
    public async Task<T> AsAsync<T>(ClaimsPrincipal user, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        try
        {
            return await work(scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>A new organisation of the first region with one user in <paramref name="roles"/>; returns the region and the user as signed in.</summary>
    public async Task<(string RegionCode, ClaimsPrincipal User)> AddUserAsync(params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var region = await db.Municipalities.OrderBy(m => m.RegionCode).Select(m => m.RegionCode).FirstAsync();
        var servicePoint = new ServicePoint { RegionCode = region, Name = "Werkgeversservicepunt benchmark", Kind = ServicePointKind.Regional };
        db.ServicePoints.Add(servicePoint);
        var organisation = new Organisation { RegionCode = region, ServicePointId = servicePoint.Id, Name = "Benchmark", Type = OrganisationType.Municipality };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WerkbrugUser>>();
        var user = new WerkbrugUser { UserName = "bench@werkbrug.nl", Email = "bench@werkbrug.nl", DisplayName = "Benchmark", RegionCode = region, OrganisationId = organisation.Id };
        Check(await users.CreateAsync(user, "Benchmark-password-1234"));
        Check(await users.AddToRolesAsync(user, roles));
        return (region, await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<WerkbrugUser>>().CreateAsync(user));
    }

    /// <summary>An existing user as signed in.</summary>
    public async Task<ClaimsPrincipal> UserAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<WerkbrugUser>>().FindByIdAsync(id.ToString())
            ?? throw new InvalidOperationException($"No user {id}.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<WerkbrugUser>>().CreateAsync(user);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_keep)
        {
            return;
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(_postgresServer);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
