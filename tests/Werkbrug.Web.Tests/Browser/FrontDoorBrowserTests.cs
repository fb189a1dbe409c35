using Microsoft.Playwright;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Tests.Features.IntakeRequests;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// The employers' front door in Chromium: the landing page, both forms (empty and with errors), the
/// confirmation after a real submission and the status look-up pass <see cref="PageChecks"/>; then staff see
/// that request in the list, on its detail page and, once late, on the overdue overview, which pass too.
/// </summary>
public sealed class FrontDoorBrowserTests(Browsers browsers)
{
    private const string DemoPassword = "Werkbrug-demo-2026";

    [Theory, BrowserProviders]
    public async Task an_employer_submits_a_vacancy_and_follows_it_and_staff_handle_it_on_pages_that_pass_the_checks(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var email = $"browser-{unique}@bouw.example";

        await page.GotoAsync("/werkgevers");
        await PageChecks.CheckAsync(session, "front door", problems);

        await page.GotoAsync("/werkgevers/vraag-stellen");
        await PageChecks.CheckAsync(session, "question form", problems);

        await page.GotoAsync("/werkgevers/vacature-melden");
        await PageChecks.CheckAsync(session, "vacancy form", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        await PageChecks.CheckAsync(session, "vacancy form with errors", problems);

        await page.Locator("#Input_CompanyName").FillAsync($"Bouwbedrijf {unique}");
        await page.Locator("#Input_Municipality").SelectOptionAsync("Amersfoort");
        await page.Locator("#Input_ContactName").FillAsync("Jan de Vries");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Phone").FillAsync("033 123 45 67");
        await page.Locator("#Input_Text").FillAsync("Wij zoeken een timmerman voor 32 uur.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await page.WaitForPathAsync("/werkgevers/bevestiging");
        var reference = (await page.Locator("#reference").InnerTextAsync()).Trim();
        await PageChecks.CheckAsync(session, "confirmation", problems);

        await page.GotoAsync("/werkgevers/status");
        await PageChecks.CheckAsync(session, "status look-up", problems);
        await page.Locator("#Input_Reference").FillAsync(reference);
        await page.Locator("#Input_Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekijken" }).ClickAsync();
        await page.Locator("#status").WaitForAsync();
        await PageChecks.CheckAsync(session, "status found", problems);

        // Staff: the request in the list and on its detail page; made late, on the overdue overview.
        var id = await session.Host.App.InDbAsync(async d =>
        {
            var request = d.IntakeRequests.Single(r => r.Reference == reference);
            request.DueDate = IntakeTestData.LongAgo();
            await d.SaveChangesAsync(TestContext.Current.CancellationToken);
            return request.Id;
        });
        await session.SignInAsync("manager@demo.werkbrug.nl", DemoPassword);
        await page.GotoAsync("/intake-requests?Overdue=true");
        await PageChecks.CheckAsync(session, "intake requests", problems);
        await page.GotoAsync($"/intake-requests/{id}");
        await PageChecks.CheckAsync(session, "intake request", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
        await page.Locator("#answer-form").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reactie vastleggen" }).ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        await PageChecks.CheckAsync(session, "intake request with errors", problems);
        await page.GotoAsync("/intake-requests/overdue");
        Assert.Equal(1, await page.Locator($"#overdue-{reference}").CountAsync());
        await PageChecks.CheckAsync(session, "overdue overview", problems);

        Assert.Equal(IntakeRequestStatus.InProgress, await session.Host.App.InDbAsync(d => Task.FromResult(d.IntakeRequests.Single(r => r.Id == id).Status)));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
