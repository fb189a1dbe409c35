using Microsoft.Playwright;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Waiting for the page a click leads to by polling the page itself (its address and <c>document.readyState</c>) instead of
/// Playwright's <c>WaitForURLAsync</c>, which waits for the new document's "load" lifecycle event: under a loaded run that
/// event was missed now and then although the browser stood on the right page, parsed (four failures in seven whole runs,
/// each with the address already matching and only "networkidle" seen in the 30 s that followed).
/// </summary>
internal static class PageNavigation
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Returns once the page's address satisfies <paramref name="arrived"/> and its document is no longer loading; if it
    /// never does, fails saying what was awaited (<paramref name="what"/>), where the page stood and which errors it showed.
    /// As with <c>WaitForURLAsync</c>, a page that already matches returns at once.
    /// </summary>
    public static async Task WaitForPageAsync(this IPage page, Func<Uri, bool> arrived, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var state = "(not read)";
        while (clock.Elapsed < Timeout)
        {
            try
            {
                state = await page.EvaluateAsync<string>("() => document.readyState + ' ' + location.href");
                var parts = state.Split(' ', 2);
                if (parts[0] != "loading" && arrived(new Uri(parts[1])))
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // Between two documents: try again.
            }

            await Task.Delay(100);
        }

        var errors = await page.Locator("#error-summary, .utrecht-form-field-error-message").AllInnerTextsAsync();
        throw new TimeoutException(
            $"{what} did not finish in {Timeout.TotalSeconds} s: the page is at '{state}'; errors shown: '{string.Join(" | ", errors).Trim()}'.");
    }

    /// <summary>Waits for a record's page under <paramref name="prefix"/>: the prefix followed by the record's id (a GUID), as a form's redirect gives.</summary>
    public static Task WaitForRecordAsync(this IPage page, string prefix, string what) =>
        page.WaitForPageAsync(url => url.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(url.AbsolutePath[prefix.Length..], out _), what);

    /// <summary>Waits for the page at <paramref name="path"/> (the address's path, query and fragment left out).</summary>
    public static Task WaitForPathAsync(this IPage page, string path) =>
        page.WaitForPageAsync(url => url.AbsolutePath == path, $"Reaching {path}");
}
