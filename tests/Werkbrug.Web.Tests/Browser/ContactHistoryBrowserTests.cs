using System.Text;
using Microsoft.Playwright;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Issue 19 item 6 in Chromium: an adviser uploads a small legacy contact history from the employer list's link, reads
/// the per-line report and finds the imported contact on the employer's timeline, marked as imported with the original
/// adviser's name. Every page passes <see cref="PageChecks"/>. Region AM14 (its own employer, so it shares the region safely).
/// Set WERKBRUG_SCREENSHOTS to a folder to keep pictures of the report at 1280 and 375 pixels.
/// </summary>
public sealed class ContactHistoryBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task an_adviser_imports_a_contact_history_reads_the_report_and_finds_the_contact_on_the_timeline(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var page = session.Page;
        var problems = new List<string>();
        var adviser = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var kvk = EmployerPages.NewKvk();
        var employer = await app.ApiClient(adviser).RegisterEmployerAsync(tradeName: EmployerPages.UniqueName("Bouwbedrijf"), kvk: kvk);
        var id = Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            kvknummer;datum;tijd;adviseur;kanaal;onderwerp;notitie;id
            {kvk};12-03-2024;10:15;Karin de Boer;werkbezoek;Rondleiding werkplaats;"Gesprek over ""leerbanen""; vervolg in april.";{id}-1
            {kvk};13-03-2024;;;postduif;Brief;;{id}-2
            {EmployerPages.NewKvk()};14-03-2024;;;telefoon;;;{id}-3

            """;

        await session.SignInAsync(adviser.Email, TestData.Password);
        await page.GotoAsync("/employers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contacthistorie importeren (CSV)" }).ClickAsync();
        await PageChecks.CheckAsync(session, "the contact history import page", problems);
        await page.Locator("input[name='Upload']").SetInputFilesAsync(new FilePayload { Name = "wbs-contacten.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Resultaat per regel van het bestand" });
        await table.WaitForAsync();
        Assert.Equal("3 regels: 1 geïmporteerd, 0 al aanwezig, 2 afgewezen.", (await page.Locator("#import-summary").InnerTextAsync()).Trim());
        var rows = await table.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Geïmporteerd", rows[0], StringComparison.Ordinal);
        Assert.Contains("‘postduif’ is geen bekend kanaal", rows[1], StringComparison.Ordinal);
        Assert.Contains("De regio heeft geen werkgever met KvK-nummer", rows[2], StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the contact history import report", problems);
        await ScreenshotsAsync(page, "contact-history-report");

        await page.GotoAsync($"/employers/{employer}");
        var entry = page.Locator("#timeline tbody tr").First;
        await entry.WaitForAsync();
        var text = await entry.InnerTextAsync();
        Assert.Contains("Karin de Boer", text, StringComparison.Ordinal);
        Assert.Contains("Geïmporteerd uit WBS", text, StringComparison.Ordinal);
        Assert.Contains("Gesprek over \"leerbanen\"; vervolg in april.", text, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#timeline tbody tr").CountAsync());
        await PageChecks.CheckAsync(session, "an employer with an imported contact on the timeline", problems);
        await ScreenshotsAsync(page, "contact-history-timeline");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("WERKBRUG_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
            await page.Locator("main table").First.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}-table.png") });
        }

        await page.SetViewportSizeAsync(Browsers.Desktop.Width, Browsers.Desktop.Height);
    }
}
