using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>What a load balancer and a client see while an instance cannot serve: /health/ready, 503 with Retry-After.</summary>
public sealed class ReadinessTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task an_instance_is_ready_only_once_its_matching_indexes_are_built(Db db)
    {
        // A host whose index feed does not start on its own: the test starts it when it has looked.
        await using var host = apps.For(db).WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(MatchingIndexFeed)))));
        var client = host.CreateClient();

        var building = await client.GetAsync("/health/ready", Ct);
        using var feed = ActivatorUtilities.CreateInstance<MatchingIndexFeed>(host.Services);
        await feed.StartAsync(Ct);
        await feed.WhenCaughtUpAsync(Ct);
        var built = await client.GetAsync("/health/ready", Ct);
        await feed.StopAsync(Ct);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (building.StatusCode, await building.Content.ReadAsStringAsync(Ct)));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (built.StatusCode, await built.Content.ReadAsStringAsync(Ct)));
    }

    [Theory, Providers]
    public async Task a_search_on_an_instance_whose_indexes_are_not_built_answers_503_with_retry_after_at_once(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM18", Roles.AccountManager);
        var api = app.ApiClient(user);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync());
        await using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(MatchingIndexFeed)))));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        var pages = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await pages.SignInAsync(user.Email, user.Password);

        var answer = await client.GetAsync($"/api/v1/vacancies/{vacancy.Id()}/candidates", Ct);
        var page = await pages.GetAsync($"/vacancies/{vacancy.Id()}/candidates", Ct);

        using var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Problem.Unavailable", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("Tijdelijk niet beschikbaar", new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Ct)).QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(TimeSpan.FromSeconds(5), page.Headers.RetryAfter?.Delta);
    }

    /// <summary>One outage host per provider for both sides of an outage (a host start costs seconds of CPU).</summary>
    [Theory, Providers]
    public async Task while_the_database_cannot_be_reached_the_api_pages_and_readiness_answer_503_liveness_stays_up_and_all_recover_without_a_restart(Db db)
    {
        await using var outage = new OutageHost(db);
        var app = outage.App;
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var pages = FormClient.Create(app);
        var probe = app.CreateClient();
        var token = await pages.AntiforgeryTokenAsync("/account/login");
        await app.MatchingCaughtUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/employers", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready", Ct)).StatusCode);

        outage.Cut();
        var answer = await api.GetAsync("/api/v1/employers", Ct);
        var login = await pages.PostFormAsync("/account/login", [new("Input.Email", user.Email), new("Input.Password", user.Password), new("__RequestVerificationToken", token)]);
        var down = (Ready: await probe.GetAsync("/health/ready", Ct), Live: await probe.GetAsync("/health/live", Ct));
        outage.Restore();
        // Pooled connections broke with the outage; the first probes may still meet one. No restart is needed.
        var back = await probe.GetAsync("/health/ready", Ct);
        for (var attempt = 0; back.StatusCode != HttpStatusCode.OK && attempt < 100; attempt++)
        {
            await Task.Delay(100, Ct);
            back = await probe.GetAsync("/health/ready", Ct);
        }

        using var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Tijdelijk niet beschikbaar", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("Problem.Unavailable", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter?.Delta);

        var page = new HtmlParser().ParseDocument(await login.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, login.StatusCode);
        Assert.Equal("Tijdelijk niet beschikbaar", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(TimeSpan.FromSeconds(5), login.Headers.RetryAfter?.Delta);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (down.Ready.StatusCode, await down.Ready.Content.ReadAsStringAsync(Ct)));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (down.Live.StatusCode, await down.Live.Content.ReadAsStringAsync(Ct)));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (back.StatusCode, await back.Content.ReadAsStringAsync(Ct)));
        // Both answers are logged as a warning, not as an unexpected error.
        var handled = app.Logs.Lines.Where(l => l.Contains(" Werkbrug.Web.Infrastructure.Errors.WerkbrugExceptionHandler: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, handled.Count);
        Assert.All(handled, l => Assert.StartsWith("Warning Werkbrug.Web.Infrastructure.Errors.WerkbrugExceptionHandler: The database cannot be reached", l, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(user.Email, StringComparison.OrdinalIgnoreCase));
    }
}
