using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Werkbrug.Web.Tests.Features.NationalAccounts;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Landelijke afspraken in a browser: the national account manager takes on a national employer, proposes an arrangement
/// with concrete terms to three regions; two regions' managers sign and one declines; in the execution the lagging
/// region is escalated to its manager, who gets the region's figures. The pages pass the page checks.
/// </summary>
public sealed class NationalArrangementBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task a_national_arrangement_goes_from_proposal_through_two_signatures_and_a_refusal_to_an_escalation(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var app = session.Host.App;
        var world = await NationalWorld.ArrangeAsync(app);
        var names = await app.InDbAsync(d => d.Regions.ToDictionaryAsync(r => r.Code, r => r.Name, TestContext.Current.CancellationToken));
        await session.SignInAsync(world.NationalManager.Email, world.NationalManager.Password);

        await page.Locator("nav a[href='/national-accounts']").First.ClickAsync();
        await PageChecks.CheckAsync(session, "the national accounts without an account", problems);
        await page.GetByLabel("KvK-nummer").FillAsync(world.Kvk);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen als landelijk account" }).ClickAsync();
        await page.WaitForRecordAsync("/national-accounts/", "Taking the employer on as an account");
        Assert.Equal(4, await page.Locator("#region-figures tbody tr").CountAsync());
        Assert.Equal("1", (await page.Locator("#region-figures tbody tr[data-region='AM27'] td").Nth(1).InnerTextAsync()).Trim());
        await PageChecks.CheckAsync(session, "the account per region", problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe landelijke afspraak" }).ClickAsync();
        await page.Locator("#Input_Title").FillAsync("Instroom winkelpersoneel");
        await page.Locator("#Input_ReactionTermWorkingDays").FillAsync("5");
        await page.Locator("#Input_CandidatesPerVacancy").FillAsync("3");
        await page.Locator("#Input_AftercareWeeks").FillAsync("26");
        foreach (var region in NationalWorld.Others)
        {
            await page.GetByLabel($"Plaatsingsdoel {names[region]}").FillAsync("10");
        }

        await PageChecks.CheckAsync(session, "the arrangement form", problems);
        await page.Locator("#arrangement-form button[type=submit]").ClickAsync();
        await page.WaitForRecordAsync("/national-arrangements/", "Proposing the arrangement");
        var url = new Uri(page.Url).AbsolutePath;
        Assert.Equal("Voorstel", (await page.Locator("#arrangement-stage").InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende stap: Beoordeling door de regio’s" }).ClickAsync();
        await page.WaitForSelectorAsync("#arrangement-stage:has-text('Beoordeling door de regio’s')");
        await PageChecks.CheckAsync(session, "the arrangement in review", problems);

        foreach (var (region, decision) in new[] { ("AM27", "Getekend"), ("AM32", "Getekend"), ("AM03", "Afgezien") })
        {
            await using var manager = await browsers.NewSessionAsync(db);
            await manager.SignInAsync(world.Managers[region].Email, world.Managers[region].Password);
            await manager.Page.Locator("nav a[href='/national-arrangements']").First.ClickAsync();
            await manager.Page.GetByRole(AriaRole.Link, new() { Name = "Instroom winkelpersoneel" }).ClickAsync();
            await manager.Page.Locator("#Input_Decision").SelectOptionAsync(new SelectOptionValue { Label = decision });
            if (region == "AM03")
            {
                await PageChecks.CheckAsync(manager, "the region's decision form", problems);
            }

            await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
            await manager.Page.WaitForSelectorAsync($"#arrangement-regions tr[data-region='{region}'] td:has-text('{decision}')");
            // While the regions review, a region may change its answer: the form stays, holding the answer given.
            Assert.Equal(region == "AM03" ? "Declined" : "Accepted", await manager.Page.Locator("#Input_Decision").InputValueAsync());
        }

        await page.GotoAsync(url);
        var history = await page.Locator("#arrangement-history").InnerTextAsync();
        Assert.Contains($"{names["AM27"]} heeft getekend", history, StringComparison.Ordinal);
        Assert.Contains($"{names["AM32"]} heeft getekend", history, StringComparison.Ordinal);
        Assert.Contains($"{names["AM03"]} ziet af", history, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende stap: Uitvoeringsplan" }).ClickAsync();
        await page.WaitForSelectorAsync("#arrangement-stage:has-text('Uitvoeringsplan')");

        // A month later AM27's vacancy of the account still has no candidates: AM27 lags and is escalated to its manager.
        await world.AgeVacancyAsync(app);
        await page.GotoAsync(url);
        var lagging = page.Locator("#arrangement-regions tr[data-region='AM27']");
        Assert.Contains("blijft achter", await lagging.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#arrangement-regions tr[data-region='AM32'] button").CountAsync());
        await PageChecks.CheckAsync(session, "the arrangement with a lagging region", problems);
        await lagging.GetByRole(AriaRole.Button, new() { Name = $"Escaleren naar de manager van {names["AM27"]}" }).ClickAsync();
        await page.WaitForSelectorAsync("#arrangement-regions tr[data-region='AM27'] td:has-text('geëscaleerd op')");
        Assert.Contains($"{names["AM27"]} geëscaleerd naar de manager: 1 open vacatures, 1 over de reactietermijn, 0 voordrachten, 0 van 10 plaatsingen",
            await page.Locator("#arrangement-history").InnerTextAsync(), StringComparison.Ordinal);

        await using (var manager = await browsers.NewSessionAsync(db))
        {
            await manager.SignInAsync(world.Managers["AM27"].Email, world.Managers["AM27"].Password);
            await manager.Page.GotoAsync("/notifications");
            var text = await manager.Page.Locator("main").InnerTextAsync();
            Assert.Contains("Achtervang bij landelijke afspraak ‘Instroom winkelpersoneel’", text, StringComparison.Ordinal);
            Assert.Contains("Open vacatures: 1, waarvan 1 langer dan 5 werkdagen zonder 3 kandidaten; voordrachten: 0; plaatsingen: 0 van 10.", text, StringComparison.Ordinal);
            await PageChecks.CheckAsync(manager, "the escalation among the manager's notifications", problems);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
