using Microsoft.Playwright;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.Matching;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Weging in a browser: the region coordinator opens the weights, is told what is wrong with weights that are all 0, sets
/// new ones with a reason, and sees them in force and in the history (each page passes the page checks).
/// </summary>
public sealed class MatchingWeightsBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task the_coordinator_sets_new_weights_and_sees_them_in_force_and_in_the_history(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var coordinator = await session.Host.App.CreateAdviserAsync(RegionWeightsTests.Region, Roles.RegionCoordinator);
        await session.SignInAsync(coordinator.Email, coordinator.Password);

        await page.GotoAsync("/matching/weights");
        await PageChecks.CheckAsync(session, "the matching weights", problems);
        var before = await page.Locator("#weights-history tbody tr").CountAsync();

        foreach (var label in new[] { "Vereiste vaardigheden", "Gewenste vaardigheden", "Beroep", "Gedragscompetenties", "Uren", "Opleiding", "Nederlandse taal", "Rijbewijs", "Werkervaring", "Taken" })
        {
            await page.GetByLabel(label, new() { Exact = true }).FillAsync("0");
        }

        await page.GetByLabel("Reden", new() { Exact = true }).FillAsync("Alles uit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Weging opslaan" }).ClickAsync();
        await page.Locator(".utrecht-form-field-error-message").First.WaitForAsync();
        Assert.Contains("Minstens één weging moet groter zijn dan 0.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the matching weights with an error", problems);

        await page.GetByLabel("Vereiste vaardigheden", new() { Exact = true }).FillAsync("50");
        await page.GetByLabel("Beroep", new() { Exact = true }).FillAsync("20");
        await page.GetByLabel("Reden", new() { Exact = true }).FillAsync("Vaardigheden eerst (regio-overleg)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Weging opslaan" }).ClickAsync();
        await page.WaitForPageAsync(url => url.AbsolutePath == "/matching/weights", "Back on the weights after saving");
        await page.Locator("#weights-history tbody tr").Nth(before).WaitForAsync();

        Assert.Contains("Nu geldt versie", await page.Locator("#weights-in-force").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("ingebouwde startset van ESCO: 177 beroepen", await page.Locator("#taxonomy-in-force").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["50", "71,4%", "35"], (await page.Locator("#weights tbody tr").First.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Contains("Vaardigheden eerst (regio-overleg)", await page.Locator("#weights-history tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the matching weights after saving", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
