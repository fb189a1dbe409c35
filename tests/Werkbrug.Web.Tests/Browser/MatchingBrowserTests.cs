using Microsoft.Playwright;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// "Kandidaten zoeken" in Chromium, as an account manager would use it: open the vacancy, search candidates, read
/// why the first one matches, put them on the shortlist; and a case manager's "Passende vacatures". Every page
/// passes <see cref="PageChecks"/> (axe-core among them). Region AM11 keeps the pool to what matching tests register.
/// </summary>
public sealed class MatchingBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task an_account_manager_searches_candidates_reads_why_the_first_matches_and_shortlists_them(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var page = session.Page;
        var problems = new List<string>();
        var accountManager = await app.CreateAdviserAsync("AM11", Roles.AccountManager);
        var ownCaseManager = await app.CreateUserInOrganisationAsync(accountManager, Roles.CaseManager);
        var otherCaseManager = await app.CreateAdviserAsync("AM11", Roles.CaseManager);
        var api = app.ApiClient(accountManager);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(), "Magazijnmedewerker", b => b["occupation"] = "Magazijnmedewerker");
        await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        var own = await app.RegisterJobSeekerAsync(ownCaseManager);
        var other = await app.RegisterJobSeekerAsync(otherCaseManager);
        await app.MatchingCaughtUpAsync();

        await session.SignInAsync(accountManager.Email, TestData.Password);
        await page.GotoAsync($"/vacancies/{vacancy.Id()}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kandidaten zoeken" }).ClickAsync();
        await page.Locator("#candidate-1").WaitForAsync();
        await PageChecks.CheckAsync(session, "candidate search", problems);

        var first = page.Locator("#candidate-1");
        var name = (await first.Locator("h2 a").InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrWhiteSpace(await first.Locator(".wb-explanation").InnerTextAsync()));
        await first.GetByText("Waarom deze score").ClickAsync();
        await first.Locator("table").WaitForAsync();
        Assert.True(await first.Locator("tbody tr").CountAsync() > 0);
        await PageChecks.CheckAsync(session, "candidate search with a score opened", problems);

        await first.GetByRole(AriaRole.Button, new() { Name = $"{name} op de shortlist zetten" }).ClickAsync();
        await page.Locator("#shortlist-table").WaitForAsync();
        Assert.Contains(name, await page.Locator("#shortlist-table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#candidate-1").GetByText("Op de shortlist").CountAsync());
        await PageChecks.CheckAsync(session, "candidate search with a shortlist", problems);

        await page.GotoAsync($"/vacancies/{vacancy.Id()}/candidates?Filter.PageSize=500");
        await page.Locator("#error-summary").WaitForAsync();
        await PageChecks.CheckAsync(session, "candidate search with a bad filter", problems);

        // The case manager's side: matching vacancies for their own job seeker.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(ownCaseManager.Email, TestData.Password);
        await page.GotoAsync($"/job-seekers/{own.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Passende vacatures" }).ClickAsync();
        await page.Locator("#vacancies").WaitForAsync();
        await PageChecks.CheckAsync(session, "matching vacancies", problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
