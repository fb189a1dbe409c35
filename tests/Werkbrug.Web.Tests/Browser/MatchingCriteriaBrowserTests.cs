using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Issue 15: a vacancy that asks Dutch, a driving licence and has a separable task with a demand gets candidates whose
/// explanations differ, name the skill (or related skill) that earned each point, and suggest job carving where a task
/// clashes with what the person cannot do, to their own case manager. Region AM11 as the other matching tests.
/// </summary>
public sealed class MatchingCriteriaBrowserTests(Browsers browsers)
{
    private const string WantedSkill = "magazijnregistratiesystemen gebruiken";
    private const string SiblingSkill = "voorraad schoonmaakmiddelen bijhouden";
    private const string CarvedTask = "Dozen tillen en stapelen";

    private static readonly string[] Walking = ["ProlongedWalking"];
    private static readonly string[] Lifting = ["HeavyLifting"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BrowserProviders]
    public async Task candidates_for_a_vacancy_with_dutch_licence_and_a_separable_task_are_told_apart_by_their_explanations(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var page = session.Page;
        var problems = new List<string>();
        // A werkcoach who is account manager and case manager at once: searches candidates and owns the cases (full disclosure).
        var coach = await app.CreateAdviserAsync("AM11", Roles.AccountManager, Roles.CaseManager);
        var api = app.ApiClient(coach);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(), EmployerPages.UniqueName("Magazijnmedewerker"), b =>
        {
            b["occupation"] = "Magazijnmedewerker";
            b["skills"] = new object[] { new { label = WantedSkill, kind = "Required", importance = "Must" } };
            b["tasks"] = new object[]
            {
                new { description = "Orders verzamelen", sharePercent = 60, separable = false, demands = Walking },
                new { description = CarvedTask, sharePercent = 30, separable = true, demands = Lifting },
            };
            b["dutchSpeaking"] = "Good";
            b["dutchReading"] = "Good";
            b["drivingLicence"] = "B";
        });
        await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        var exact = await RegisterAsync(api, "Anouk", p =>
        {
            p["skills"] = new[] { new { label = WantedSkill, taxonomyCode = (string?)null } };
            p["languages"] = new[] { new { code = "nld", oral = "Good", written = "Good", reading = "Good", listening = "Good" } };
            p["limitations"] = Lifting;
        });
        var related = await RegisterAsync(api, "Bram", p =>
        {
            p["skills"] = new[] { new { label = SiblingSkill, taxonomyCode = (string?)null } };
            p["languages"] = new[] { new { code = "nld", oral = "Good", written = "Good", reading = "Good", listening = "Good" } };
            p["drivingLicences"] = Array.Empty<string>();
            p["workExperience"] = Array.Empty<object>();
        });
        var weakReader = await RegisterAsync(api, "Cem", p =>
        {
            p["skills"] = new[] { new { label = WantedSkill, taxonomyCode = (string?)null } };
            p["languages"] = new[] { new { code = "nld", oral = "Excellent", written = "Reasonable", reading = "Reasonable", listening = "Excellent" } };
            p["workExperience"] = Array.Empty<object>();
        });
        await app.MatchingCaughtUpAsync();

        await session.SignInAsync(coach.Email, TestData.Password);
        await page.GotoAsync($"/vacancies/{vacancy.Id()}");
        Assert.Contains("Spreken: Goed", await page.Locator("#dutch-levels").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync($"/vacancies/{vacancy.Id()}/edit");
        Assert.True(await page.Locator("#task-1-demands input[value=HeavyLifting]").IsCheckedAsync());
        await PageChecks.CheckAsync(session, "vacancy form with the matching criteria", problems);

        await page.GotoAsync($"/vacancies/{vacancy.Id()}/candidates?Filter.PageSize=100");
        await page.Locator("#candidates").WaitForAsync();
        var a = await OpenAsync(page, exact.Name);
        var b = await OpenAsync(page, related.Name);
        var c = await OpenAsync(page, weakReader.Name);
        await PageChecks.CheckAsync(session, "candidates with their explanations opened", problems);

        // The one who holds the skill: it counted itself; the heavy task clashes and is separable, so job carving is suggested.
        Assert.Contains($"{WantedSkill}: zelf aanwezig", a, StringComparison.Ordinal);
        Assert.Contains("Eén taak past niet", a, StringComparison.Ordinal);
        Assert.Contains($"Taak ‘{CarvedTask}’ vraagt zwaar tillen", a, StringComparison.Ordinal);
        Assert.Contains("Jobcarving", a, StringComparison.Ordinal);
        // The one with a related skill: the explanation names the related skill that earned part of the points; no licence.
        Assert.Contains($"via de verwante vaardigheid ‘{SiblingSkill}’", b, StringComparison.Ordinal);
        Assert.Contains("Rijbewijs B ontbreekt", b, StringComparison.Ordinal);
        Assert.Contains("Alle taken passen", b, StringComparison.Ordinal);
        // The one who speaks well but reads at a lower level: reading counts.
        Assert.Contains("A2 (redelijk), gevraagd B1 (goed)", c, StringComparison.Ordinal);
        Assert.DoesNotContain("Jobcarving", c, StringComparison.Ordinal);
        // One scale: points out of the maximum, and what the percentage is relative to; no weights next to raw points.
        foreach (var text in new[] { a, b, c })
        {
            Assert.Contains("punten die voor deze vacature te halen zijn", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Gewicht", text, StringComparison.Ordinal);
        }

        Assert.Equal(3, new[] { a, b, c }.Distinct().Count());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The candidate's whole result (explanation, task fit, breakdown and gaps) once "Waarom deze score" is opened.</summary>
    private static async Task<string> OpenAsync(IPage page, string name)
    {
        var result = page.Locator("#candidates > li").Filter(new() { Has = page.Locator("h2", new() { HasText = name }) });
        Assert.Equal(1, await result.CountAsync());
        await result.GetByText("Waarom deze score").ClickAsync();
        await result.Locator("table").WaitForAsync();
        return await result.InnerTextAsync();
    }

    private static async Task<(Guid Id, string Name)> RegisterAsync(HttpClient api, string givenName, Action<Dictionary<string, object?>> change)
    {
        var marker = JobSeekerTestData.NewMarker();
        var profile = JsonSerializer.SerializeToElement(JobSeekerTestData.AProfile(JobSeekerTestData.NewBsn(), marker, givenName))
            .EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        change(profile);
        var response = await api.PostAsJsonAsync("/api/v1/job-seekers", profile, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("id").GetGuid(), $"{givenName} Test-{marker[3..9]}");
    }
}
