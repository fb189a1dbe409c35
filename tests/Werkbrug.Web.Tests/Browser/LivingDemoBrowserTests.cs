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
    public async Task every_demo_user_finds_their_work_without_an_error()
    {
        var problems = new List<string>();
        foreach (var (role, email, _, _) in DemoSeeder.Users)
        {
            await using var session = await browsers.NewLivingSessionAsync(Db.Sqlite);
            var page = session.Page;
            await session.SignInAsync(email, "Werkbrug-demo-2026");
            await CheckAsync(session, $"{role}: start page", problems);
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

    /// <summary>The start page's "what needs you today" (section <c>#today</c>) links each demo user to their work.</summary>
    [Fact]
    public async Task every_demo_user_has_work_on_their_start_page()
    {
        var empty = new List<string>();
        foreach (var (role, email, _, _) in DemoSeeder.Users)
        {
            await using var session = await browsers.NewLivingSessionAsync(Db.Sqlite);
            await session.SignInAsync(email, "Werkbrug-demo-2026");
            if (await session.Page.Locator("#today a").CountAsync() == 0)
            {
                empty.Add(role);
            }
        }

        Assert.True(empty.Count == 0, "No work on the start page of " + string.Join(", ", empty));
    }

    private static async Task CheckAsync(BrowserSession session, string what, List<string> problems)
    {
        var errors = await session.Page.Locator(ErrorMarks).AllInnerTextsAsync();
        problems.AddRange(errors.Select(e => $"{what}: shows an error: {e.Trim()}"));
        await PageChecks.CheckAsync(session, what, problems);
    }
}
