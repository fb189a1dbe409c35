using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// What every page must pass in a real browser: no serious or critical axe-core violation, html lang="nl",
/// a skip link to #main that is the first thing the keyboard reaches, no horizontal scrolling on a phone
/// (375×667), and no console errors (a blocked inline script or style shows up there).
/// Problems are collected, so one run reports every page at once.
/// axe-core is the slow part (half a second per page on a quiet machine, seconds on a busy one) and most pages are reached
/// many times in a run (by every role, by several tests), so the checks that follow from the markup alone run once per
/// distinct markup (see <see cref="MarkupShapeScript"/>), in two parts: the page around <c>main</c> (header, navigation,
/// footer: the same on all pages of a role, with axe's page-level rules) and the content in <c>main</c> (the same for
/// every role that may open the page, and mostly different per page). Every element of every page is thus judged by
/// axe-core; an element is judged again only when its part of the markup differs. The phone width and the console are
/// checked on every page, because they depend on texts and on the load.
/// </summary>
internal static class PageChecks
{
    public static ViewportSize Phone { get; } = new() { Width = 375, Height = 667 };

    /// <summary>The lists whose items axe-core judges at most two per shape: table bodies, lists and bar charts.</summary>
    private const string Thinned = "tbody, ul, ol, .wb-barchart__chart";

    /// <summary>
    /// A function of a node: its markup with what cannot change an axe-core result folded away. Every element with all its
    /// attributes (digits and GUIDs folded; where a link or form leads, except to a fragment of the page, and the value of
    /// a field or nonce left out, only whether there is one kept), each text node as "has text" or not. The children of a
    /// table body, list or bar chart (table rows, list items, menu entries) as axe-core is shown them (see
    /// <see cref="AxeRunScript"/>): at most two of each shape, in a fixed order, since no rule weighs the order of a list's
    /// items (so a menu whose current entry moves keeps its shape); elsewhere a run of siblings of the same shape as at most
    /// two. Outside <c>main</c> (the second argument false) the <c>main</c> element stands for itself without its content.
    /// </summary>
    private const string ShapeFunction =
        $$"""
        (() => {
            const thinned = '{{Thinned}}';
            const fold = (name, v) => (name === 'href' || name === 'action') && !v.startsWith('#') ? 'U'
                : name === 'value' || name === 'nonce' ? (v ? 'V' : '')
                : v.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, 'G').replace(/[0-9]+/g, '0');
            const shape = (node, inMain) => {
                if (node.nodeType === Node.TEXT_NODE) return node.textContent.trim() ? 'T' : '';
                if (node.nodeType !== Node.ELEMENT_NODE) return '';
                const attributes = [...node.attributes].map(a => a.name + '="' + fold(a.name, a.value) + '"').sort().join(' ');
                if (node.localName === 'main' && !inMain) return '<main ' + attributes + '>…</>';
                const children = [...node.childNodes].map(child => shape(child, inMain)).filter(s => s !== '');
                let inner = '';
                if (node.matches(thinned)) {
                    // As axe-core sees it (AxeRunScript): at most two children of each shape; their order judged by no rule.
                    const counts = new Map();
                    for (const s of children) counts.set(s, Math.min((counts.get(s) ?? 0) + 1, 2));
                    inner = [...counts.keys()].sort().map(s => s.repeat(counts.get(s))).join('');
                } else {
                    let last = '', repeats = 0;
                    for (const s of children) {
                        repeats = s === last ? repeats + 1 : 0;
                        last = s;
                        if (repeats < 2) inner += s;
                    }
                }
                return '<' + node.localName + ' ' + attributes + '>' + inner + '</>';
            };
            return shape;
        })()
        """;

    /// <summary>
    /// axe-core's own <c>axe.run</c> in the page with the rules of WCAG 2.0 and 2.1, levels A and AA (the standard
    /// Werkbrug is held to; axe's best-practice rules are left out: they judge mostly moderate or minor matters, which were
    /// never reported, and took a third of the run), asked for violations only, with the serious and critical ones formatted in
    /// the page. (Deque's Playwright wrapper runs axe per frame and finishes each run in a fresh blank page, which made a
    /// check about ten times slower; Werkbrug's pages have no frames.)
    /// The part to judge is "document", "main" (its content only) or "around-main" (all but its content, with the page-level
    /// rules). Long lists make axe slow (it weighs every cell's colour contrast), and rows of one shape get one answer, so
    /// for the run the rows of a table body or a bar chart and the items of a list are thinned to two per shape (two, so
    /// that both odd and even rows are weighed), and put back in place after it.
    /// </summary>
    private const string AxeRunScript =
        $$"""
        async part => {
            const shape = {{ShapeFunction}};
            const scope = part === 'main' ? document.querySelector('main') : document.documentElement;
            const removed = [];
            for (const list of scope.querySelectorAll('{{Thinned}}')) {
                if (part === 'around-main' && list.closest('main')) continue;
                const kept = new Map();
                for (const item of [...list.children]) {
                    const s = shape(item, true);
                    const n = kept.get(s) ?? 0;
                    if (n < 2) kept.set(s, n + 1);
                    else removed.push([item, list, item.nextSibling]);
                }
            }
            for (const [item] of removed) item.remove();
            try {
                const result = await axe.run(part === 'main' ? { include: [['main']] } : part === 'around-main' ? { exclude: [['main']] } : document, {
                    resultTypes: ['violations'],
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                });
                return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `\n  - [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`
                        + v.nodes.slice(0, 5).map(n => `\n      ${n.target.join(' ')}: ${n.html}`).join(''));
            } finally {
                for (const [item, list, next] of removed.reverse()) list.insertBefore(item, next);
            }
        }
        """;

    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// The page in two parts, each as <see cref="ShapeFunction"/> gives it, with whether any id repeats: the page around
    /// <c>main</c>, and the content of <c>main</c> with the elements and classes it stands in (empty without a
    /// <c>main</c>). Two pages with the same part get the same axe result for it under the same style sheets, so the
    /// second is not run again.
    /// </summary>
    private const string MarkupShapeScript =
        $$"""
        () => {
            const shape = {{ShapeFunction}};
            const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
            const duplicates = new Set(ids).size !== ids.length ? 'duplicate ids ' : '';
            const main = document.querySelector('main');
            if (!main) return [duplicates + shape(document.documentElement, false), ''];
            // The content is judged where it stands: under the same elements, with the same classes.
            let around = '';
            for (let e = main.parentElement; e; e = e.parentElement) around += e.localName + '.' + e.className + ' ';
            return [duplicates + shape(document.documentElement, false), duplicates + around + shape(main, true)];
        }
        """;

    private static readonly ConcurrentDictionary<string, string[]> ProblemsByShape = new();

    public static async Task CheckAsync(BrowserSession session, string what, List<string> problems)
    {
        var page = session.Page;
        var where = $"{what} ({new Uri(page.Url).PathAndQuery})";
        // Only a page whose style sheets have loaded can be judged (a table without its CSS is wider than a phone); a page
        // reached by a form's redirect may still be loading when the test's own wait has returned.
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");

        // What follows from the markup alone (axe-core, the language, the keyboard's way to the skip link) once per shape
        // of each part; the width on a phone (texts) and the console (this load) on every page.
        var shapes = await page.EvaluateAsync<string[]>(MarkupShapeScript);
        var hasMain = shapes[1].Length > 0;
        problems.AddRange((await OncePerShapeAsync("around main " + shapes[0], async () =>
            [.. await SeriousAxeViolationsAsync(page, hasMain ? "around-main" : "document"), .. await LanguageAsync(page), .. await SkipLinkAsync(page)]))
            .Select(problem => $"{where}: {problem}"));
        if (hasMain)
        {
            problems.AddRange((await OncePerShapeAsync("main " + shapes[1], () => SeriousAxeViolationsAsync(page, "main")))
                .Select(problem => $"{where}, in main: {problem}"));
        }

        await CheckPhoneAsync(page, where, problems);
        problems.AddRange(session.TakeConsoleErrors().Select(e => $"{where}: console error {e}"));
    }

    private static async Task<string[]> OncePerShapeAsync(string shape, Func<Task<string[]>> check)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shape)));
        if (!ProblemsByShape.TryGetValue(key, out var found))
        {
            found = await check();
            ProblemsByShape.TryAdd(key, found);
        }

        return found;
    }

    /// <summary>axe-core's serious and critical violations in <paramref name="part"/>: "document", "main" or "around-main".</summary>
    internal static async Task<string[]> SeriousAxeViolationsAsync(IPage page, string part = "document")
    {
        if (await page.EvaluateAsync<bool>("() => typeof axe === 'undefined'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var violations = await page.EvaluateAsync<string[]>(AxeRunScript, part);
        return violations.Length == 0 ? [] : [$"axe-core found {violations.Length} serious or critical violations:{string.Concat(violations)}"];
    }

    private static async Task<string[]> LanguageAsync(IPage page) =>
        await page.GetAttributeAsync("html", "lang") is var lang && lang == "nl" ? [] : [$"html lang is '{lang}', not 'nl'."];

    private static async Task<string[]> SkipLinkAsync(IPage page)
    {
        if (await page.Locator("a[href='#main']").CountAsync() != 1 || await page.Locator("main#main").CountAsync() != 1)
        {
            return ["needs exactly one skip link to #main and a <main id=\"main\">."];
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
            return [$"the first Tab stop is '{first}', not the skip link to #main."];
        }

        await page.Keyboard.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string?>("() => document.activeElement?.id");
        return focused == "main" ? [] : [$"following the skip link focuses '{focused}', not #main."];
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
