using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Configuration;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

public sealed class OperabilityTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task live_probe_answers_200(Db db)
    {
        var response = await apps.For(db).CreateClient().GetAsync("/health/live", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory, Providers]
    public async Task ready_probe_reports_healthy_with_the_database_migrated(Db db)
    {
        var response = await apps.For(db).CreateClient().GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory, Providers]
    public async Task pages_carry_the_security_headers(Db db)
    {
        var response = await apps.For(db).CreateClient().GetAsync("/account/login", Ct);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", directives["style-src"], StringComparison.Ordinal);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory, Providers]
    public async Task api_answers_and_signed_in_pages_are_never_stored_and_style_sheets_may_be(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var signedIn = await AccountPages.SignInAsync(app, user);
        var anonymous = app.CreateClient();

        foreach (var (what, status, response) in new[]
        {
            ("API list", HttpStatusCode.OK, await app.ApiClient(user).GetAsync("/api/v1/job-seekers", Ct)),
            ("API token created", HttpStatusCode.Created, await app.ApiClient(user).PostAsJsonAsync("/api/v1/tokens", new { name = "cache" }, Ct)),
            ("API refused", HttpStatusCode.Unauthorized, await anonymous.GetAsync("/api/v1/job-seekers", Ct)),
            ("signed-in page", HttpStatusCode.OK, await signedIn.GetAsync("/job-seekers", Ct)),
        })
        {
            Assert.Equal((what, status), (what, response.StatusCode));
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what} ({(int)response.StatusCode}): Cache-Control '{response.Headers.CacheControl}'");
        }

        // Every page holds a form (at least the language switch), and antiforgery marks those no-store itself.
        var styleSheet = await anonymous.GetAsync("/css/site.css", Ct);
        Assert.Equal(HttpStatusCode.OK, styleSheet.StatusCode);
        Assert.False(styleSheet.Headers.CacheControl?.NoStore == true, "the style sheet is marked no-store");
    }

    [Theory, Providers]
    public async Task hsts_is_sent_over_https_outside_development(Db db)
    {
        var client = apps.For(db).CreateClient();
        // HSTS middleware leaves out localhost, 127.0.0.1 and [::1] by design, so ask for a real host name.
        client.BaseAddress = new Uri("https://werkbrug.example.nl");

        var response = await client.GetAsync("/account/login", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task an_unknown_page_shows_the_dutch_404_page(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.Analyst);
        var client = FormClient.Create(app);
        await client.SignInAsync(user.Email, user.Password);

        var response = await client.GetAsync("/deze-pagina-bestaat-niet", Ct);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Pagina niet gevonden", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
    }

    [Theory, Providers]
    public async Task an_unknown_page_sends_an_anonymous_visitor_to_the_login(Db db)
    {
        // The fallback policy also covers routes that do not exist, so anonymous visitors learn nothing about them.
        var response = await FormClient.Create(apps.For(db)).GetAsync("/deze-pagina-bestaat-niet", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task an_unknown_api_path_answers_problem_json_404(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.Analyst);

        var response = await app.ApiClient(user).GetAsync("/api/v1/bestaat-niet", Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Theory, Providers]
    public async Task a_form_post_without_antiforgery_token_is_refused_and_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.Analyst);
        var client = FormClient.Create(app);
        await client.GetAsync("/account/login", Ct); // the antiforgery cookie alone is not enough

        var login = await client.PostFormAsync("/account/login", [new("Input.Email", user.Email), new("Input.Password", user.Password)]);
        var afterwards = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.DoesNotContain(login.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("werkbrug=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/account/login", afterwards.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_language_switch_refuses_a_post_without_antiforgery_token(Db db)
    {
        var client = FormClient.Create(apps.For(db));

        var response = await client.PostFormAsync("/account/culture", [new("culture", "en-GB"), new("returnUrl", "/account/login")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    [Theory, Providers]
    public async Task the_language_switch_works_with_the_token_of_the_footer_form(Db db)
    {
        var client = FormClient.Create(apps.For(db));
        var token = await client.AntiforgeryTokenAsync("/account/access-denied");

        var response = await client.PostFormAsync("/account/culture",
            [new("culture", "en-GB"), new("returnUrl", "/account/login"), new("__RequestVerificationToken", token)]);
        var login = new HtmlParser().ParseDocument(await client.GetStringAsync("/account/login", Ct));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        Assert.Equal("en", login.DocumentElement.GetAttribute("lang"));
    }

    [Theory, Providers]
    public async Task login_is_rate_limited_with_a_dutch_429_page(Db db)
    {
        using var limited = apps.For(db).WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) =>
            c.AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "3" })));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        // The token comes from another page's form, so only the four POSTs count against the login limit.
        var token = await client.AntiforgeryTokenAsync("/account/access-denied");
        KeyValuePair<string, string>[] form = [new("Input.Email", "niemand@test.werkbrug.nl"), new("Input.Password", "fout-wachtwoord-123"), new("__RequestVerificationToken", token)];

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostFormAsync("/account/login", form);
            statuses.Add(last.StatusCode);
        }

        var document = new HtmlParser().ParseDocument(await last.Content.ReadAsStringAsync(Ct));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("text/html", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Te veel verzoeken", document.QuerySelector("h1")?.TextContent.Trim());
        var retryAfter = Assert.IsType<TimeSpan>(last.Headers.RetryAfter?.Delta);
        Assert.InRange(retryAfter.TotalSeconds, 1, 60);
    }
}
