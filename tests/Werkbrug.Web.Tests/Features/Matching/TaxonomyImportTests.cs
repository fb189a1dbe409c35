using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Werkbrug.Domain.Organisations;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Tests;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Tests.Drills;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>
/// The taxonomy an operator brings (ADR 0044): the <c>import-esco</c> verb of the built executable reads the real ESCO files
/// (the English sample with its relations, and the Dutch occupation labels) into the database; an instance that starts
/// afterwards resolves and explains with it, in Dutch where ESCO has Dutch and marked "(Engels)" where it has not, and
/// resolves what was stored before again. A database of its own: the import is national.
/// </summary>
public sealed class TaxonomyImportTests
{
    private const string Region = "AM11";

    /// <summary>"fysiotherapeut": in the ESCO download, not in the starter set.</summary>
    private const string Physiotherapist = "http://data.europa.eu/esco/occupation/006cc1f9-2841-41c3-991a-dc3f2f3bd533";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task an_imported_esco_download_is_the_taxonomy_an_instance_resolves_and_explains_with_from_its_next_start(Db db)
    {
        await using var app = new WerkbrugAppFactory(db);
        var coach = await app.CreateAdviserAsync(Region, Roles.AccountManager, Roles.CaseManager);
        Assert.Equal(0, app.Services.GetRequiredService<MatchingCodes>().InForce.Version);
        Assert.Null(TaxonomyTsv.Starter.FindOccupation(Physiotherapist));
        // Stored while the starter set was in force: the occupation stays as typed, without a code.
        var before = await app.ApiClient(coach).RegisterAsync(MatchingTestData.AProfile(p => (p["workExperience"], p["skills"]) =
            (new[] { new { occupation = "Fysiotherapeut", organisation = "Praktijk Oost", from = "2012-01-01", until = "2024-01-01" } }, Array.Empty<object>())));
        Assert.Null(await OccupationCodeAsync(app, before.Id));
        var plain = await app.ApiClient(coach).RegisterAsync(MatchingTestData.AProfile(p => (p["workExperience"], p["skills"], p["desiredOccupations"]) =
            (Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>())));
        var versions = await VersionsAsync(app, before.Id, plain.Id);

        // Wrong paths and files without occupations change nothing.
        var missing = await AppProcess.RunCliAsync(db, app.ConnectionString, "import-esco", "/no/such/esco");
        Assert.True(missing.ExitCode == 2 && missing.Output.Contains("/no/such/esco is neither a file nor a folder. Nothing was imported.", StringComparison.Ordinal), missing.Output);
        var regions = await AppProcess.RunCliAsync(db, app.ConnectionString, "import-esco", SharedData.PathOf("regions"));
        Assert.True(regions.ExitCode == 1 && regions.Output.Contains("hold no ESCO occupations", StringComparison.Ordinal), regions.Output);
        Assert.Equal(0, await app.InDbAsync(d => d.TaxonomyVersions.CountAsync(Ct)));

        string[] download = ["import-esco", SharedData.PathOf("esco-sample-en"), SharedData.PathOf("esco-occupations-nl", "occupations_nl.csv")];
        var imported = await AppProcess.RunCliAsync(db, app.ConnectionString, download);
        Assert.True(imported.ExitCode == 0, imported.Output);
        Assert.True(imported.Output.Contains("Imported taxonomy version 1 from ", StringComparison.Ordinal), imported.Output);
        Assert.True(imported.Output.Contains("3007 occupations (3007 with a Dutch label), 1000 skills (0 with a Dutch label), 8674 occupation-skill relations", StringComparison.Ordinal), imported.Output);

        // The running instance keeps the taxonomy it started with; the next one starts on the import.
        Assert.Equal(0, app.Services.GetRequiredService<MatchingCodes>().InForce.Version);
        await using var next = app.WithWebHostBuilder(_ => { });
        var codes = next.Services.GetRequiredService<MatchingCodes>();
        Assert.Equal((1, 3007, 1000), (codes.InForce.Version, codes.InForce.Occupations, codes.InForce.Skills));
        // The same taxonomy again (as read back from the database) is no new version, and nothing is marked for resolving.
        var again = await next.InDbAsync(d => TaxonomyVersions.StoreAsync(d, codes.Taxonomy, ["again.csv"], DateTime.UtcNow, Ct));
        Assert.Equal((1, true, 0, 0), (again.Number, again.Unchanged, again.ProfilesToResolve, again.VacanciesToResolve));
        Assert.Equal(1, await app.InDbAsync(d => d.TaxonomyVersions.CountAsync(Ct)));
        Assert.Equal("fysiotherapeut", codes.Taxonomy.FindOccupation(Physiotherapist)!.DisplayLabel);
        await FeedCaughtUpAsync(next);
        Assert.Equal(Physiotherapist, await OccupationCodeAsync(app, before.Id));
        // Resolving again changed one profile's code, so that profile has a new version and a change in the exchange feed;
        // the other has no codes to change and only its flag was set.
        Assert.Equal((versions.Before + 1, versions.Plain), await VersionsAsync(app, before.Id, plain.Id));
        Assert.True(await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == plain.Id).Select(j => j.TaxonomyCoded).SingleAsync(Ct)));
        var feed = await app.InDbAsync(d => d.ExchangeChanges.Where(c => c.EntityId == before.Id || c.EntityId == plain.Id).Select(c => c.EntityId).ToListAsync(Ct));
        Assert.Equal((2, 1), (feed.Count(id => id == before.Id), feed.Count(id => id == plain.Id)));

        var api = next.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", coach.Token);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(), "Fysiotherapeut", b =>
        {
            b["occupation"] = "fysiotherapeut";
            b["skills"] = new object[] { new { label = "contribute to quality physiotherapy services", kind = "Required", importance = "Must" } };
        });
        await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        Assert.Equal(Physiotherapist, await next.InDbAsync(d => d.Vacancies.Where(v => v.Id == vacancy.Id()).Select(v => v.OccupationCode).SingleAsync(Ct)));
        await FeedCaughtUpAsync(next);

        var taxonomy = (await api.GetJsonAsync("/api/v1/matching/weights")).GetProperty("taxonomy");
        Assert.Equal((1, 3007, 3007, 1000, 0), (taxonomy.GetProperty("version").GetInt32(), taxonomy.GetProperty("occupations").GetInt32(),
            taxonomy.GetProperty("dutchOccupationLabels").GetInt32(), taxonomy.GetProperty("skills").GetInt32(), taxonomy.GetProperty("dutchSkillLabels").GetInt32()));
        var candidates = (await api.GetJsonAsync($"/api/v1/vacancies/{vacancy.Id()}/candidates?pageSize=100&instruments=false")).Items();
        var candidate = Assert.Single(candidates, c => c.GetProperty("pseudonym").GetString() == before.Pseudonym);
        var breakdown = candidate.GetProperty("breakdown").EnumerateArray().ToList();
        var occupation = Assert.Single(breakdown, c => c.GetProperty("label").GetString() == "Beroep");
        Assert.Equal(1000, occupation.GetProperty("credit").GetInt32());
        Assert.Contains("fysiotherapeut", occupation.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var skill = Assert.Single(breakdown.SelectMany(c => c.GetProperty("skills").EnumerateArray()));
        Assert.Equal("contribute to quality physiotherapy services (Engels)", skill.GetProperty("skill").GetString());
        Assert.Equal(("Occupation", "fysiotherapeut"), (skill.GetProperty("source").GetString(), skill.GetProperty("via").GetString()));
    }

    private static Task FeedCaughtUpAsync(WebApplicationFactory<Program> host) =>
        host.Services.GetServices<IHostedService>().OfType<MatchingIndexFeed>().Single().WhenCaughtUpAsync(Ct);

    private static async Task<(int Before, int Plain)> VersionsAsync(WebApplicationFactory<Program> app, Guid before, Guid plain)
    {
        var versions = await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == before || j.Id == plain).ToDictionaryAsync(j => j.Id, j => j.Version, Ct));
        return (versions[before], versions[plain]);
    }

    private static async Task<string?> OccupationCodeAsync(WebApplicationFactory<Program> app, Guid id) =>
        (await app.InDbAsync(d => d.JobSeekers.AsNoTracking().Where(j => j.Id == id).SingleAsync(Ct))).WorkExperience.Single().OccupationCode;
}
