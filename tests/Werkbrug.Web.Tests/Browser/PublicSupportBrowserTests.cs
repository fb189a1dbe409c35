using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// "Welke ondersteuning kan ik krijgen?" on a phone (375 px): an employer opens it from the front door, answers the
/// questions about the company and the person they want to hire, reads what may apply and goes on to ask the service
/// point; the page passes the page checks with and without an answer.
/// </summary>
public sealed class PublicSupportBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task an_employer_on_a_phone_finds_the_support_that_may_apply_and_asks_the_service_point(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        await page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);

        await page.GotoAsync(new Uri(session.Host.BaseAddress, "/werkgevers").ToString());
        await page.Locator("main a[href='/werkgevers/ondersteuning']").ClickAsync();
        await page.WaitForPathAsync("/werkgevers/ondersteuning");
        await PageChecks.CheckAsync(session, "the public support questionnaire", problems);

        await page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);
        await page.GetByLabel("Hoeveel mensen werken er bij uw bedrijf?").SelectOptionAsync("Employees10To49");
        await page.GetByLabel("In welke gemeente woont de werknemer?").SelectOptionAsync("Amersfoort");
        await page.GetByLabel("Heeft de werknemer nu een uitkering? Welke?").SelectOptionAsync("Bijstand");
        await page.GetByLabel("Hoe oud is de werknemer ongeveer?").SelectOptionAsync("From27To49");
        await page.GetByLabel("Wat voor baan biedt u aan?").SelectOptionAsync("Regular");
        await page.GetByLabel("Hoeveel uur per week?").FillAsync("24");
        await page.Locator("#support-form button[type=submit]").ClickAsync();

        var likely = page.Locator("#support-likely + ul");
        Assert.Contains("Werkgeversbonus Amersfoort", await likely.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Nog uit te zoeken:", await page.Locator("#support-maybe + ul [data-key='loonkostensubsidie']").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the public support answer", problems);

        await page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);
        await page.Locator("#support-ask").ClickAsync();
        await page.WaitForPathAsync("/werkgevers/vraag-stellen");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
