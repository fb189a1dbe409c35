using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>
/// Every error of the API has the one problem shape, whoever answers it: a handler, model binding, the exception
/// handler, authentication, routing, the rate limiter or the request limits (docs/api.md, "Errors").
/// </summary>
public sealed class ApiProblemTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Cases =
    [
        "invalid-field", "unreadable-body", "no-token", "wrong-role", "unknown-id", "unknown-route", "wrong-method",
        "wrong-content-type", "body-too-large", "address-too-long",
    ];

    [Theory, Providers]
    public async Task every_error_is_dutch_problem_json_with_a_code(Db db)
    {
        var app = apps.For(db);
        var manager = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var analyst = await app.CreateUserInOrganisationAsync(manager, Roles.Analyst);
        foreach (var @case in Cases)
        {
            await CheckAsync(app, app.ApiClient(manager), app.ApiClient(analyst), @case);
        }
    }

    private static async Task CheckAsync(WerkbrugAppFactory app, HttpClient client, HttpClient analyst, string @case)
    {
        var (response, status, title, code) = @case switch
        {
            "invalid-field" => (await client.PostAsync("/api/v1/employers", Json("""{"kvkNumber":"12"}"""), Ct), 400, "Eén of meer velden zijn ongeldig.", "Problem.Validation"),
            "unreadable-body" => (await client.PostAsync("/api/v1/employers", Json("""{"kvkNumber":"""), Ct), 400, "Eén of meer velden zijn ongeldig.", "Problem.UnreadableBody"),
            "no-token" => (await app.CreateClient().GetAsync("/api/v1/employers", Ct), 401, "Niet ingelogd", "Problem.Unauthorized"),
            "wrong-role" => (await analyst.GetAsync("/api/v1/employers", Ct), 403, "Niet toegestaan", "Problem.Forbidden"),
            "unknown-id" => (await client.GetAsync($"/api/v1/employers/{Guid.NewGuid()}", Ct), 404, "Niet gevonden", "Problem.NotFound"),
            "unknown-route" => (await client.GetAsync("/api/v1/bestaat-niet", Ct), 404, "Niet gevonden", "Problem.NotFound"),
            "wrong-method" => (await client.DeleteAsync("/api/v1/employers", Ct), 405, "Methode niet toegestaan", "Problem.MethodNotAllowed"),
            "wrong-content-type" => (await client.PostAsync("/api/v1/employers", new StringContent("kvk=1", Encoding.UTF8, "text/plain"), Ct), 415, "Inhoudstype niet ondersteund", "Problem.UnsupportedMediaType"),
            "body-too-large" => (await client.PostAsync("/api/v1/employers", Json($$"""{"tradeName":"{{new string('a', 1_100_000)}}"}"""), Ct), 413, "Verzoek te groot", "Problem.TooLarge"),
            "address-too-long" => (await client.GetAsync("/api/v1/employers?q=" + new string('a', 4100), Ct), 414, "Adres te lang", "Problem.UriTooLong"),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        using var problem = await AssertProblemAsync(response, status, title, @case);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());

        if (@case == "invalid-field")
        {
            var errors = problem.RootElement.GetProperty("errors");
            Assert.Contains("KvK-nummer", errors.GetProperty("kvkNumber")[0].GetString(), StringComparison.Ordinal);
            Assert.Contains("kvkNumber", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task too_many_api_requests_get_a_problem_that_says_when_to_try_again(Db db)
    {
        var app = apps.For(db);
        var limited = Apps.Derived(app, "api-limit-3", a => a.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) =>
            c.AddInMemoryCollection(new Dictionary<string, string?> { ["Api:RequestsPerMinute"] = "3" }))));
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        var other = await app.CreateUserAsync("AM14", Roles.AccountManager);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync("/api/v1/me", Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var problem = await AssertProblemAsync(last, 429, "Te veel verzoeken", "rate-limit");
        Assert.Equal("Problem.TooManyRequests", problem.RootElement.GetProperty("code").GetString());
        Assert.InRange(Assert.IsType<TimeSpan>(last.Headers.RetryAfter?.Delta).TotalSeconds, 1, 60);
        // The limit is per token: another client of the same address still gets through.
        using var second = limited.CreateClient();
        second.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", other.Token);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonDocument> AssertProblemAsync(HttpResponseMessage response, int status, string title, string situation)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True((int)response.StatusCode == status, $"{situation}: {(int)response.StatusCode} instead of {status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("API-Version"));
        var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        Assert.Equal(status, root.GetProperty("status").GetInt32());
        Assert.Equal(title, root.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("code").GetString()));
        return problem;
    }
}
