using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Issue 16's adviser path in Chromium: an adviser of the municipality of Hilversum (account and case manager) finds
/// candidates for a vacancy, reads which instruments apply to the best candidate and why (a choice of rules among them),
/// refers them, records the hire for the employer and on the placement records the loonkostensubsidie applied. Every
/// page passes <see cref="PageChecks"/> (axe-core among them). Region AM12 (no other browser test uses it).
/// </summary>
public sealed class InstrumentAdviserBrowserTests(Browsers browsers)
{
    private static readonly string[] Hilversum = ["Hilversum"];
    private static readonly string[] Bijstand = ["Bijstand"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BrowserProviders]
    public async Task an_adviser_sees_the_instruments_of_the_best_candidate_refers_them_and_records_the_loonkostensubsidie(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var page = session.Page;
        var problems = new List<string>();
        var adviser = await app.CreateAdviserAsync("AM12", Roles.AccountManager, Roles.CaseManager);
        await app.InDbAsync(async d =>
        {
            var organisation = await d.Organisations.SingleAsync(o => o.Id == adviser.OrganisationId, Ct);
            (organisation.Type, organisation.MunicipalityName) = (OrganisationType.Municipality, "Hilversum");
            return await d.SaveChangesAsync(Ct);
        });
        var coordinator = app.ApiClient(await app.CreateUserInOrganisationAsync(adviser, Roles.RegionCoordinator));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync("/api/v1/instruments/starter-set", null, Ct)).StatusCode);
        var premium = await coordinator.PostAsJsonAsync("/api/v1/instruments", new
        {
            key = "plaatsingspremie-hilversum",
            name = "Plaatsingspremie Hilversum",
            provider = "Municipality",
            coverage = "Municipalities",
            municipalities = Hilversum,
            provides = "€ 1.500 eenmalig",
            conditions = "Bijstand, minstens 20 uur per week.",
            rules = new object[] { new { fact = "Benefit", values = Bijstand }, new { fact = "HoursPerWeek", min = 20 } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, premium.StatusCode);
        var api = app.ApiClient(adviser);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(), "Magazijnmedewerker", b => b["occupation"] = "Magazijnmedewerker");
        await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        await app.RegisterJobSeekerAsync(adviser); // bijstand, in the jobs-agreement register, owned by Hilversum
        await app.MatchingCaughtUpAsync();

        // Find candidates; the best one's instruments: the premium applies, the loonkostensubsidie may apply, each with its reasons.
        await session.SignInAsync(adviser.Email, TestData.Password);
        await page.GotoAsync($"/vacancies/{vacancy.Id()}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kandidaten zoeken" }).ClickAsync();
        var best = page.Locator("#candidate-1");
        await best.WaitForAsync();
        var name = (await best.Locator("h2 a").InnerTextAsync()).Trim();
        await best.Locator("#candidate-1-instruments > summary").ClickAsync();
        var guide = best.Locator("#candidate-1-instruments");
        Assert.Equal(1, await guide.Locator("[data-outcome='Applies'] [data-key='plaatsingspremie-hilversum']").CountAsync());
        var lks = guide.Locator("[data-outcome='MayApply'] > [data-key='loonkostensubsidie']");
        Assert.Contains("(bekend: Bijstand (Participatiewet))", await lks.Locator("li[data-fact='Benefit'][data-outcome='Met']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await lks.Locator("li[data-fact='Question'][data-outcome='Open']").CountAsync());
        // The no-risk polis holds on one of two rules: the choice lists both parts with their own outcome, in words.
        var choice = guide.Locator("[data-key='no-risk-polis'] li[data-fact='AnyOf'][data-outcome='Met']");
        Assert.Equal(1, await choice.Locator("li[data-fact='Benefit'][data-outcome='NotMet']").CountAsync());
        Assert.Contains("In het doelgroepregister banenafspraak: Ja (bekend: Ja)", await choice.Locator("li[data-fact='JobsAgreementTarget'][data-outcome='Met']").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "candidate search with the instruments of the best candidate", problems);

        // Refer them from the shortlist and send the sheet to the employer.
        await best.GetByRole(AriaRole.Button, new() { Name = $"{name} op de shortlist zetten" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"{name} voordragen" }).ClickAsync();
        await page.GetByLabel("Motivatie").FillAsync("Betrouwbaar en ervaren in het magazijn; de plaatsingspremie en loonkostensubsidie kunnen gelden.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voordragen" }).ClickAsync();
        await page.Locator("#referral-status, #error-summary").First.WaitForAsync();
        Assert.True(await page.Locator("#error-summary").CountAsync() == 0, await page.Locator("main").InnerTextAsync());
        await page.Locator("#step-send > summary").ClickAsync();
        await page.Locator("#step-send button[type=submit]").ClickAsync();
        await page.GetByText("Bij werkgever").First.WaitForAsync();

        // The employer hires (recorded by the adviser for them); on the placement the adviser records the loonkostensubsidie.
        await page.Locator("#step-hire > summary").ClickAsync();
        await page.Locator("#step-hire button[type=submit]").ClickAsync();
        await page.Locator("a[href^='/placements/']").First.ClickAsync();
        await page.Locator("#add-instrument").ClickAsync();
        await page.Locator("select[name='Input.InstrumentId']").SelectOptionAsync(new SelectOptionValue { Label = "Loonkostensubsidie" });
        await page.Locator("input[name='Input.StartsOn']").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("input[name='Input.Amount']").FillAsync("1250,00");
        await PageChecks.CheckAsync(session, "recording an instrument on a placement", problems);
        await page.Locator("#instrument-form button[type=submit]").ClickAsync();
        var applied = page.Locator("#instruments-table tr[data-key='loonkostensubsidie']");
        await applied.WaitForAsync();
        Assert.Contains("1.250,00", await applied.InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "a placement with the loonkostensubsidie applied", problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
