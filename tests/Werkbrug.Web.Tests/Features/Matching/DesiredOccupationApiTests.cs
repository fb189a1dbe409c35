using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>
/// Desired occupations (gewenste beroepen) and willingness to retrain (bereid tot omscholing) end to end: written through
/// the API and the CSV import with the taxonomy code resolved once, refused when wrong with nothing saved, and counted by
/// the matching with the explanation naming the desired occupation; without any occupation, the one the skills point to
/// (ADR 0048). Region AM11 as the other matching tests.
/// </summary>
public sealed class DesiredOccupationApiTests(Apps apps)
{
    private const string Region = "AM11";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task a_job_seeker_with_only_a_desired_occupation_gets_occupation_credit_named_in_the_explanation(Db db)
    {
        var app = apps.For(db);
        var coach = await app.CreateAdviserAsync(Region, Roles.AccountManager, Roles.CaseManager);
        var api = app.ApiClient(coach);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(), change: b => b["occupation"] = "Magazijnmedewerker");
        await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        var retraining = await RegisterAsync(api, p => (p["desiredOccupations"], p["willingToRetrain"]) = (new[] { new { label = "Magazijnmedewerker" } }, true));
        var wishing = await RegisterAsync(api, p => (p["desiredOccupations"], p["willingToRetrain"]) = (new[] { new { label = "Magazijnmedewerker" } }, false));
        await app.MatchingCaughtUpAsync();

        var candidates = await CandidatesAsync(api, vacancy.Id());

        var retrained = Occupation(Assert.Single(candidates, c => c.GetProperty("pseudonym").GetString() == retraining.Pseudonym));
        var wished = Occupation(Assert.Single(candidates, c => c.GetProperty("pseudonym").GetString() == wishing.Pseudonym));
        Assert.Equal(800, retrained.GetProperty("credit").GetInt32());
        Assert.Equal(600, wished.GetProperty("credit").GetInt32());
        Assert.StartsWith("gewenst beroep (", retrained.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(", bereid tot omscholing", retrained.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("omscholing", wished.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var explanation = Assert.Single(candidates, c => c.GetProperty("pseudonym").GetString() == retraining.Pseudonym).GetProperty("explanation").GetString();
        Assert.Contains("gewenst beroep", explanation, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_job_seeker_without_any_occupation_gets_the_one_their_skills_point_to_named_as_inferred_in_both_directions(Db db)
    {
        var app = apps.For(db);
        var coach = await app.CreateAdviserAsync(Region, Roles.AccountManager, Roles.CaseManager);
        var api = app.ApiClient(coach);
        var vacancyId = await api.OpenWarehouseVacancyAsync();
        var skilled = await RegisterAsync(api, p => (p["desiredOccupations"], p["skills"]) = (Array.Empty<object>(), new[] { new { label = "magazijnmaterieel bedienen" }, new { label = "magazijnregistratiesystemen gebruiken" } }));
        var bare = await RegisterAsync(api, p => p["desiredOccupations"] = Array.Empty<object>());
        await app.MatchingCaughtUpAsync();

        var candidates = await CandidatesAsync(api, vacancyId);

        var inferred = Occupation(Assert.Single(candidates, c => c.GetProperty("pseudonym").GetString() == skilled.Pseudonym));
        Assert.True(inferred.GetProperty("detail").GetString()!.Contains("afgeleid uit vaardigheden (", StringComparison.Ordinal), inferred.GetRawText());
        Assert.Equal("geen beroep bekend", Occupation(Assert.Single(candidates, c => c.GetProperty("pseudonym").GetString() == bare.Pseudonym)).GetProperty("detail").GetString());
        var forSkilled = await api.GetFromJsonAsync<JsonElement>($"/api/v1/job-seekers/{skilled.Id}/vacancies?pageSize=100", Ct);
        var reverseOccupation = Occupation(forSkilled.Items().Single(v => v.GetProperty("vacancyId").GetGuid() == vacancyId));
        Assert.Equal(inferred.GetProperty("detail").GetString(), reverseOccupation.GetProperty("detail").GetString());
        Assert.Equal(inferred.GetProperty("credit").GetInt32(), reverseOccupation.GetProperty("credit").GetInt32());

        // The case manager sees which occupations the skills point to, and where to record the real one.
        var occupations = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/job-seekers/{skilled.Id}/inferred-occupations", Ct)).GetProperty("occupations").EnumerateArray().ToList();
        Assert.InRange(occupations.Count, 1, 3);
        Assert.All(occupations, o => Assert.StartsWith("http://data.europa.eu/esco/occupation/", o.GetProperty("code").GetString(), StringComparison.Ordinal));
        var labels = occupations.Select(o => o.GetProperty("label").GetString()!).ToList();
        Assert.Contains(labels, l => inferred.GetProperty("detail").GetString()!.Contains($"({l})", StringComparison.Ordinal));
        var forBare = await api.GetFromJsonAsync<JsonElement>($"/api/v1/job-seekers/{bare.Id}/inferred-occupations", Ct);
        Assert.Equal(0, forBare.GetProperty("occupations").GetArrayLength());
        var pages = await PageClient.LoginAsync(app, coach);
        var notice = (await pages.GetAsync($"/job-seekers/{skilled.Id}/vacancies")).Document.QuerySelector("#inferred-occupations")?.TextContent ?? string.Empty;
        Assert.Contains("De vaardigheden wijzen op: " + string.Join(", ", labels), notice, StringComparison.Ordinal);
        Assert.Null((await pages.GetAsync($"/job-seekers/{bare.Id}/vacancies")).Document.QuerySelector("#inferred-occupations"));
    }

    [Theory, Providers]
    public async Task the_api_keeps_desired_occupations_with_their_code_and_refuses_too_many_or_too_long_ones(Db db)
    {
        var app = apps.For(db);
        var coach = await app.CreateUserAsync(Region, Roles.CaseManager);
        var api = app.ApiClient(coach);
        var seeker = await RegisterAsync(api, p => (p["desiredOccupations"], p["willingToRetrain"]) = (new[] { new { label = " Magazijnmedewerker " }, new { label = "Onbekend beroep xyz" } }, true));

        using var read = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/job-seekers/{seeker.Id}", Ct));
        var preferences = read.RootElement.GetProperty("preferences");
        var desired = preferences.GetProperty("desiredOccupations").EnumerateArray().ToList();
        Assert.Equal(["Magazijnmedewerker", "Onbekend beroep xyz"], desired.Select(d => d.GetProperty("label").GetString()));
        Assert.StartsWith("http://data.europa.eu/esco/occupation/", desired[0].GetProperty("occupationCode").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, desired[1].GetProperty("occupationCode").ValueKind);
        Assert.True(preferences.GetProperty("willingToRetrain").GetBoolean());
        Assert.Contains("Magazijnmedewerker", read.RootElement.GetRawText(), StringComparison.Ordinal);

        foreach (var (wrong, message) in new (object, string)[]
        {
            (new[] { new { label = "Kok" }, new { label = "Schilder" }, new { label = "Lasser" }, new { label = "Bakker" } }, "3"),
            (new[] { new { label = new string('x', 121) } }, "120"),
        })
        {
            var marker = JobSeekerTestData.NewMarker();
            var profile = Profile(p => (p["desiredOccupations"], p["surname"]) = (wrong, "Fout-" + marker[3..9]));
            var response = await api.PostAsJsonAsync("/api/v1/job-seekers", profile, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
            Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
            var error = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject()
                .Single(e => string.Equals(e.Name, "desiredOccupations", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(message, error.Value[0].GetString(), StringComparison.Ordinal);
            var surname = "Fout-" + marker[3..9];
            Assert.Equal(0, await app.InDbAsync(d => d.JobSeekers.IgnoreQueryFilters().CountAsync(j => j.Surname == surname, Ct)));
        }
    }

    [Theory, Providers]
    public async Task the_csv_import_reads_desired_occupations_and_willingness_to_retrain(Db db)
    {
        var app = apps.For(db);
        var coach = await app.CreateUserAsync(Region, Roles.CaseManager);
        var api = app.ApiClient(coach);
        var id = $"W-{Guid.NewGuid():N}";
        const string Header = "externId;voornaam;achternaam;geboortedatum;postcode;werkfit;uitkering;gewensteBeroepen;bereidTotOmscholing";

        var report = await JobSeekerImportTests.ImportAsync(api, $"{Header}\n{id};Sanne;de Vries;1990-04-02;3811 AB;werkfit;bijstand;Magazijnmedewerker|Kok;ja\n");
        var bad = await JobSeekerImportTests.ImportAsync(api, $"{Header}\n{id}-2;Fout;Rij;1990-04-02;3811 AB;werkfit;bijstand;Kok|Schilder|Lasser|Bakker;nee\n");

        Assert.Equal((1, 0, 0, 0), JobSeekerImportTests.Counts(report));
        Assert.Equal((0, 0, 0, 1), JobSeekerImportTests.Counts(bad));
        var columns = bad.GetProperty("rows")[0].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList();
        Assert.Equal(["desiredOccupations"], columns);
        var profile = await app.InDbAsync(d => d.JobSeekers.SingleAsync(j => j.ExternalId == id, Ct));
        Assert.Equal(["Magazijnmedewerker", "Kok"], profile.Preferences.DesiredOccupations.Select(o => o.Label));
        Assert.NotNull(profile.Preferences.DesiredOccupations[0].OccupationCode);
        Assert.True(profile.Preferences.WillingToRetrain);
        Assert.Equal(0, await app.InDbAsync(d => d.JobSeekers.CountAsync(j => j.ExternalId == id + "-2", Ct)));
    }

    private static JsonElement Occupation(JsonElement candidate) =>
        Assert.Single(candidate.GetProperty("breakdown").EnumerateArray(), c => c.GetProperty("label").GetString() == "Beroep");

    private static async Task<List<JsonElement>> CandidatesAsync(HttpClient api, Guid vacancyId) =>
        [.. (await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/candidates?pageSize=100&instruments=false")).Items()];

    /// <summary>The test profile without work experience or skills, so only the desired occupations can earn occupation credit.</summary>
    private static Dictionary<string, object?> Profile(Action<Dictionary<string, object?>> change) => MatchingTestData.AProfile(profile =>
    {
        profile["workExperience"] = Array.Empty<object>();
        profile["skills"] = Array.Empty<object>();
        change(profile);
    });

    private static Task<(Guid Id, string Pseudonym)> RegisterAsync(HttpClient api, Action<Dictionary<string, object?>> change) => api.RegisterAsync(Profile(change));
}
