using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Surveys;
using Werkbrug.Domain.Surveys.Templates;
using Werkbrug.Web.Tests.Features.Surveys;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// An employer answers the report's employer questionnaire (appendix 2) through a personal link on a phone (375 px): every
/// page passes the page checks, the questions shown are exactly those its routing allows after the answers given, and a
/// question skipped by routing never appears on any page.
/// </summary>
public sealed class SurveyBrowserTests(Browsers browsers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The answers, per question: radio and check boxes by value, open questions and number rows by text.</summary>
    private static readonly Dictionary<string, string[]> Choices = new(StringComparer.Ordinal)
    {
        // Looks for staff, contacted only the regional service point: A2 (A1 ≠ rwsp), B2 (A1 = geen), C4–C17 are skipped.
        ["B1"] = ["ja"],
        ["B3"] = ["nee"],
        ["B31"] = ["nee"],
        ["A1"] = ["rwsp"],
        ["A3"] = ["ja"],
        ["C1"] = ["kandidaat"],
        // Does not know Werk.nl (no D2, D3); employs nobody with a work limitation (no E2, E3, E5, E6, E6t); an HR adviser (no F2).
        ["D1"] = ["nee"],
        ["E1"] = ["nee"],
        ["E4"] = ["maatschappelijk", "diversiteit"],
        ["F1"] = ["hrm"],
        ["F5"] = ["bouw"],
        ["Z3"] = ["nee"],
    };

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["C2"] = "Snel een kandidaat",
        ["q_F3_loondienst"] = "40",
    };

    [Theory, BrowserProviders]
    public async Task an_employer_answers_the_employer_questionnaire_on_a_phone_and_never_sees_a_skipped_question(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var (page, app) = (session.Page, session.Host.App);
        var problems = new List<string>();
        var coordinator = await app.CreateAdviserAsync(SurveyWorld.Region, Roles.RegionCoordinator, Roles.AccountManager);
        var created = await app.ApiClient(coordinator).PostAsJsonAsync("/api/v1/surveys", new { templateKey = EmployerMonitor.Key }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var survey = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        const string token = "browser-werkgeversenquete-link-0001";
        await app.InDbAsync(d =>
        {
            d.SurveyInvitations.Add(new SurveyInvitation
            {
                RegionCode = SurveyWorld.Region,
                SurveyId = survey,
                Trigger = InvitationTrigger.YearlyRound,
                TokenHash = SurveyRules.Hash(token),
                CreatedAtUtc = DateTime.UtcNow,
                ExpiresAtUtc = DateTime.UtcNow.AddDays(30),
                AdviserUserId = coordinator.Id,
                Section = "F",
                Size = SizeBand.Employees10To49,
            });
            return d.SaveChangesAsync(Ct);
        });

        await page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);
        await page.GotoAsync($"/enquete/{token}");
        var seen = new List<string>();
        for (var pages = 0; await page.Locator("#survey-end").CountAsync() == 0; pages++)
        {
            Assert.True(pages < 20, "the questionnaire did not end within 20 pages");
            var keys = await page.Locator("[data-question]").EvaluateAllAsync<string[]>("qs => qs.map(q => q.dataset.question)");
            Assert.NotEmpty(keys);
            seen.AddRange(keys);
            // The whole page fits the phone's width without scrolling sideways.
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 375"), $"page {pages + 1} is wider than 375 px");
            await PageChecks.CheckAsync(session, $"survey page {pages + 1}", problems);
            await page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);
            foreach (var key in keys)
            {
                foreach (var value in Choices.GetValueOrDefault(key, []))
                {
                    await page.Locator($"[data-question='{key}'] input[value='{value}']").CheckAsync();
                }

                if (Texts.TryGetValue(key, out var text))
                {
                    await page.Locator($"[data-question='{key}'] textarea").FillAsync(text);
                }
            }

            foreach (var (name, text) in Texts.Where(t => t.Key.StartsWith("q_", StringComparison.Ordinal)))
            {
                if (await page.Locator($"input[name='{name}']").CountAsync() == 1)
                {
                    await page.Locator($"input[name='{name}']").FillAsync(text);
                }
            }

            await page.Locator("#survey-next").ClickAsync();
            await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
            Assert.Equal(0, await page.Locator("#error-summary").CountAsync());
        }

        // Exactly the questions the routing allows after these answers, in the printed order, each on one page only.
        var answers = Choices.ToDictionary(c => c.Key, c => Answer.Choose(c.Value), StringComparer.Ordinal);
        var allowed = Routing.Shown(EmployerMonitor.Create(), answers).Select(q => q.Key).ToList();
        Assert.Equal(allowed, seen);
        Assert.DoesNotContain("A2", seen);
        Assert.DoesNotContain("B2", seen);
        Assert.DoesNotContain("E6t", seen);
        Assert.Contains("C2", seen);

        await PageChecks.CheckAsync(session, "survey end", problems);
        await page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);
        await page.Locator("#survey-send").ClickAsync();
        await page.Locator("#survey-done").WaitForAsync();
        await PageChecks.CheckAsync(session, "survey sent", problems);

        var response = await app.InDbAsync(d => d.SurveyResponses.SingleAsync(r => r.SurveyId == survey, Ct));
        var stored = Versions.AnswersFromJson(response.Answers);
        Assert.Equal(("rwsp", "Snel een kandidaat", "40"), (stored["A1"].Choices.Single(), stored["C2"].Text, stored["F3"].Rows["loondienst"]));
        // Not shared: nothing ties the response to the employer or the adviser.
        Assert.Equal((false, (Guid?)null), (response.SharedWithAdviser, response.AdviserUserId));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
