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
/// Issue 15 through the API: the vacancy's matching criteria are stored and returned, refused when wrong, and used; a task
/// clash is told only to whoever may see the person's limitations. Region AM11 as the other matching tests.
/// </summary>
public sealed class MatchingCriteriaApiTests(Apps apps)
{
    private const string Region = "AM11";

    private static readonly string[] Lifting = ["HeavyLifting"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void Criteria(Dictionary<string, object?> b)
    {
        b["occupation"] = "Magazijnmedewerker";
        b["educationLevel"] = "MboHavoVwo";
        b["mboLevel"] = 2;
        b["dutchSpeaking"] = "Good";
        b["dutchListening"] = "Good";
        b["dutchReading"] = "Reasonable";
        b["drivingLicence"] = "B";
        b["minExperienceYears"] = 2;
        b["reservedForJobsAgreement"] = true;
        b["tasks"] = new object[]
        {
            new { description = "Orders verzamelen", sharePercent = 60, separable = false, demands = new[] { "ProlongedWalking" } },
            new { description = "Dozen tillen", sharePercent = 30, separable = true, demands = new[] { "HeavyLifting", "Bending" } },
        };
    }

    [Theory, Providers]
    public async Task a_vacancy_keeps_its_matching_criteria_and_refuses_wrong_ones(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();
        var vacancy = await api.CreateVacancyAsync(employer, change: Criteria);
        var read = await api.GetVacancyAsync(vacancy.Id());
        Assert.Equal(2, read.GetProperty("mboLevel").GetInt32());
        Assert.Equal(("Good", "Good", "Reasonable"), (read.GetProperty("dutchSpeaking").GetString(), read.GetProperty("dutchListening").GetString(), read.GetProperty("dutchReading").GetString()));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("dutchWriting").ValueKind);
        Assert.Equal("B", read.GetProperty("drivingLicence").GetString());
        Assert.Equal(2, read.GetProperty("minExperienceYears").GetInt32());
        Assert.True(read.GetProperty("reservedForJobsAgreement").GetBoolean());
        Assert.Equal(["HeavyLifting", "Bending"], read.GetProperty("tasks")[1].GetProperty("demands").EnumerateArray().Select(d => d.GetString()));

        foreach (var (change, field) in new (Action<Dictionary<string, object?>>, string)[]
        {
            (b => b["drivingLicence"] = "Z", "drivingLicence"),
            (b => { b["educationLevel"] = "Vmbo"; b["mboLevel"] = 3; }, "mboLevel"),
            (b => b["mboLevel"] = 7, "mboLevel"),
            (b => b["minExperienceYears"] = 80, "minExperienceYears"),
        })
        {
            var before = await app.InDbAsync(d => Task.FromResult(d.Vacancies.IgnoreQueryFilters().Count(v => v.EmployerId == employer)));
            var response = await api.PostAsJsonAsync("/api/v1/vacancies", VacancyTestData.Body(employer, change: b => { Criteria(b); change(b); }), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
            Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)), body);
            Assert.Equal(before, await app.InDbAsync(d => Task.FromResult(d.Vacancies.IgnoreQueryFilters().Count(v => v.EmployerId == employer))));
        }
    }

    [Theory, Providers]
    public async Task a_task_clash_and_its_job_carving_are_told_only_to_the_case_manager_and_the_reservation_filters(Db db)
    {
        var app = apps.For(db);
        var coach = await app.CreateAdviserAsync(Region, Roles.AccountManager, Roles.CaseManager);
        var outsider = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var api = app.ApiClient(coach);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(), change: Criteria);
        await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        var limited = await RegisterAsync(api, p => p["limitations"] = Lifting);
        var notInRegister = await RegisterAsync(api, p => p["jobsAgreementTarget"] = false);
        await app.MatchingCaughtUpAsync();

        var own = await CandidatesAsync(api, vacancy.Id());
        Assert.DoesNotContain(own, c => c.GetProperty("pseudonym").GetString() == notInRegister);
        var seen = Assert.Single(own, c => c.GetProperty("pseudonym").GetString() == limited);
        Assert.Equal("Clashes", seen.GetProperty("taskFit").GetProperty("outcome").GetString());
        var carving = Assert.Single(seen.GetProperty("gaps").EnumerateArray(), g => g.GetProperty("description").GetString()!.StartsWith("Taak ‘Dozen tillen’", StringComparison.Ordinal));
        Assert.Contains("Jobcarving", carving.GetProperty("bridges")[0].GetString(), StringComparison.Ordinal);
        var breakdown = seen.GetProperty("breakdown").EnumerateArray().ToList();
        Assert.All(breakdown, c => Assert.Equal(c.GetProperty("weight").GetInt32(), c.GetProperty("maxPoints").GetInt32()));
        Assert.Equal(breakdown.Sum(c => c.GetProperty("maxPoints").GetInt32()), seen.GetProperty("maxPoints").GetInt32());
        Assert.Contains(breakdown, c => c.GetProperty("label").GetString() == "Rijbewijs");
        Assert.Contains(breakdown, c => c.GetProperty("label").GetString() == "Nederlandse taal");
        Assert.Contains(breakdown, c => c.GetProperty("label").GetString() == "Werkervaring");

        var other = await CandidatesAsync(app.ApiClient(outsider), vacancy.Id());
        var pseudonymised = Assert.Single(other, c => c.GetProperty("pseudonym").GetString() == limited);
        Assert.Equal("AskCaseManager", pseudonymised.GetProperty("taskFit").GetProperty("outcome").GetString());
        Assert.Contains("casemanager", pseudonymised.GetProperty("taskFit").GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(pseudonymised.GetProperty("gaps").EnumerateArray(), g => g.GetProperty("description").GetString()!.Contains("Dozen tillen", StringComparison.Ordinal));
        Assert.DoesNotContain("zwaar tillen", pseudonymised.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> CandidatesAsync(HttpClient api, Guid vacancyId)
    {
        var response = await api.GetAsync($"/api/v1/vacancies/{vacancyId}/candidates?pageSize=100&instruments=false", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return [.. JsonDocument.Parse(body).RootElement.Clone().Items()];
    }

    private static async Task<string> RegisterAsync(HttpClient api, Action<Dictionary<string, object?>> change)
    {
        var profile = JsonSerializer.SerializeToElement(JobSeekerTestData.AProfile(JobSeekerTestData.NewBsn(), JobSeekerTestData.NewMarker()))
            .EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        profile["languages"] = new[] { new { code = "nld", oral = "Good", written = "Good", reading = "Good", listening = "Good" } };
        profile["education"] = new[] { new { name = "Logistiek medewerker", level = "Mbo", status = "Completed", diploma = "Yes", institution = "ROC", mboLevel = 2 } };
        change(profile);
        var response = await api.PostAsJsonAsync("/api/v1/job-seekers", profile, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("pseudonym").GetString()!;
    }
}
