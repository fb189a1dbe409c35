using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>
/// The region's matching weights: the region coordinator sets them with a reason, each change is a new version, the next
/// search ranks with them and its ranking record names them. Weights are region-wide, so this class has region AM07 to
/// itself for matching (the other classes there do not search candidates).
/// </summary>
public sealed class RegionWeightsTests(Apps apps)
{
    public const string Region = "AM07";
    private const string Url = "/api/v1/matching/weights";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Weights(int requiredSkills, int version, string? reason = "Vaardigheden wegen zwaarder (regio-overleg 3 december)", int others = -1) => new
    {
        requiredSkills,
        niceToHaveSkills = others < 0 ? 8 : others,
        occupation = others < 0 ? 20 : others,
        competences = others < 0 ? 8 : others,
        hours = others < 0 ? 6 : others,
        education = others < 0 ? 5 : others,
        language = others < 0 ? 5 : others,
        drivingLicence = others < 0 ? 4 : others,
        experience = others < 0 ? 4 : others,
        tasks = others < 0 ? 5 : others,
        reason,
        version,
    };

    [Theory, Providers]
    public async Task the_coordinators_new_weights_rank_the_next_search_and_the_ranking_record_names_them(Db db)
    {
        var app = apps.For(db);
        var coordinator = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.RegionCoordinator));
        var accountManager = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var caseManager = await app.CreateUserInOrganisationAsync(accountManager, Roles.CaseManager);
        var api = app.ApiClient(accountManager);
        var vacancyId = await api.OpenWarehouseVacancyAsync();
        await app.RegisterJobSeekerAsync(caseManager);
        await app.MatchingCaughtUpAsync();

        var before = await api.GetJsonAsync(Url);
        var version = before.GetProperty("current").GetProperty("version").GetInt32();
        Assert.Equal(0, before.GetProperty("history").EnumerateArray().Last().GetProperty("version").GetInt32());
        // What the matching runs on besides the weights: here the embedded starter set, all in Dutch.
        var taxonomy = before.GetProperty("taxonomy");
        var starterSkills = TaxonomyTsv.Starter.Skills.Count(s => s.Kind != SkillKind.Group);
        Assert.Equal((0, JsonValueKind.Null, 177, 177, starterSkills, starterSkills), (taxonomy.GetProperty("version").GetInt32(), taxonomy.GetProperty("importedAtUtc").ValueKind,
            taxonomy.GetProperty("occupations").GetInt32(), taxonomy.GetProperty("dutchOccupationLabels").GetInt32(), taxonomy.GetProperty("skills").GetInt32(), taxonomy.GetProperty("dutchSkillLabels").GetInt32()));

        // Advisers read the weights but do not set them; bad input changes nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync(Url, Weights(100, version), Ct)).StatusCode);
        var tooHeavy = await coordinator.PutAsJsonAsync(Url, Weights(1001, version), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooHeavy.StatusCode);
        Assert.Contains("\"requiredSkills\"", await tooHeavy.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var allZero = await coordinator.PutAsJsonAsync(Url, Weights(0, version, others: 0), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, allZero.StatusCode);
        Assert.Contains("Minstens één weging moet groter zijn dan 0.", await allZero.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PutAsJsonAsync(Url, Weights(100, version, reason: null), Ct)).StatusCode);
        Assert.Equal(version, (await api.GetJsonAsync(Url)).GetProperty("current").GetProperty("version").GetInt32());

        var saved = await coordinator.PutAsJsonAsync(Url, Weights(100, version), Ct);
        var savedBody = await saved.Content.ReadAsStringAsync(Ct);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, savedBody);
        var answer = JsonDocument.Parse(savedBody).RootElement;
        Assert.Equal(version + 1, answer.GetProperty("version").GetInt32());
        var digest = answer.GetProperty("weightsVersion").GetString();

        // A second coordinator who read the old version cannot overwrite it.
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PutAsJsonAsync(Url, Weights(50, version), Ct)).StatusCode);

        var after = await api.GetJsonAsync(Url);
        var current = after.GetProperty("current");
        Assert.Equal(version + 1, current.GetProperty("version").GetInt32());
        Assert.Equal(digest, current.GetProperty("weightsVersion").GetString());
        Assert.Equal("Vaardigheden wegen zwaarder (regio-overleg 3 december)", current.GetProperty("reason").GetString());
        var required = current.GetProperty("weights").EnumerateArray().Single(w => w.GetProperty("criterion").GetString() == "RequiredSkills");
        Assert.Equal((100, 35), (required.GetProperty("value").GetInt32(), required.GetProperty("default").GetInt32()));
        Assert.Equal(version + 2, after.GetProperty("history").GetArrayLength());

        // The next search ranks with them, and its ranking record names them and gives every score back with them.
        var shown = await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/candidates?pageSize=10");
        Assert.NotEmpty(shown.Items());
        var ranking = (await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/rankings")).Items()[0];
        Assert.Equal(digest, ranking.GetProperty("weightsVersion").GetString());
        var record = await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/rankings/{ranking.Id()}");
        var weights = record.GetProperty("weights").EnumerateArray().ToDictionary(w => w.GetProperty("criterion").GetString()!, w => w.GetProperty("value").GetInt32());
        Assert.Equal(100, weights["RequiredSkills"]);
        foreach (var e in record.GetProperty("entries").EnumerateArray())
        {
            Assert.Equal(e.GetProperty("rawScore").GetInt32(), e.GetProperty("credits").EnumerateArray().Sum(c => weights[c.GetProperty("criterion").GetString()!] * c.GetProperty("value").GetInt32()));
        }

        // Another region keeps its own weights.
        var elsewhere = await app.ApiClient(await app.CreateAdviserAsync("AM12", Roles.AccountManager)).GetJsonAsync(Url);
        Assert.DoesNotContain(elsewhere.GetProperty("history").EnumerateArray(), v => v.GetProperty("weightsVersion").GetString() == digest);
    }
}
