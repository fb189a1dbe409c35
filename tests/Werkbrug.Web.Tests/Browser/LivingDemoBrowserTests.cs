using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// A fresh Demo start with the living region (SQLite; the pages do not differ per provider), as each demo user sees
/// it: their work on the start page, varied scores in the account manager's candidate search, entries in the overdue
/// lists of manager and region coordinator, and no error summary anywhere. Every page passes <see cref="PageChecks"/>.
/// </summary>
[Trait(ProvidersAttribute.Trait, "sqlite")]
[Trait(BrowserProvidersAttribute.Trait, "chromium")]
public sealed class LivingDemoBrowserTests(Browsers browsers)
{
    private const string ErrorMarks = "#error-summary, .utrecht-form-field-error-message, .utrecht-alert--error";

    [Fact]
    public async Task every_demo_user_finds_their_work_on_the_start_page_and_in_their_lists_without_an_error()
    {
        var problems = new List<string>();
        foreach (var (role, email, _, _) in DemoSeeder.Users)
        {
            await using var session = await browsers.NewLivingSessionAsync(Db.Sqlite);
            var page = session.Page;
            await session.SignInAsync(email, "Werkbrug-demo-2026");
            await CheckAsync(session, $"{role}: start page", problems);
            // "What needs you today" (section #today): records to open, or for the analyst the region's figures.
            if (await page.Locator("#today .wb-today__item").CountAsync() == 0)
            {
                problems.Add($"{role}: the start page shows no work.");
            }

            if (role == Roles.AccountManager)
            {
                await session.Host.App.MatchingCaughtUpAsync();
                var vacancy = await session.Host.App.InDbAsync(d => d.Vacancies
                    .Where(v => v.RegionCode == DemoSeeder.RegionCode && MatchingIndexFeed.Searchable.Contains(v.Status))
                    .Where(v => d.Users.Any(u => u.Id == v.AdviserUserId && u.Email == email))
                    .OrderBy(v => v.ExternalId).Select(v => v.Id).FirstAsync());
                await page.GotoAsync($"/vacancies/{vacancy}/candidates");
                await page.Locator("#candidate-1").WaitForAsync();
                var scores = await page.Locator("[id^='candidate-'] p strong").AllInnerTextsAsync();
                Assert.True(scores.Distinct().Count() > 1, $"The candidate search shows {scores.Count} candidates with scores {string.Join(", ", scores)}.");
                await CheckAsync(session, $"{role}: candidate search", problems);
            }

            if (role is Roles.Manager or Roles.RegionCoordinator)
            {
                foreach (var list in new[] { "/intake-requests/overdue", "/aftercare/overdue" })
                {
                    await page.GotoAsync(list);
                    var entries = await page.Locator("tr[id^='overdue-']").CountAsync();
                    Assert.True(entries > 0, $"{role}: {list} lists nothing.");
                    await CheckAsync(session, $"{role}: {list}", problems);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task CheckAsync(BrowserSession session, string what, List<string> problems)
    {
        var errors = await session.Page.Locator(ErrorMarks).AllInnerTextsAsync();
        problems.AddRange(errors.Select(e => $"{what}: shows an error: {e.Trim()}"));
        await PageChecks.CheckAsync(session, what, problems);
    }
}
