using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Werkbrug.Web.Tests.Features.VacancyOffers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// A vacancy across regions in Chromium: region A (AM25) offers its hard-to-fill vacancy to region B (AM26); an adviser of
/// B finds a candidate of B's pool on the offered vacancy and refers them; the candidate's case manager approves with the
/// contact details on a consent; A's owner accepts; the employer, through its link, sees the name and nothing more.
/// Every page passes <see cref="PageChecks"/> (axe-core among them).
/// </summary>
public sealed class VacancyOfferBrowserTests(Browsers browsers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BrowserProviders]
    public async Task region_a_offers_region_b_refers_a_accepts_and_the_employer_sees_only_what_was_disclosed(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var page = session.Page;
        var problems = new List<string>();
        var cast = await app.OfferCastAsync();

        // Region A offers the vacancy to region B.
        await session.SignInAsync(cast.Owner.Email, TestData.Password);
        await page.GotoAsync($"/vacancies/{cast.VacancyId}");
        await page.Locator("#vacancy-offers").ClickAsync();
        await page.Locator("#offer").WaitForAsync();
        await PageChecks.CheckAsync(session, "offering a vacancy to other regions", problems);
        await page.GetByLabel("AM26 Midden-Brabant").CheckAsync();
        await page.GetByLabel("Toelichting", new() { Exact = false }).FillAsync("Ploegendienst; reiskosten worden vergoed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanbieden" }).ClickAsync();
        await page.Locator("#running-offer").WaitForAsync();
        Assert.Contains("AM26", await page.Locator("#running-regions").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "a running offer with its log", problems);

        // An adviser of region B finds it, ranks B's pool on it and refers the candidate.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(cast.Adviser.Email, TestData.Password);
        await page.GotoAsync("/vacancy-offers");
        await PageChecks.CheckAsync(session, "the vacancies offered to the region", problems);
        await page.GetByRole(AriaRole.Link, new() { Name = cast.VacancyTitle }).ClickAsync();
        await page.Locator($"#candidate-{cast.Candidate.Pseudonym}").WaitForAsync();
        Assert.Contains("Ploegendienst", await page.Locator("#offer-note").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "an offered vacancy with the region's candidates", problems);
        await page.Locator("select[name='Refer.Pseudonym']").SelectOptionAsync(cast.Candidate.Pseudonym);
        await page.GetByLabel("Motivatie").FillAsync("Ervaren heftruckchauffeur, woont op een kwartier rijden.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voordragen" }).ClickAsync();
        await page.Locator("#referral-status, #error-summary").First.WaitForAsync();
        Assert.True(await page.Locator("#error-summary").CountAsync() == 0, await page.Locator("main").InnerTextAsync());
        Assert.Equal("Wacht op goedkeuring eigenaar", (await page.Locator("#referral-status").InnerTextAsync()).Trim());
        var referralPath = new Uri(page.Url).AbsolutePath;

        // The candidate's case manager (region B) approves, disclosing the contact details on the candidate's consent.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(cast.CaseManager.Email, TestData.Password);
        await page.GotoAsync(referralPath);
        await page.Locator("#step-approve summary").ClickAsync();
        await page.Locator("#step-approve").GetByLabel("Contactgegevens", new() { Exact = false }).CheckAsync();
        await page.Locator("#step-approve select[name='Disclosure.Basis']").SelectOptionAsync("Consent");
        await page.Locator("#step-approve button[type=submit]").ClickAsync();
        await page.GetByText("Wacht op de regio van de vacature").First.WaitForAsync();

        // Region A's owner sees the proposal and accepts it.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(cast.Owner.Email, TestData.Password);
        await page.GotoAsync($"/vacancies/{cast.VacancyId}/offers");
        await page.Locator($"#referrals a[href='{referralPath}']").ClickAsync();
        await page.WaitForPathAsync(referralPath);
        await page.Locator("#step-accept").WaitForAsync();
        await PageChecks.CheckAsync(session, "a referral from another region to accept", problems);
        await page.Locator("#step-accept > summary").ClickAsync();
        await page.Locator("#step-accept button[type=submit]").ClickAsync();
        await page.GetByText("Bij werkgever").First.WaitForAsync();

        // The employer, through its link, sees the candidate's name (disclosed) and no profile (not disclosed).
        var link = await app.ApiClient(cast.Owner).PostAsJsonAsync($"/api/v1/vacancies/{cast.VacancyId}/employer-links", new { contactName = "Petra de Vries" }, Ct);
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        var token = JsonDocument.Parse(await link.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("token").GetString()!;
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync($"/werkgevers/voordrachten/open?token={Uri.EscapeDataString(token)}");
        await page.Locator("#referrals").WaitForAsync();
        await page.Locator("#referrals a").First.ClickAsync();
        await page.Locator("#reject-form").WaitForAsync();
        await PageChecks.CheckAsync(session, "the employer's sheet of a referral from another region", problems);
        var sheet = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Sanne Test-", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("1990", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("Logistiek medewerker", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain(cast.Candidate.Marker, sheet, StringComparison.Ordinal);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
