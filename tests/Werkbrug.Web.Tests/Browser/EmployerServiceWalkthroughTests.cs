using Microsoft.Playwright;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Features.IntakeRequests;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// The employer service as a newcomer walks it, in Chromium, following what the pages offer: an employer reports
/// a vacancy at the front door and follows it by its reference; the account manager picks the request up,
/// registers the employer from it, logs a visit, creates the vacancy from the request, publishes and escalates
/// it; a second adviser is warned about the recent contact before approaching the same employer; once the request is late the manager finds it on the overdue list.
/// Every page passes <see cref="PageChecks"/> along the way.
/// </summary>
public sealed class EmployerServiceWalkthroughTests(Browsers browsers)
{
    private const string DemoPassword = "Werkbrug-demo-2026";

    [Theory, BrowserProviders]
    public async Task from_the_front_door_to_an_escalated_vacancy(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var company = $"Hoveniersbedrijf {unique}";
        var email = $"walk-{unique}@groen.example";
        var kvk = EmployerPages.NewKvk();
        async Task Check(string step) => await PageChecks.CheckAsync(session, step, problems);

        // The employer, without an account.
        await page.GotoAsync("/werkgevers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vacature melden" }).ClickAsync();
        await page.Locator("#Input_CompanyName").FillAsync(company);
        await page.Locator("#Input_Municipality").SelectOptionAsync("Amersfoort");
        await page.Locator("#Input_ContactName").FillAsync("Els Groen");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Phone").FillAsync("033 765 43 21");
        await page.Locator("#Input_Text").FillAsync("Wij zoeken een medewerker groenonderhoud voor 24 tot 32 uur.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await page.WaitForPathAsync("/werkgevers/bevestiging");
        var reference = (await page.Locator("#reference").InnerTextAsync()).Trim();
        await page.GotoAsync("/werkgevers/status");
        await page.Locator("#Input_Reference").FillAsync(reference);
        await page.Locator("#Input_Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekijken" }).ClickAsync();
        await page.Locator("#status").WaitForAsync();
        Assert.Contains("Ontvangen", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);

        // The account manager picks the request up from the list.
        await session.SignInAsync("accountmanager@demo.werkbrug.nl", DemoPassword);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Aanvragen", Exact = true }).ClickAsync();
        await Check("intake requests");
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
        await page.Locator("#answer-form").WaitForAsync();
        await Check("intake request picked up");

        // ... registers the employer from it (the form comes pre-filled with what the employer gave) ...
        await page.GetByRole(AriaRole.Link, new() { Name = "Werkgever registreren" }).ClickAsync();
        Assert.Equal(company, await page.Locator("#Input_TradeName").InputValueAsync());
        await Check("employer registration from a request");
        await page.Locator("#Input_KvkNumber").FillAsync(kvk);
        await page.Locator("#Input_SizeClass").SelectOptionAsync("Employees10To49");
        await page.Locator("#Input_AddressLine").FillAsync("Kweekerij 7");
        await page.Locator("#Input_Postcode").FillAsync("3811 AB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
        await page.WaitForPageAsync(
            url => url.AbsolutePath.StartsWith("/employers/", StringComparison.Ordinal) && !url.AbsolutePath.EndsWith("/new", StringComparison.Ordinal)
                && !url.Query.Contains("intakeRequest", StringComparison.Ordinal),
            $"Registering {company} (KvK {kvk})");

        var employerPath = new Uri(page.Url).AbsolutePath;
        Assert.Equal(company, (await page.Locator("main h1").InnerTextAsync()).Trim());

        // ... logs a visit ...
        await page.GetByRole(AriaRole.Link, new() { Name = "Contact vastleggen of plannen" }).ClickAsync();
        Assert.Equal(0, await page.Locator("#contact-warnings").CountAsync());
        await page.Locator("#Input_Channel").SelectOptionAsync("Visit");
        await page.GetByLabel("Vacature", new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_Note").FillAsync("Kennismaking; vacature groenonderhoud besproken.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForPathAsync(employerPath);
        Assert.Contains("Kennismaking; vacature groenonderhoud besproken.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Check("employer with its contact");

        // ... creates the vacancy from the request, publishes it and escalates it to the region.
        await page.GotoAsync($"/intake-requests?Status=InProgress");
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vacature aanmaken uit deze aanvraag" }).ClickAsync();
        Assert.Contains("groenonderhoud", await page.Locator("#Input_Description").InputValueAsync(), StringComparison.Ordinal);
        await Check("new vacancy from a request");
        await page.Locator("#Input_Title").FillAsync($"Medewerker groenonderhoud {unique}");
        await page.Locator("#Input_Occupation").FillAsync("hovenier");
        await page.Locator("#task-0-description").FillAsync("Maaien en snoeien");
        await page.Locator("#task-0-share").FillAsync("70");
        await page.Locator("#task-1-description").FillAsync("Materiaal schoonmaken");
        await page.Locator("#task-1-share").FillAsync("30");
        await page.Locator("#task-1-separable").CheckAsync();
        await page.Locator("#Input_HoursPerWeekMin").FillAsync("24");
        await page.Locator("#Input_HoursPerWeekMax").FillAsync("32");
        await page.Locator("#Input_ContractType").SelectOptionAsync("Regular");
        await page.Locator("#Input_Postcode").FillAsync("3811 AB");
        await page.Locator("#Input_MunicipalityName").SelectOptionAsync("Amersfoort");
        await page.Locator("#Input_Positions").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vacature opslaan" }).ClickAsync();
        await page.Locator("#status-form, #error-summary").First.WaitForAsync();
        Assert.True(await page.Locator("#error-summary").CountAsync() == 0, await page.Locator("main").InnerTextAsync());
        await Check("vacancy created");
        await page.Locator("#StatusInput_Status").SelectOptionAsync("Open");
        await page.GetByRole(AriaRole.Button, new() { Name = "Status wijzigen" }).ClickAsync();
        await page.Locator("#history").GetByText("Open").First.WaitForAsync();
        await page.Locator("#EscalateInput_Reason").FillAsync("Moeilijk vervulbaar; graag kandidaten uit de hele regio.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Regionaal opschalen" }).ClickAsync();
        await page.Locator("#regional-mark").WaitForAsync();
        await Check("vacancy published and escalated");

        // A second adviser who wants to approach the same employer is warned first.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync("regievoerder@demo.werkbrug.nl", DemoPassword);
        await page.GotoAsync(employerPath);
        await page.GetByRole(AriaRole.Link, new() { Name = "Contact vastleggen of plannen" }).ClickAsync();
        var warning = await page.Locator("#contact-warnings").InnerTextAsync();
        Assert.Contains("heeft contact met deze werkgever", warning, StringComparison.Ordinal);
        await Check("contact form with the duplicate-approach warning");

        // The request is late: the manager finds it on the overdue list.
        await session.Host.App.InDbAsync(async d =>
        {
            d.IntakeRequests.Single(r => r.Reference == reference).DueDate = IntakeTestData.LongAgo();
            await d.SaveChangesAsync(TestContext.Current.CancellationToken);
            return 0;
        });
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync("manager@demo.werkbrug.nl", DemoPassword);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Te laat", Exact = true }).ClickAsync();
        Assert.Equal(1, await page.Locator($"#overdue-{reference}").CountAsync());
        await Check("overdue list");

        var vacancy = await session.Host.App.InDbAsync(d => Task.FromResult(d.Vacancies.Single(v => v.Title == $"Medewerker groenonderhoud {unique}")));
        Assert.Equal(VacancyStatus.Open, vacancy.Status);
        Assert.Equal(EscalationLevel.Regional, vacancy.EscalationLevel);
        Assert.Equal(IntakeRequestStatus.InProgress, await session.Host.App.InDbAsync(d => Task.FromResult(d.IntakeRequests.Single(r => r.Reference == reference).Status)));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
