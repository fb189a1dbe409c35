using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// The login page, the public pages and the 404 page in Chromium, and (<see cref="WalkAsync"/>, run per role by
/// the classes in Browser/DemoUserJourneys.cs) every demo user's journey on a fresh Demo start with the living region:
/// signing in through the real form, finding their work on the start page, and following every link of the main
/// navigation and of the start page's task lists. Every page reached shows no error and is checked by
/// <see cref="PageChecks"/> (axe-core, language, skip link, phone width, console).
/// </summary>
public sealed class JourneyTests(Browsers browsers)
{
    private const string DemoPassword = "Werkbrug-demo-2026";

    /// <summary>How many tabs share a journey's pages.</summary>
    private const int Walkers = 3;

    /// <summary>The route shapes a journey visited one level past a role's own pages, per provider: each is checked once for all roles.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Db, System.Collections.Concurrent.ConcurrentDictionary<string, byte>> DeepPages = new();

    /// <summary>What a page shows when something went wrong: an error summary, a field's error, an error alert.</summary>
    private const string ErrorMarks = "#error-summary, .utrecht-form-field-error-message, .utrecht-alert--error";

    /// <summary>
    /// The demo user signs in on the living demo region (as after the README's first command), finds their work on the
    /// start page and in the lists that matter to their role, and follows every link of the navigation and the start
    /// page's task lists, two levels deep; no page reached shows an error and every one passes <see cref="PageChecks"/>.
    /// One test class per role (the classes in Browser/DemoUserJourneys.cs), so the journeys run in parallel.
    /// </summary>
    internal static async Task WalkAsync(Browsers shared, Db db, string email)
    {
        var (role, _, name, _) = DemoSeeder.Users.Single(u => u.Email == email);
        await using var session = await shared.NewLivingSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();

        await session.SignInAsync(email, DemoPassword);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Vandaag voor u", (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Contains(name, await page.Locator("main #today").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(DemoSeeder.ServicePointName, await page.Locator("header").InnerTextAsync(), StringComparison.Ordinal);
        // "What needs you today": records to open, or for the analyst the region's figures; never a welcome text alone.
        Assert.True(await page.Locator("#today .wb-today__item").CountAsync() > 0, $"{role}: the start page shows no work.");
        await CheckAsync(session, "start page", problems);

        // Breadth-first: the navigation and start-page tasks, then the links in the main content of those
        // pages (lists link to their detail and edit pages). One page per route shape (ids folded), two levels; the
        // second level once per route shape across all roles (the roles' rights per page are ForbiddenPageTests' and
        // the page tests' to check; a journey checks that what is linked opens and passes the browser checks).
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/" };
        var level = await OwnLinksAsync(page, "nav[aria-label] a[href], main .utrecht-link-list a[href]");
        Assert.NotEmpty(level);
        await RoleWorkAsync(session, role, email, problems);

        // Each level's pages are shared among a few tabs of the same signed-in user: a walk is then as long as its
        // longest share rather than the sum of its pages (a manager reaches about fifty).
        var walkers = new List<BrowserSession> { session };
        try
        {
            for (var i = 1; i < Walkers; i++)
            {
                walkers.Add(await session.NewTabAsync());
            }

            for (var depth = 0; depth < 2 && level.Count > 0; depth++)
            {
                // The role's own pages (its menu and start page's tasks) for every role; a page one level further (a record's
                // details, a form) once per route shape across the roles, whichever reaches it first.
                var todo = new System.Collections.Concurrent.ConcurrentQueue<string>(
                    level.Where(h => seen.Add(RouteShape(h)) && (depth == 0 || DeepPages.GetOrAdd(db, _ => new()).TryAdd(RouteShape(h), 0))));
                var found = await Task.WhenAll(walkers.Select(walker => VisitAsync(walker, todo)));
                problems.AddRange(found.SelectMany(f => f.Problems));
                level = [.. found.SelectMany(f => f.Links)];
            }
        }
        finally
        {
            foreach (var walker in walkers.Skip(1))
            {
                await walker.DisposeAsync();
            }
        }

        Assert.True(problems.Count == 0, $"{email} on {db}:\n" + string.Join("\n", problems));
    }

    /// <summary>Opens pages from <paramref name="todo"/> until it is empty; returns what they showed wrong and the links they hold.</summary>
    private static async Task<(List<string> Problems, List<string> Links)> VisitAsync(BrowserSession walker, System.Collections.Concurrent.ConcurrentQueue<string> todo)
    {
        var page = walker.Page;
        var problems = new List<string>();
        var links = new List<string>();
        while (todo.TryDequeue(out var href))
        {
            var response = await page.GotoAsync(href);
            var status = (HttpStatusCode)(response?.Status ?? 0);
            var path = new Uri(page.Url).AbsolutePath;
            if (status != HttpStatusCode.OK || path.StartsWith("/account/login", StringComparison.Ordinal) || path.StartsWith("/account/access-denied", StringComparison.Ordinal))
            {
                problems.Add($"link {href}: answered {(int)status} at {path}; a link shown to this user must open a page for this user.");
                walker.TakeConsoleErrors();
                continue;
            }

            await CheckAsync(walker, $"link {href}", problems);
            links.AddRange(await OwnLinksAsync(page, "main a[href]"));
        }

        return (problems, links);
    }

    /// <summary>
    /// The lists a role opens first hold real work: the account manager's candidate search ranks candidates with
    /// varied scores; the manager's and the region coordinator's overdue lists have entries.
    /// </summary>
    private static async Task RoleWorkAsync(BrowserSession session, string role, string email, List<string> problems)
    {
        var page = session.Page;
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
            await CheckAsync(session, "candidate search", problems);
        }

        if (role is Roles.Manager or Roles.RegionCoordinator)
        {
            foreach (var list in new[] { "/intake-requests/overdue", "/aftercare/overdue" })
            {
                await page.GotoAsync(list);
                Assert.True(await page.Locator("tr[id^='overdue-']").CountAsync() > 0, $"{role}: {list} lists nothing.");
                await CheckAsync(session, list, problems);
            }

            // The referrals come a page at a time (PagerTests: the next page keeps the filter).
            await page.GotoAsync("/referrals");
            Assert.Equal(50, await page.Locator("#referrals tbody tr").CountAsync());
            var next = await page.Locator("a[rel='next']").GetAttributeAsync("href");
            Assert.Equal("?Page=2", next);
            await page.GotoAsync("/referrals" + next);
            Assert.True(await page.Locator("#referrals tbody tr").CountAsync() > 0, $"{role}: the second page of referrals is empty.");
            await CheckAsync(session, "referrals, page 2", problems);
        }
    }

    /// <summary><see cref="PageChecks"/>, and no error shown on a page the user only opened.</summary>
    private static async Task CheckAsync(BrowserSession session, string what, List<string> problems)
    {
        var errors = await session.Page.Locator(ErrorMarks).AllInnerTextsAsync();
        problems.AddRange(errors.Select(e => $"{what}: shows an error: {e.Trim()}"));
        await PageChecks.CheckAsync(session, what, problems);
    }


    [Theory, BrowserProviders]
    public async Task the_login_page_its_error_state_and_the_public_pages_pass_the_checks(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();

        await page.GotoAsync("/account/login");
        await PageChecks.CheckAsync(session, "login page", problems);

        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        await PageChecks.CheckAsync(session, "login page with errors", problems);

        foreach (var path in new[] { "/account/access-denied", "/api-docs" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            await PageChecks.CheckAsync(session, path, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory, BrowserProviders]
    public async Task the_404_page_passes_the_checks(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();
        await session.SignInAsync(DemoSeeder.Users[0].Email, DemoPassword);

        var response = await page.GotoAsync("/deze-pagina-bestaat-niet");
        session.TakeConsoleErrors(); // the browser logs the 404 response itself

        Assert.Equal(404, response?.Status);
        Assert.Equal("Pagina niet gevonden", (await page.Locator("main h1").InnerTextAsync()).Trim());
        await PageChecks.CheckAsync(session, "404 page", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<List<string>> OwnLinksAsync(IPage page, string selector) =>
        (await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Where(IsOwnPage).Where(h => !h.StartsWith("/api-docs", StringComparison.Ordinal) && !h.StartsWith("/openapi", StringComparison.Ordinal))
            .Select(h => h.Split('#')[0]).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// "/administration/users/edit/3f2a…" and "/administration/users/edit/9b1c…" are one route shape, and so are the
    /// definition pages of the indicators ("/indicators/placements", "/indicators/time-to-fill": one template, filled
    /// from the catalogue; IndicatorApiTests opens every one).
    /// </summary>
    private static string RouteShape(string href)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(href.Split('?')[0], "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "{id}");
        return Werkbrug.Domain.Indicators.IndicatorCatalogue.All.Any(i => path == IndicatorDefinitions.PageOf(i.Key)) ? IndicatorDefinitions.PageOf("{key}") : path;
    }

    private static bool IsOwnPage(string? href) =>
        href is { Length: > 0 } && href[0] == '/' && !href.StartsWith("//", StringComparison.Ordinal);
}
