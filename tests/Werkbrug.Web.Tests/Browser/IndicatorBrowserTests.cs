using Microsoft.Playwright;
using Werkbrug.Web.Tests.Features.Indicators;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>Kengetallen in a browser: a manager opens the dashboard from the menu, filters to a quarter and a municipality, and both pages pass the page checks.</summary>
public sealed class IndicatorBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task a_manager_opens_the_indicators_and_filters_to_a_quarter_and_a_municipality(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var world = await IndicatorWorld.ArrangeAsync(session.Host.App);
        await session.SignInAsync(world.Manager.Email, world.Manager.Password);

        await page.Locator("nav a[href='/indicators']").First.ClickAsync();
        await PageChecks.CheckAsync(session, "the indicators of the current quarter", problems);

        await page.Locator("#From").FillAsync("2026-04-01");
        await page.Locator("#To").FillAsync("2026-06-30");
        await page.Locator("#Municipality").SelectOptionAsync("Dordrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kengetallen tonen" }).ClickAsync();
        await page.WaitForURLAsync("**/indicators?*Municipality=Dordrecht*");

        // Dordrecht in Q2: A's 6 own and 5 of B's candidates (see IndicatorWorld); Q1: 7.
        Assert.Equal(["11", "7"], (await page.Locator("#placements-contract-type tfoot td").AllInnerTextsAsync()).Select(t => t.Trim()));
        await PageChecks.CheckAsync(session, "the indicators of Q2 in Dordrecht", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
