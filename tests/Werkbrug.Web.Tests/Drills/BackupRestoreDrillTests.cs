using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Drills;

/// <summary>
/// Backup and restore drills (docs/operations.md): a backup taken while the app runs (PostgreSQL: pg_dump and pg_restore;
/// SQLite: the <c>backup</c> verb, SQLite's online backup), restored into a new database that an app starts on, with the
/// same key-encryption certificate: every record is there and the sealed BSN opens.
/// </summary>
[Trait("drill", "true")]
public sealed class BackupRestoreDrillTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task a_backup_restored_into_a_new_database_serves_every_record_and_opens_the_sealed_bsn(Db db)
    {
        DatabaseTemplates.Database restored;
        TestUser caseManager;
        RegisteredJobSeeker seeker;
        Guid employer;
        var clock = Stopwatch.StartNew();
        await using (var live = new WerkbrugAppFactory(db))
        {
            caseManager = await live.CreateUserAsync("AM14", Roles.CaseManager, Roles.AccountManager);
            seeker = await live.RegisterJobSeekerAsync(caseManager);
            employer = await live.ApiClient(caseManager).RegisterEmployerAsync();

            clock.Restart();
            restored = db == Db.Postgres ? await DumpAndRestoreAsync(live.ConnectionString) : await BackUpAndCopyAsync(live.ConnectionString);
            TestContext.Current.TestOutputHelper?.WriteLine($"{db}: backup and restore took {clock.Elapsed.TotalSeconds:0.0} s");
        }

        try
        {
            clock.Restart();
            await using var app = WerkbrugAppFactory.On(db, restored);
            var api = app.ApiClient(caseManager);
            using var profile = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/job-seekers/{seeker.Id}", Ct));
            TestContext.Current.TestOutputHelper?.WriteLine($"{db}: the app served the restored database after {clock.Elapsed.TotalSeconds:0.0} s");
            var found = await api.PostAsJsonAsync("/api/v1/job-seekers/find-by-bsn", new { bsn = seeker.Bsn }, Ct);

            Assert.Equal("••••••" + seeker.Bsn[^3..], profile.RootElement.GetProperty("bsnMasked").GetString());
            Assert.Equal("Aanpassing " + seeker.Marker, profile.RootElement.GetProperty("workRequirements").GetProperty("adjustments").GetString());
            Assert.Equal([seeker.Id], (await found.Content.ReadFromJsonAsync<JsonElement>(Ct)).Items().Select(i => i.GetProperty("id").GetGuid()));
            Assert.Equal(employer, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{employer}", Ct)).GetProperty("id").GetGuid());
        }
        finally
        {
            DatabaseTemplates.Delete(restored);
        }
    }

    /// <summary>pg_dump in the custom format while the app runs, then pg_restore into a new, empty database.</summary>
    private static async Task<DatabaseTemplates.Database> DumpAndRestoreAsync(string connectionString)
    {
        var source = new NpgsqlConnectionStringBuilder(connectionString);
        var folder = Directory.CreateTempSubdirectory("werkbrug-drill-dump-").FullName;
        try
        {
            var dump = Path.Combine(folder, "werkbrug.dump");
            string[] server = ["-h", source.Host!, "-p", source.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", source.Username!];
            await PrivatePostgres.ClientAsync("pg_dump", [.. server, "-Fc", "-d", source.Database!, "-f", dump]);
            var restored = DatabaseTemplates.NewEmptyDatabase(Db.Postgres);
            await PrivatePostgres.ClientAsync("pg_restore", [.. server, "--exit-on-error", "--no-owner", "-d", restored.PostgresName!, dump]);
            return restored;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The <c>backup</c> verb of the built executable while the app runs, the copy then put in place of a new database.</summary>
    private static async Task<DatabaseTemplates.Database> BackUpAndCopyAsync(string connectionString)
    {
        var restored = DatabaseTemplates.NewEmptyDatabase(Db.Sqlite);
        var backup = Path.Combine(restored.SqliteFolder!, "backup.db");
        var (exitCode, output) = await AppProcess.RunCliAsync(Db.Sqlite, connectionString, "backup", backup);
        Assert.True(exitCode == 0, output);
        var again = await AppProcess.RunCliAsync(Db.Sqlite, connectionString, "backup", backup);
        Assert.Equal(1, again.ExitCode); // never overwrites
        File.Move(backup, restored.SqliteFile!);
        return restored;
    }
}
