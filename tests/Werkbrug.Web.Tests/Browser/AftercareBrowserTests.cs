using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Werkbrug.Web.Tests.Features.Referrals;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// After a hire in Chromium (its own class, so it runs beside the referral path instead of after it). Region AM19.
/// </summary>
public sealed class AftercareBrowserTests(Browsers browsers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The hire path on the shared host, with the clock moved for this session only: the adviser sends an own candidate's referral, the employer
    /// hires through the link, the placement comes with its aftercare plan, the adviser does the three contact moments
    /// each on its due date, and records the 6-month check.
    /// </summary>
    [Theory, BrowserProviders]
    public async Task a_hire_gets_its_aftercare_plan_the_contact_moments_are_done_on_time_and_the_six_month_check_is_recorded(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var page = session.Page;
        var problems = new List<string>();
        var cast = await app.CastAsync("AM19");
        var adviser = app.ApiClient(cast.AccountManager);
        var referralPath = $"/referrals/{(await adviser.ReferAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym)).Id()}";
        var link = await adviser.PostAsJsonAsync($"/api/v1/vacancies/{cast.VacancyId}/employer-links", new { contactName = "Petra de Vries" }, Ct);
        var token = JsonDocument.Parse(await link.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("token").GetString()!;

        await session.SignInAsync(cast.AccountManager.Email, TestData.Password);
        // The start page lists the referral still to send ("Vandaag voor u").
        await page.Locator($"#today-referrals a[href='{referralPath}']").WaitForAsync();
        await PageChecks.CheckAsync(session, "the start page with work waiting", problems);
        await page.GotoAsync(referralPath);
        await page.Locator("#step-send summary").ClickAsync();
        await page.Locator("#step-send button[type=submit]").ClickAsync();
        await page.GetByText("Bij werkgever").First.WaitForAsync();

        // The employer hires through the link, starting today.
        var start = Werkbrug.Domain.Common.DutchTime.Today(app.Clock);
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync($"/werkgevers/voordrachten/open?token={Uri.EscapeDataString(token)}");
        await page.Locator("#referrals a").First.ClickAsync();
        await page.Locator("#hire-form input[name='HireInput.StartDate']").FillAsync(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#hire-form button[type=submit]").ClickAsync();
        await page.Locator("#hire-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // The placement and its plan: three contact moments and two durability checks.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(cast.AccountManager.Email, TestData.Password);
        await page.GotoAsync(referralPath);
        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de plaatsing en het nazorgplan" }).ClickAsync();
        await page.Locator("#aftercare-plan").WaitForAsync();
        var placementPath = new Uri(page.Url).AbsolutePath;
        Assert.Equal(5, await page.Locator("#aftercare-plan tbody tr").CountAsync());
        await PageChecks.CheckAsync(session, "a placement with its aftercare plan", problems);

        // To noon of a Dutch day: whole days from a late winter evening would land past midnight in summer time (a day late).
        Task ShiftToAsync(DateOnly day) => session.ShiftClockAsync(
            TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(12, 0)), Werkbrug.Domain.Common.DutchTime.Zone) - app.Clock.GetUtcNow().UtcDateTime);

        // Each contact moment is done on its due date: two weeks, six weeks and three months after the start.
        foreach (var due in new[] { start.AddDays(14), start.AddDays(42), start.AddMonths(3) })
        {
            await ShiftToAsync(due);
            await page.Context.ClearCookiesAsync();
            await session.SignInAsync(cast.AccountManager.Email, TestData.Password);
            await page.GotoAsync("/tasks");
            await page.Locator("a[href^='/tasks/']").First.ClickAsync();
            await page.Locator("#complete-form textarea").FillAsync("Gesprek met werkgever en werknemer: het werk bevalt, afspraken lopen.");
            await page.Locator("#complete-form button[type=submit]").ClickAsync();
            await page.Locator("#complete-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }

        await PageChecks.CheckAsync(session, "my tasks after the contact moments", problems);

        // Six months after the start the adviser records that the placement still runs.
        await ShiftToAsync(start.AddMonths(6));
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(cast.AccountManager.Email, TestData.Password);
        await page.GotoAsync(placementPath);
        await page.Locator("#durability-form select[name='Input.Checkpoint']").SelectOptionAsync("SixMonths");
        await page.Locator("#durability-form select[name='Input.StillEmployed']").SelectOptionAsync("true");
        await page.Locator("#durability-form button[type=submit]").ClickAsync();
        await page.Locator("#placement-durability").GetByText("Nog in dienst").First.WaitForAsync();
        Assert.True(await page.Locator("#aftercare-plan tbody tr", new() { HasText = "Op tijd" }).CountAsync() >= 4, await page.Locator("#aftercare-plan").InnerTextAsync());
        await PageChecks.CheckAsync(session, "a placement with its 6-month check", problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
