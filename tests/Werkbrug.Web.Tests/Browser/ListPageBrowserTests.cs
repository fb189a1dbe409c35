using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// What axe cannot see: a page that is accessible but greets the user with an error. Every demo user opens every
/// page of the navigation for their role (taken from <see cref="Navigation.Items"/>, so a new list page is covered
/// the day it is linked), without filters, and none may show an error summary, a field error or an error box.
/// </summary>
public sealed class ListPageBrowserTests(Browsers browsers)
{
    private const string DemoPassword = "Werkbrug-demo-2026";

    private const string ErrorMarks = "#error-summary, .utrecht-form-field-error-message, .utrecht-alert--error";

    [Theory, DemoUsersInBrowser]
    public async Task every_page_in_the_navigation_of_a_role_opens_without_an_error(Db db, string email)
    {
        var role = DemoSeeder.Users.Single(u => u.Email == email).Role;
        var hrefs = Navigation.Items.Where(i => i.Roles is null || i.Roles.Contains(role)).Select(i => i.Href).ToList();
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var problems = new List<string>();

        await session.SignInAsync(email, DemoPassword);
        var shown = await page.Locator("nav[aria-label] a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.All(hrefs, href => Assert.Contains(href, shown));

        foreach (var href in hrefs)
        {
            var response = await page.GotoAsync(href);
            var path = new Uri(page.Url).AbsolutePath;
            if (response?.Status != 200 || path.StartsWith("/account/login", StringComparison.Ordinal) || path.StartsWith("/account/access-denied", StringComparison.Ordinal))
            {
                problems.Add($"{href}: answered {response?.Status} at {path}");
                continue;
            }

            var errors = await page.Locator(ErrorMarks).AllInnerTextsAsync();
            if (errors.Count > 0)
            {
                problems.Add($"{href}: shows an error without any input: {string.Join(" | ", errors.Select(e => e.Trim()))}");
            }
        }

        session.TakeConsoleErrors();
        Assert.True(problems.Count == 0, $"{role} on {db}:\n" + string.Join("\n", problems));
    }

    [Theory, BrowserProviders]
    public async Task on_a_phone_the_menu_folds_behind_a_button_that_opens_it(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var menu = page.Locator("nav.wb-nav summary");
        var placements = page.Locator("nav.wb-nav a[href='/placements']");
        await page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);
        await session.SignInAsync(DemoSeeder.Users.Single(u => u.Role == Roles.CaseManager).Email, DemoPassword);

        // Folded: the button, no links, and the page's own heading on the first screen.
        Assert.True(await menu.IsVisibleAsync());
        Assert.False(await placements.IsVisibleAsync());
        var heading = await page.Locator("main h1").BoundingBoxAsync();
        Assert.True(heading!.Y + heading.Height <= PageChecks.Phone.Height, $"the heading ends at {heading.Y + heading.Height}px");

        // The keyboard opens it (a disclosure), with Plaatsingen for a case manager, and closes it again.
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await placements.IsVisibleAsync());
        Assert.Equal("Plaatsingen", (await placements.InnerTextAsync()).Trim());
        Assert.Empty(await PageChecks.SeriousAxeViolationsAsync(page));
        await page.Keyboard.PressAsync("Enter");
        Assert.False(await placements.IsVisibleAsync());

        // On a wide screen there is no button and the menu is always shown.
        await page.SetViewportSizeAsync(Browsers.Desktop.Width, Browsers.Desktop.Height);
        Assert.False(await menu.IsVisibleAsync());
        Assert.True(await placements.IsVisibleAsync());

        // An analyst may not open the placements: not in their menu.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(DemoSeeder.Users.Single(u => u.Role == Roles.Analyst).Email, DemoPassword);
        Assert.Equal(0, await placements.CountAsync());
        session.TakeConsoleErrors();
    }
}
