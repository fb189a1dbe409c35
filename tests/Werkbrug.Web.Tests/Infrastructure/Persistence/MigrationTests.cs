using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Tests.Infrastructure.Persistence;

public sealed class MigrationTests(Apps apps)
{
    public static TheoryData<string> Contexts => ["Sqlite", "Postgres"];

    [Theory, MemberData(nameof(Contexts))]
    public void the_model_has_no_changes_missing_from_the_provider_migrations(string provider)
    {
        using WerkbrugDb db = provider == "Sqlite" ? new SqliteDesignTimeFactory().CreateDbContext([]) : new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration. Run: dotnet ef migrations add <Name> --project src/Werkbrug.Web --context {provider}WerkbrugDb --output-dir Infrastructure/Persistence/Migrations/{provider}");
    }

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
