using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.Matching;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// ADR 0048 in Chromium: a case manager opens "Passende vacatures" for a job seeker who records no occupation but lists
/// warehouse skills, reads which occupations the skills point to with a link to record the real one, and finds the
/// inferred occupation named in a result's explanation. The page passes <see cref="PageChecks"/> (axe-core included).
/// Region AM11, as the other matching tests. Set WERKBRUG_SCREENSHOTS to a folder to keep pictures at 1280 and 375 pixels.
/// </summary>
public sealed class InferredOccupationBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task a_case_manager_sees_the_occupations_the_skills_point_to_and_where_to_record_the_real_one(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var page = session.Page;
        var problems = new List<string>();
        var coach = await app.CreateAdviserAsync("AM11", Roles.AccountManager, Roles.CaseManager);
        var api = app.ApiClient(coach);
        var vacancyId = await api.OpenWarehouseVacancyAsync();
        var seeker = await api.RegisterAsync(MatchingTestData.AProfile(p =>
        {
            p["workExperience"] = Array.Empty<object>();
            p["desiredOccupations"] = Array.Empty<object>();
            p["skills"] = new[] { new { label = "magazijnmaterieel bedienen" }, new { label = "magazijnregistratiesystemen gebruiken" } };
        }));
        await app.MatchingCaughtUpAsync();

        await session.SignInAsync(coach.Email, TestData.Password);
        await page.GotoAsync($"/job-seekers/{seeker.Id}/vacancies");

        var notice = await page.Locator("#inferred-occupations").InnerTextAsync();
        Assert.Contains("Er is geen beroep of gewenst beroep vastgelegd. De vaardigheden wijzen op: ", notice, StringComparison.Ordinal);
        Assert.Equal($"/job-seekers/{seeker.Id}/edit", await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Leg het beroep vast in het profiel" }).GetAttributeAsync("href"));
        var result = page.Locator("#vacancies li.wb-result").Filter(new() { Has = page.Locator($"a[href='/vacancies/{vacancyId}']") });
        Assert.Contains("afgeleid uit vaardigheden (", await result.Locator(".wb-explanation").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "matching vacancies for a job seeker with inferred occupations", problems);

        if (Environment.GetEnvironmentVariable("WERKBRUG_SCREENSHOTS") is { Length: > 0 } folder)
        {
            foreach (var width in new[] { 1280, 375 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"inferred-occupations-{width}.png") });
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
