using Microsoft.Playwright;
using Werkbrug.Web.Tests.Features.Indicators;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Kengetallen in a browser: a manager opens the dashboard from the menu, filters to a quarter and a municipality (both pages
/// pass the page checks), downloads a figure's spreadsheet, drills down from the figure to the list it counts, and opens
/// equal chances in matching for the same quarter.
/// </summary>
public sealed class IndicatorBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task a_manager_filters_the_indicators_exports_a_figure_and_drills_down_to_its_list(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var world = await IndicatorWorld.OnceAsync(session.Host.App);
        await session.SignInAsync(world.Manager.Email, world.Manager.Password);

        await page.Locator("nav a[href='/indicators']").First.ClickAsync();
        await PageChecks.CheckAsync(session, "the indicators of the current quarter", problems);

        await page.Locator("#From").FillAsync("2026-04-01");
        await page.Locator("#To").FillAsync("2026-06-30");
        await page.Locator("#Municipality").SelectOptionAsync("Dordrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kengetallen tonen" }).ClickAsync();
        await page.WaitForPageAsync(url => url.AbsolutePath == "/indicators" && url.Query.Contains("Municipality=Dordrecht", StringComparison.Ordinal), "Showing the figures of Dordrecht");

        // Dordrecht in Q2: A's 6 own and 5 of B's candidates (see IndicatorWorld); Q1: 7.
        Assert.Equal(["11", "7"], (await page.Locator("#placements-contract-type tfoot td").AllInnerTextsAsync()).Select(t => t.Trim()));
        await PageChecks.CheckAsync(session, "the indicators of Q2 in Dordrecht", problems);

        // The export keeps the filter: the file gives Dordrecht's Q2 total as the page does.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Plaatsingen als spreadsheet (.xlsx)", Exact = true }).ClickAsync());
        Assert.Equal("kengetal-placements-2026-04-01-2026-06-30.xlsx", download.SuggestedFilename);
        var exported = IndicatorFile.ReadWorkbook(await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken), out _).Single();
        Assert.Equal("Totaal|11|7", exported.Tables.Single(t => t.Caption == "Plaatsingen naar Contractsoort").Rows[^1]);

        // From the figure to the list it counts: the placements, with rows.
        await page.GetByRole(AriaRole.Link, new() { Name = "Lijst bij Plaatsingen", Exact = true }).ClickAsync();
        await page.WaitForPathAsync("/placements");
        Assert.True(await page.Locator("#placements tbody tr").CountAsync() > 0, "The drill-down shows the placements it counts.");

        // From the dashboard to equal chances in matching: Q2's referrals per benefit (see DisparityTests).
        await page.Locator("nav a[href='/indicators']").First.ClickAsync();
        await page.Locator("#disparity-link").ClickAsync();
        await page.Locator("#From").FillAsync("2026-04-01");
        await page.Locator("#To").FillAsync("2026-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Overzicht tonen" }).ClickAsync();
        await page.WaitForPageAsync(url => url.AbsolutePath == "/matching/disparity" && url.Query.Contains("From=2026-04-01", StringComparison.Ordinal), "Showing the disparity overview from 1 April");
        Assert.Equal(["WW", "Bijstand (Participatiewet)"], (await page.Locator("#disparity-benefit tbody th").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal(["22", "100% (22 van 22)", "50% (11 van 22)"], (await page.Locator("#disparity-benefit tfoot td").AllInnerTextsAsync()).Select(t => t.Trim()));
        await PageChecks.CheckAsync(session, "equal chances in matching for Q2", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
