using Werkbrug.Web.Tests.Features.LabourMarket;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>Arbeidsmarktbeeld in a browser: an employer opens it from the front door, a manager from the menu; both pages (chart and tables) pass the page checks.</summary>
public sealed class LabourMarketBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task an_employer_and_a_manager_open_the_labour_market_picture(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var world = await LabourMarketTests.ArrangeAsync(session.Host.App);

        await page.GotoAsync(new Uri(session.Host.BaseAddress, "/werkgevers").ToString());
        await page.Locator("main a[href='/werkgevers/arbeidsmarkt']").ClickAsync();
        await page.WaitForPathAsync("/werkgevers/arbeidsmarkt");
        await PageChecks.CheckAsync(session, "the public labour-market picture", problems);

        await session.SignInAsync(world.Manager.Email, world.Manager.Password);
        await page.Locator("nav a[href='/labour-market']").First.ClickAsync();
        await page.WaitForPathAsync("/labour-market");
        // The chart's table: productiemedewerker first with 12 open vacancies against 8 werkfit candidates (see LabourMarketTests).
        Assert.Equal(["productiemedewerker", "12", "8"], (await page.Locator("#chart-top-occupations tbody tr").First.Locator("th, td").AllInnerTextsAsync()).Select(t => t.Trim()));
        await PageChecks.CheckAsync(session, "the labour-market picture for staff", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
