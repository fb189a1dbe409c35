using Microsoft.Playwright;
using Werkbrug.Web.Tests.Features.Instruments;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// The instrument guide in a browser: a case manager opens it from the menu, checks which instruments fit their
/// candidate for a vacancy, reads the reasons, opens the instrument and follows it; the pages pass the page checks.
/// </summary>
public sealed class InstrumentBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task a_case_manager_checks_which_instruments_fit_a_candidate_and_follows_one(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var world = await InstrumentWorld.OfAsync(session.Host.App);
        await session.SignInAsync(world.CaseManager.Email, world.CaseManager.Password);

        await page.Locator("nav a[href='/instruments']").First.ClickAsync();
        await page.Locator("#Provider").SelectOptionAsync("Municipality");
        await page.Locator("form.wb-filter button[type=submit]").ClickAsync();
        await page.WaitForPageAsync(url => url.AbsolutePath == "/instruments" && url.Query.Contains("Provider=Municipality", StringComparison.Ordinal), "Filtering to the municipality's instruments");
        Assert.Contains("Plaatsingspremie Tiel", await page.Locator("#instruments").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the instrument guide", problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Welke instrumenten passen bij een kandidaat?" }).ClickAsync();
        await page.Locator("#Candidate").FillAsync(world.Candidate.Pseudonym);
        await page.Locator("#VacancyId").SelectOptionAsync(world.VacancyId.ToString());
        await page.Locator("#check-form button[type=submit]").ClickAsync();
        await page.WaitForPageAsync(url => url.AbsolutePath == "/instruments/check" && url.Query.Contains("VacancyId=", StringComparison.Ordinal), "Checking the candidate against the vacancy");

        // The owner's case manager sees everything: bijstand, lives in Tiel, a 24-hour vacancy: the premium applies, with its reasons.
        var premium = page.Locator("[data-outcome='Applies'] [data-key='plaatsingspremie-tiel']");
        Assert.Equal(4, await premium.Locator("li[data-outcome='Met']").CountAsync());
        Assert.Contains("Woongemeente: Tiel (bekend: Tiel)", await premium.InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the eligibility check", problems);

        await premium.GetByRole(AriaRole.Link, new() { Name = "Plaatsingspremie Tiel" }).ClickAsync();
        await page.WaitForRecordAsync("/instruments/", "Opening the premium");
        await page.Locator("#watch").ClickAsync();
        await page.Locator("#watch", new() { HasTextString = "Niet meer volgen" }).WaitForAsync();
        await PageChecks.CheckAsync(session, "an instrument with its change log", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
