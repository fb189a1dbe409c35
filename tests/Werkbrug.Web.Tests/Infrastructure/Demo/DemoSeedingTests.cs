using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Demo;

namespace Werkbrug.Web.Tests.Infrastructure.Demo;

public sealed class DemoSeedingTests(Apps apps)
{
    [Theory, Providers]
    public async Task the_demo_region_has_its_municipalities_uwv_a_werkbedrijf_two_teams_and_a_user_per_role(Db db)
    {
        var app = apps.For(db);

        var (organisations, teams, users) = await app.InDbAsync(async d => (
            await d.Organisations.Where(o => o.RegionCode == DemoSeeder.RegionCode).Select(o => o.Name).ToListAsync(),
            await d.Teams.CountAsync(t => t.RegionCode == DemoSeeder.RegionCode),
            await d.Users.Where(u => u.RegionCode == DemoSeeder.RegionCode && u.Email!.EndsWith("@demo.werkbrug.nl")).CountAsync()));

        Assert.Contains("Gemeente Amersfoort", organisations);
        Assert.Contains("Gemeente Woudenberg", organisations);
        Assert.Contains("UWV Amersfoort", organisations);
        Assert.Contains("Werkbedrijf Eemland", organisations);
        Assert.Equal(2, teams);
        Assert.Equal(DemoSeeder.Users.Count, users);
    }

    [Theory, Providers]
    public async Task seeding_twice_adds_nothing(Db db)
    {
        var app = apps.For(db);
        var before = await app.InDbAsync(d => d.Organisations.Where(o => o.RegionCode == DemoSeeder.RegionCode).Select(o => o.Id).ToListAsync());

        await app.InScopeAsync<DemoSeeder>(s => s.SeedAsync(TestContext.Current.CancellationToken));

        // Other test classes create organisations at the same time (in the demo region "Organisatie <unique>", elsewhere
        // synthetic ones); the seeder, which only seeds the demo region, may add none.
        var added = await app.InDbAsync(d => d.Organisations.Where(o => o.RegionCode == DemoSeeder.RegionCode && !before.Contains(o.Id)).Select(o => o.Name).ToListAsync());
        Assert.All(added, name => Assert.StartsWith("Organisatie ", name, StringComparison.Ordinal));
    }

    [Fact]
    public void production_refuses_to_start_with_demo_seeding()
    {
        using var production = new WerkbrugAppFactory(Db.Sqlite).WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = Assert.Throws<InvalidOperationException>(() => production.Server);

        Assert.Contains("never seeded in Production", error.Message, StringComparison.Ordinal);
    }
}
