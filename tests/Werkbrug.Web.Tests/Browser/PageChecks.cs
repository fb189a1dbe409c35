using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// What every page must pass in a real browser: no serious or critical axe-core violation, html lang="nl",
/// a skip link to #main that is the first thing the keyboard reaches, no horizontal scrolling on a phone
/// (375×667), and no console errors (a blocked inline script or style shows up there).
/// Problems are collected, so one run reports every page at once.
/// </summary>
internal static class PageChecks
{
    public static ViewportSize Phone { get; } = new() { Width = 375, Height = 667 };

    // Only violations come back: the passes and inapplicable rules make the result many times larger and slower.
    private static readonly AxeRunOptions AxeOptions = new() { ResultTypes = [ResultType.Violations] };

    public static async Task CheckAsync(BrowserSession session, string what, List<string> problems)
    {
        var page = session.Page;
        var where = $"{what} ({new Uri(page.Url).PathAndQuery})";

        var axe = await page.RunAxe(AxeOptions);
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count > 0)
        {
            var text = new StringBuilder($"{where}: axe-core found {serious.Count} serious or critical violations:");
            foreach (var violation in serious)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  - [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
                foreach (var node in violation.Nodes.Take(5))
                {
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n      {node.Target}: {node.Html}");
                }
            }

            problems.Add(text.ToString());
        }

        var lang = await page.GetAttributeAsync("html", "lang");
        if (lang != "nl")
        {
            problems.Add($"{where}: html lang is '{lang}', not 'nl'.");
        }

        await CheckSkipLinkAsync(page, where, problems);
        await CheckPhoneAsync(page, where, problems);
        problems.AddRange(session.TakeConsoleErrors().Select(e => $"{where}: console error {e}"));
    }

    private static async Task CheckSkipLinkAsync(IPage page, string where, List<string> problems)
    {
        if (await page.Locator("a[href='#main']").CountAsync() != 1 || await page.Locator("main#main").CountAsync() != 1)
        {
            problems.Add($"{where}: needs exactly one skip link to #main and a <main id=\"main\">.");
            return;
        }

        // Put the keyboard's starting point at the top of the page, as after a fresh load.
        await page.EvaluateAsync(
            """
            () => {
                document.activeElement?.blur();
                document.body.tabIndex = -1;
                document.body.focus();
                document.body.removeAttribute('tabindex');
                window.scrollTo(0, 0);
            }
            """);
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('href')");
        if (first != "#main")
        {
            problems.Add($"{where}: the first Tab stop is '{first}', not the skip link to #main.");
            return;
        }

        await page.Keyboard.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string?>("() => document.activeElement?.id");
        if (focused != "main")
        {
            problems.Add($"{where}: following the skip link focuses '{focused}', not #main.");
        }
    }

    private static async Task CheckPhoneAsync(IPage page, string where, List<string> problems)
    {
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        try
        {
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1])
            {
                var wide = await page.EvaluateAsync<string[]>(
                    """
                    () => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''))
                    """);
                problems.Add($"{where}: scrolls sideways on a phone ({widths[0]}px content in {widths[1]}px); too wide: {string.Join(", ", wide)}.");
            }
        }
        finally
        {
            await page.SetViewportSizeAsync(Browsers.Desktop.Width, Browsers.Desktop.Height);
        }
    }
}
