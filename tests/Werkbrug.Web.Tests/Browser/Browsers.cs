using System.Collections.Concurrent;
using Microsoft.Playwright;
using Werkbrug.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(Werkbrug.Web.Tests.Browser.Browsers))]

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), one for the whole run, and one
/// <see cref="BrowserHost"/> per database provider, and one with the living demo region (built once per provider and
/// run); they start on first use, so a run without browser tests pays nothing.
/// </summary>
public sealed class Browsers : IAsyncDisposable
{
    public const string MissingChromium = "Browser tests need Chromium: apt-get install chromium-headless-shell (Debian) — .ci/run installs it.";

    /// <summary>
    /// Debian's <c>chromium-headless-shell</c> (Chromium's own headless build, without the desktop browser around it: the
    /// same engine at a fraction of the start-up and CPU), else Debian's full Chromium in headless mode.
    /// </summary>
    public static string? ChromiumPath { get; } = new[] { "/usr/bin/chromium-headless-shell", "/usr/bin/chromium" }.FirstOrDefault(File.Exists);

    private readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> _browser = new(LaunchAsync);
    private readonly ConcurrentDictionary<Db, Lazy<BrowserHost>> _hosts = new();
    private readonly ConcurrentDictionary<Db, Lazy<BrowserHost>> _livingHosts = new();

    public static bool ChromiumInstalled => ChromiumPath is not null;

    /// <summary>The desktop size every page opens at; <see cref="PageChecks"/> also tries a phone.</summary>
    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 800 };

    public BrowserHost Host(Db db) =>
        _hosts.GetOrAdd(db, d => new Lazy<BrowserHost>(() => BrowserHost.Start(d))).Value;

    /// <summary>The provider's host with the living demo region (a Demo start): for the demo users' journeys and its counts.</summary>
    public BrowserHost LivingHost(Db db) =>
        _livingHosts.GetOrAdd(db, d => new Lazy<BrowserHost>(() => BrowserHost.Start(d, living: true))).Value;

    /// <summary>A fresh browser context (own cookies) with one page on the provider's host, in Dutch.</summary>
    public Task<BrowserSession> NewSessionAsync(Db db) => OpenAsync(() => Host(db));

    /// <summary>A fresh browser context on the provider's living demo host.</summary>
    public Task<BrowserSession> NewLivingSessionAsync(Db db) => OpenAsync(() => LivingHost(db));

    private async Task<BrowserSession> OpenAsync(Func<BrowserHost> hostOf)
    {
        if (!ChromiumInstalled)
        {
            Assert.Skip(MissingChromium);
        }

        var host = hostOf();
        var (_, browser) = await _browser.Value;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = Desktop,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return new BrowserSession(host, context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser.IsValueCreated && _browser.Value.IsCompletedSuccessfully)
        {
            var (playwright, browser) = _browser.Value.Result;
            await browser.DisposeAsync();
            playwright.Dispose();
        }

        foreach (var host in _hosts.Values.Concat(_livingHosts.Values).Where(h => h.IsValueCreated))
        {
            await host.Value.DisposeAsync();
        }
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the network flags Chromium tries to reach outside hosts, which are closed here. Without RenderDocument
            // a navigation within the site reuses its frame instead of building a new one: about 70 ms less CPU per page
            // load in the headless shell (measured with 10 loads per page), and the suite loads some thousand pages. V8 runs
            // scripts in its interpreter only (--max-opt=0): every page is a new script context, so the optimising compilers'
            // work on axe-core's code was thrown away with each page; the demo journeys took about a fifth less CPU without it.
            // At most two renderer processes (one per core) serve all the run's tabs, instead of one process per browser
            // context: about a fifth less CPU again (docs/adr/0041-chromium-interpreter-and-shared-renderers.md).
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-features=RenderDocument",
                "--js-flags=--max-opt=0", "--renderer-process-limit=2",
            ],
        });
        return (playwright, browser);
    }
}

/// <summary>One browser context and its page; collects console errors (a CSP violation is one).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly bool _ownsContext;
    private readonly List<string> _consoleErrors = [];

    /// <summary>A session on <paramref name="page"/>; one made with <paramref name="ownsContext"/> false (another tab, <see cref="NewTabAsync"/>) closes only its tab.</summary>
    public BrowserSession(BrowserHost host, IBrowserContext context, IPage page, bool ownsContext = true)
    {
        (Host, _context, Page, _ownsContext) = (host, context, page, ownsContext);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add($"{message.Location}: {message.Text}");
                }
            }
        };
    }

    public BrowserHost Host { get; }

    public IPage Page { get; }

    /// <summary>
    /// Moves the clock forward by <paramref name="by"/> (on top of earlier shifts) for this session's requests (a header
    /// on every request of its browser context) and for the rest of the calling test (<see cref="TestClock.Shift"/>), not
    /// for other tests on the shared host. Not an async method on purpose: the shift set here must stay with the caller.
    /// </summary>
    public Task ShiftClockAsync(TimeSpan by)
    {
        Host.App.Clock.Shift(by);
        return _context.SetExtraHTTPHeadersAsync(new Dictionary<string, string>
        {
            [TestClock.Header] = Host.App.Clock.Offset.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>
    /// Signs in through the real login form and waits until the browser has left it; if it stays, says what the login page
    /// shows (an error summary, or nothing because the answer never came).
    /// </summary>
    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Wachtwoord").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        // Polls the page itself instead of waiting for a navigation's lifecycle events (see PageNavigation).
        await Page.WaitForPageAsync(url => !url.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal), $"Signing in as {email}");
    }

    /// <summary>The console errors since the last call, then forgets them.</summary>
    public IReadOnlyList<string> TakeConsoleErrors()
    {
        lock (_consoleErrors)
        {
            var errors = _consoleErrors.ToList();
            _consoleErrors.Clear();
            return errors;
        }
    }

    /// <summary>Another tab of this session's browser context: the same signed-in user, with a console of its own.</summary>
    public async Task<BrowserSession> NewTabAsync() => new(Host, _context, await _context.NewPageAsync(), ownsContext: false);

    public async ValueTask DisposeAsync()
    {
        if (_ownsContext)
        {
            await _context.DisposeAsync();
        }
        else
        {
            await Page.CloseAsync();
        }
    }
}
