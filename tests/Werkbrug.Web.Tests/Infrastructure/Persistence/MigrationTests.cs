using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Tests.Infrastructure.Persistence;

public sealed class MigrationTests(Apps apps)
{
    public static TheoryData<string> Contexts => ["Sqlite", "Postgres"];

    [Theory, MemberData(nameof(Contexts))]
    public void the_model_has_no_changes_missing_from_the_provider_migrations(string provider)
    {
        using var db = DesignTime(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration. Run: dotnet ef migrations add <Name> --project src/Werkbrug.Web --context {provider}WerkbrugDb --output-dir Infrastructure/Persistence/Migrations/{provider}");
    }

    /// <summary>An index whose columns begin another index's or key's is paid for on every insert and never needed (ADR 0046).</summary>
    [Theory, MemberData(nameof(Contexts))]
    public void no_index_repeats_the_first_columns_of_another(string provider)
    {
        using var db = DesignTime(provider);

        var repeated = (from entity in db.Model.GetEntityTypes()
                        let others = entity.GetIndexes().Select(i => (Name: i.GetDatabaseName(), Columns: i.Properties.Select(p => p.Name).ToArray()))
                            .Concat(entity.GetKeys().Select(k => (Name: k.GetName(), Columns: k.Properties.Select(p => p.Name).ToArray()))).ToList()
                        from index in entity.GetIndexes()
                        let columns = index.Properties.Select(p => p.Name).ToArray()
                        where !index.IsUnique && others.Any(o => o.Name != index.GetDatabaseName() && o.Columns.Length > columns.Length && o.Columns.Take(columns.Length).SequenceEqual(columns))
                        select $"{entity.GetTableName()}.{index.GetDatabaseName()}").ToList();

        Assert.Empty(repeated);
    }

    private static WerkbrugDb DesignTime(string provider) =>
        provider == "Sqlite" ? new SqliteDesignTimeFactory().CreateDbContext([]) : new PostgresDesignTimeFactory().CreateDbContext([]);

    [Theory, Providers]
    public async Task start_up_applies_every_migration_and_loads_reference_data(Db db)
    {
        var app = apps.For(db);

        var (pending, regions, municipalities, postcodes, sections, amersfoort) = await app.InDbAsync(async d => (
            (await d.Database.GetPendingMigrationsAsync()).Count(),
            await d.Regions.CountAsync(),
            await d.Municipalities.CountAsync(),
            await d.PostcodeAreas.CountAsync(),
            await d.SbiSections.CountAsync(),
            await d.Municipalities.Where(m => m.RegionCode == "AM14").OrderBy(m => m.Name).Select(m => m.Name).ToListAsync()));

        Assert.Equal(0, pending);
        Assert.Equal(35, regions);
        Assert.True(municipalities > 340, $"{municipalities} municipalities");
        Assert.True(postcodes > 4000, $"{postcodes} postcode areas");
        Assert.Equal(21, sections);
        Assert.Equal(["Amersfoort", "Baarn", "Bunschoten", "Leusden", "Nijkerk", "Soest", "Woudenberg"], amersfoort);
    }

    [Theory, Providers]
    public async Task loading_reference_data_twice_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var before = await app.InDbAsync(d => d.PostcodeAreas.CountAsync());

        await app.Services.InitialiseDatabaseAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, await app.InDbAsync(d => d.PostcodeAreas.CountAsync()));
    }
}

public sealed class PostgresSessionTests(Apps apps)
{
    [Theory]
    [InlineData("Host=db;Database=werkbrug", "-c jit=off")]
    [InlineData("Host=db;Database=werkbrug;Options=-c statement_timeout=5000", "-c statement_timeout=5000 -c jit=off")]
    [InlineData("Host=db;Database=werkbrug;Options=-c jit=on", "-c jit=on")]
    [InlineData("Host=db;Database=werkbrug;Options=-c jit_above_cost=500000", "-c jit_above_cost=500000 -c jit=off")]
    public void the_app_turns_jit_off_unless_the_connection_string_says_otherwise(string configured, string options) =>
        Assert.Equal(options, new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(configured)).Options);

    [Theory]
    [InlineData("Host=db;Database=werkbrug", DatabaseSetup.AutoPrepared)]
    [InlineData("Host=db;Database=werkbrug;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=werkbrug;max auto prepare=20", 20)]
    [InlineData("Host=db;Database=werkbrug;MaxAutoPrepare=0", 0)]
    public void the_app_prepares_repeated_statements_unless_the_connection_string_says_otherwise(string configured, int prepared) =>
        Assert.Equal(prepared, new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(configured)).MaxAutoPrepare);

    [Theory]
    [InlineData("Host=db;Database=werkbrug", true)]
    [InlineData("Host=db;Database=werkbrug;No Reset On Close=false", false)]
    [InlineData("Host=db;Database=werkbrug;noresetonclose=false", false)]
    public void the_app_returns_connections_without_a_reset_unless_the_connection_string_says_otherwise(string configured, bool noReset) =>
        Assert.Equal(noReset, new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(configured)).NoResetOnClose);

    [Theory, Providers]
    public async Task the_apps_postgresql_sessions_run_without_jit(Db db)
    {
        if (db != Db.Postgres)
        {
            Assert.Skip("jit is PostgreSQL's");
        }

        var app = apps.For(db);

        var jit = await app.InDbAsync(d => d.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());

        Assert.Equal("off", jit);
    }
}

public sealed class ListColumnTests(Apps apps)
{
    [Theory, Providers]
    public async Task a_list_kept_in_one_column_counts_as_changed_only_when_its_elements_change(Db db)
    {
        var app = apps.For(db);

        var states = await app.InDbAsync(d =>
        {
            var profile = new JobSeekerProfile
            {
                Id = Guid.NewGuid(),
                RegionCode = "AM14",
                OwnerOrganisationId = Guid.NewGuid(),
                CaseManagerUserId = Guid.NewGuid(),
                Pseudonym = "WZ-LIST",
                GivenName = "Lijst",
                Surname = "Kolom",
                BirthDate = new DateOnly(1990, 1, 1),
                Postcode = "3811 AA",
                Pc4 = "3811",
                RegisteredOn = new DateOnly(2026, 1, 1),
                Traits = ["precies", "rustig"],
                Preferences = new WorkPreferences { Branches = ["C", "G"] },
            };
            d.Attach(profile);
            var property = d.Entry(profile).Property(j => j.Traits);
            var seen = new List<(string, bool)>();
            void See(string step)
            {
                d.ChangeTracker.DetectChanges();
                seen.Add((step, property.IsModified));
            }

            See("loaded");
            profile.Traits = [.. profile.Traits];
            See("an equal copy");
            profile.Traits.Add("nauwkeurig-test");
            See("an element added in place");
            profile.Traits.RemoveAt(profile.Traits.Count - 1);
            property.IsModified = false;
            profile.Preferences.Branches.Reverse();
            profile.Preferences.Branches.Add("Z");
            d.ChangeTracker.DetectChanges();
            seen.Add(("a list of an owned type changed in place", d.Entry(profile.Preferences).Property(p => p.Branches).IsModified));
            return Task.FromResult(seen);
        });

        Assert.Equal(
            [("loaded", false), ("an equal copy", false), ("an element added in place", true), ("a list of an owned type changed in place", true)],
            states);
    }
}
