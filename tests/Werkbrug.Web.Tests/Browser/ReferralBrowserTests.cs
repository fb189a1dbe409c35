using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Werkbrug.Web.Tests.Features.Referrals;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// The referral path in Chromium as its users walk it: the account manager finds a candidate of another organisation
/// for a vacancy and refers them; the owner's case manager approves from "Mijn taken"; the employer, through its
/// personal link, rejects with a reason; the feedback task appears for the adviser and is completed; the case manager
/// sees the outcome. Every page passes <see cref="PageChecks"/> (axe-core among them). Region AM19.
/// </summary>
public sealed class ReferralBrowserTests(Browsers browsers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BrowserProviders]
    public async Task a_candidate_of_another_organisation_is_referred_approved_rejected_by_the_employer_and_the_feedback_is_done(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var page = session.Page;
        var problems = new List<string>();
        var cast = await app.CastAsync("AM19");
        var adviser = app.ApiClient(cast.AccountManager);
        Assert.True((await adviser.PostAsJsonAsync($"/api/v1/vacancies/{cast.VacancyId}/shortlist", new { pseudonym = cast.OtherCandidate.Pseudonym }, Ct)).IsSuccessStatusCode);

        // The account manager refers the candidate from the vacancy's candidate search (shortlist).
        await session.SignInAsync(cast.AccountManager.Email, TestData.Password);
        await page.GotoAsync($"/vacancies/{cast.VacancyId}/candidates");
        await page.GetByRole(AriaRole.Link, new() { Name = $"{cast.OtherCandidate.Pseudonym} voordragen" }).ClickAsync();
        await PageChecks.CheckAsync(session, "propose a referral", problems);
        await page.GetByLabel("Motivatie").FillAsync("Ervaren orderpicker, wil graag in Amersfoort werken.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voordragen" }).ClickAsync();
        await page.Locator("#referral-status, #error-summary").First.WaitForAsync();
        Assert.True(await page.Locator("#error-summary").CountAsync() == 0, await page.Locator("main").InnerTextAsync());
        Assert.Equal("Wacht op goedkeuring eigenaar", (await page.Locator("#referral-status").InnerTextAsync()).Trim());
        var referralPath = new Uri(page.Url).AbsolutePath;
        await PageChecks.CheckAsync(session, "a referral awaiting the owner", problems);

        // The owner's case manager finds it in "Mijn taken" and approves it, disclosing the contact details on a legal basis.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(cast.OtherCaseManager.Email, TestData.Password);
        await page.GotoAsync("/tasks");
        await PageChecks.CheckAsync(session, "my tasks with a referral to decide", problems);
        await page.Locator($"a[href='{referralPath}']").First.ClickAsync();
        await page.Locator("#step-approve summary").ClickAsync();
        await PageChecks.CheckAsync(session, "a referral with its approval form", problems);
        await page.Locator("#step-approve").GetByLabel("Contactgegevens", new() { Exact = false }).CheckAsync();
        await page.Locator("#step-approve select[name='Disclosure.Basis']").SelectOptionAsync("LegalBasis");
        await page.Locator("#step-approve select[name='Disclosure.LegalBasis']").SelectOptionAsync("WetSuwi");
        await page.Locator("#step-approve button[type=submit]").ClickAsync();
        await page.GetByText("Bij werkgever").First.WaitForAsync();

        // The employer, through the personal link (no account), rejects with a reason.
        var link = await adviser.PostAsJsonAsync($"/api/v1/vacancies/{cast.VacancyId}/employer-links", new { contactName = "Petra de Vries" }, Ct);
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        var token = JsonDocument.Parse(await link.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("token").GetString()!;
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync($"/werkgevers/voordrachten/open?token={Uri.EscapeDataString(token)}");
        await page.Locator("#referrals").WaitForAsync();
        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the employer's referrals", problems);
        await page.Locator("#referrals a").First.ClickAsync();
        await page.Locator("#reject-form").WaitForAsync();
        await PageChecks.CheckAsync(session, "the referral sheet", problems);
        await page.Locator("#reject-form select").SelectOptionAsync("Language");
        await page.Locator("#reject-form button[type=submit]").ClickAsync();
        await page.Locator("#reject-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // The adviser's feedback task appears in "Mijn taken"; they record the conversation with the employer.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(cast.AccountManager.Email, TestData.Password);
        await page.GotoAsync("/tasks");
        await PageChecks.CheckAsync(session, "my tasks with a feedback task", problems);
        await page.Locator("a[href^='/tasks/']").First.ClickAsync();
        await page.Locator("#complete-form").WaitForAsync();
        await PageChecks.CheckAsync(session, "a feedback task", problems);
        await page.Locator("#complete-form textarea").FillAsync("Met de werkgever besproken: taalniveau B1 nodig voor de veiligheidsinstructies.");
        await page.Locator("#complete-form button[type=submit]").ClickAsync();
        await page.Locator("#complete-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await PageChecks.CheckAsync(session, "a completed feedback task", problems);

        // The case manager sees how it ended: a notification and the referral with the employer's reason.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(cast.OtherCaseManager.Email, TestData.Password);
        await page.GotoAsync("/notifications");
        await page.GetByText("is afgewezen").First.WaitForAsync();
        await page.GotoAsync(referralPath);
        Assert.Equal("Afgewezen door werkgever", (await page.Locator("#referral-status").InnerTextAsync()).Trim());
        Assert.Contains("Taal", await page.Locator("#rejection-reason").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the referral's outcome for the case manager", problems);
        await page.GotoAsync($"/job-seekers/{cast.OtherCandidate.Id}");
        Assert.Contains("Afgewezen door werkgever", await page.Locator("#profile-referrals").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the profile with its referrals", problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
