using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

public sealed class MalformedJsonTests(Apps apps)
{
    /// <summary>
    /// Every API endpoint that takes a JSON body (found in the endpoint data source, so new ones are covered
    /// without a change here) answers an unreadable body with 400 problem+json, never 500.
    /// </summary>
    [Theory, Providers]
    public async Task every_api_write_answers_malformed_json_with_400_problem_json(Db db)
    {
        var app = apps.For(db);
        var writes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern)))
            .ToList();
        if (writes.Count == 0)
        {
            Assert.Skip("No API endpoint takes a JSON body yet; this test covers every one once they exist.");
        }

        var user = await app.CreateUserAsync("AM14", [.. Roles.All]);
        var client = app.ApiClient(user);
        // The exchange takes a partner token (one with a source system): without one it refuses (403) before the body is read.
        var partner = await Features.Exchange.PartnerExchangeTests.PartnerAsync(app, user, "malformed-json-sweep");
        var failures = new List<string>();
        // The employer-link writes take no staff token: a staff client is refused (401) before the body is read.
        foreach (var (method, route) in writes.Where(w => !w.Route.RawText!.StartsWith("/api/v1/employer-link/", StringComparison.Ordinal)))
        {
            // Route values become fresh ids: binding the body fails before any lookup.
            var path = "/" + string.Join('/', route.PathSegments.Select(s =>
                string.Concat(s.Parts.Select(p => p is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : Guid.NewGuid().ToString()))));
            using var request = new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = new StringContent("{ \"name\": \"zonder einde", Encoding.UTF8, "application/json"),
            };
            var response = await (path.StartsWith("/api/v1/exchange/", StringComparison.Ordinal) ? partner : client).SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {body}");
                continue;
            }

            using var json = JsonDocument.Parse(body);
            if (json.RootElement.GetProperty("status").GetInt32() != 400)
            {
                failures.Add($"{method} {path}: problem status is not 400: {body}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
