using Microsoft.Playwright;
using Werkbrug.Web.Tests.Features.Goals;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>Doelen in a browser: a region coordinator creates a plan from the menu, sets a goal and sees its progress; the pages pass the page checks.</summary>
public sealed class GoalBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task a_coordinator_creates_a_plan_sets_a_goal_and_sees_its_progress(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        var world = await GoalWorld.ArrangeAsync(session.Host.App);
        await session.SignInAsync(world.Coordinator.Email, world.Coordinator.Password);

        await page.Locator("nav a[href='/plans']").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw plan" }).ClickAsync();
        await page.Locator("#Input_Year").FillAsync("2026");
        await page.Locator("#Input_Kind").SelectOptionAsync("ExecutionPlan");
        await page.Locator("#Input_Title").FillAsync("Uitvoeringsplan De Peel 2026");
        await page.Locator("#plan-form button[type=submit]").First.ClickAsync();
        await page.WaitForRecordAsync("/plans/", "Creating the plan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Doel toevoegen" }).ClickAsync();
        await PageChecks.CheckAsync(session, "the goal form", problems);
        await page.Locator("#Input_IndicatorKey").SelectOptionAsync("placements");
        await page.Locator("#Input_From").FillAsync("2026-04-01");
        await page.Locator("#Input_To").FillAsync("2026-06-30");
        await page.Locator("#Input_Target").FillAsync("20");
        await page.Locator("#goal-form button[type=submit]").First.ClickAsync();
        await page.WaitForPageAsync(url => url.AbsolutePath.StartsWith("/plans/", StringComparison.Ordinal) && url.Fragment == "#goals", "Adding the goal");

        // 17 placements in Q2 (GoalWorld) of a target of 20: 85 %, and Q2 is over, so behind.
        var row = page.Locator("#joint-goals tbody tr").First;
        Assert.Equal(["2026-K2", "minstens 20", "17", "85%", "Achter"], (await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Contains("Doel aangemaakt", await page.Locator("#plan-history").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "the plan with its goal", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
