using System.Net;
using Microsoft.Playwright;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// The login page, the public pages and the 404 page in Chromium, and (<see cref="WalkAsync"/>, run per role by
/// the classes in Browser/DemoUserJourneys.cs) every demo user's journey: signing in through the real form and following every link
/// of the main navigation and of the start page's task lists. Every page reached is checked by <see cref="PageChecks"/>
/// (axe-core, language, skip link, phone width, console).
/// </summary>
public sealed class JourneyTests(Browsers browsers)
{
    private const string DemoPassword = "Werkbrug-demo-2026";

    /// <summary>
    /// The demo user signs in, lands on the start page and follows every link of the navigation and the start page's
    /// task lists, two levels deep; every page reached passes <see cref="PageChecks"/>. One test class per role
    /// (the classes in Browser/DemoUserJourneys.cs), so the journeys run in parallel.
    /// </summary>
    internal static async Task WalkAsync(Browsers shared, Db db, string email)
    {
        var name = DemoSeeder.Users.Single(u => u.Email == email).Name;
        await using var session = await shared.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();

        await session.SignInAsync(email, DemoPassword);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Vandaag voor u", (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Contains(name, await page.Locator("main #today").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(DemoSeeder.ServicePointName, await page.Locator("header").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "start page", problems);

        // Breadth-first: the navigation and start-page tasks, then the links in the main content of those
        // pages (lists link to their detail and edit pages). One page per route shape (ids folded), two levels.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/" };
        var level = await OwnLinksAsync(page, "nav[aria-label] a[href], main .utrecht-link-list a[href]");
        Assert.NotEmpty(level);
        for (var depth = 0; depth < 2 && level.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var href in level.Where(h => seen.Add(RouteShape(h))))
            {
                var response = await page.GotoAsync(href);
                var status = (HttpStatusCode)(response?.Status ?? 0);
                var path = new Uri(page.Url).AbsolutePath;
                if (status != HttpStatusCode.OK || path.StartsWith("/account/login", StringComparison.Ordinal) || path.StartsWith("/account/access-denied", StringComparison.Ordinal))
                {
                    problems.Add($"link {href}: answered {(int)status} at {path}; a link shown to this user must open a page for this user.");
                    session.TakeConsoleErrors();
                    continue;
                }

                await PageChecks.CheckAsync(session, $"link {href}", problems);
                next.AddRange(await OwnLinksAsync(page, "main a[href]"));
            }

            level = next;
        }

        Assert.True(problems.Count == 0, $"{email} on {db}:\n" + string.Join("\n", problems));
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

    /// <summary>"/administration/users/edit/3f2a…" and "/administration/users/edit/9b1c…" are one route shape.</summary>
    private static string RouteShape(string href) =>
        System.Text.RegularExpressions.Regex.Replace(href.Split('?')[0], "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "{id}");

    private static bool IsOwnPage(string? href) =>
        href is { Length: > 0 } && href[0] == '/' && !href.StartsWith("//", StringComparison.Ordinal);
}
