using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// The checks every browser test leans on can fail: a real page broken in the browser is reported, by axe-core (run
/// once per markup shape, so the broken page must not be mistaken for the clean one already checked), and by the
/// language, skip-link and phone-width checks; a list's odd item out is judged though like items are thinned for axe.
/// </summary>
public sealed class PageChecksTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task a_page_broken_in_the_browser_is_reported_by_every_check(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        await page.GotoAsync("/account/login");
        var clean = new List<string>();
        await PageChecks.CheckAsync(session, "login page", clean);
        Assert.Empty(clean);

        const string Break =
            """
            () => {
                document.documentElement.lang = 'en';
                document.querySelector('a[href="#main"]').remove();
                document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/favicon.ico"><button></button>'
                    + '<ul id="many">' + '<li><a href="/a">Een</a></li>'.repeat(5) + '<li><a href="/b"></a></li></ul>');
                const wide = document.createElement('div');
                wide.textContent = 'breed';
                wide.style.width = '2000px'; // through the CSSOM: the page's CSP refuses style attributes in markup
                document.body.append(wide);
            }
            """;
        await page.EvaluateAsync(Break);
        var broken = new List<string>();
        await PageChecks.CheckAsync(session, "broken login page", broken);

        var all = string.Join("\n", broken);
        Assert.Contains("image-alt", all, StringComparison.Ordinal);
        Assert.Contains("button-name", all, StringComparison.Ordinal);
        // The sixth item of a list differs from the five before it: axe weighs it, though it thins the list of like items.
        Assert.Contains("link-name", all, StringComparison.Ordinal);
        Assert.Equal(6, await page.Locator("#many li").CountAsync());
        Assert.Contains("html lang is 'en'", all, StringComparison.Ordinal);
        Assert.Contains("skip link", all, StringComparison.Ordinal);
        Assert.Contains("scrolls sideways on a phone", all, StringComparison.Ordinal);

        // The same breakage once more: the markup checks now answer from the shape seen above, and report the same.
        await page.ReloadAsync();
        await page.EvaluateAsync(Break);
        var again = new List<string>();
        await PageChecks.CheckAsync(session, "broken login page", again);
        Assert.Equal(broken, again);
    }
}
