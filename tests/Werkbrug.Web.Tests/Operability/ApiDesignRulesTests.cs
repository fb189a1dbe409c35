using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>
/// The lint of the OpenAPI document: a ruleset written from the NL GOV API Design Rules (core rules, by their
/// identifiers) and from what docs/api.md promises a partner. Each rule reports every place that breaks it, so one run
/// shows the whole picture. docs/api.md lists the design rules Werkbrug does not follow and why.
/// </summary>
public sealed partial class ApiDesignRulesTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [Theory, Providers]
    public async Task the_openapi_document_follows_the_design_rules(Db db)
    {
        var client = apps.For(db).CreateClient();
        var text = await client.GetStringAsync("/openapi/v1.json", Ct);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var violations = new List<string>();
        void Check(bool ok, string rule, string where)
        {
            if (!ok)
            {
                violations.Add($"{rule}: {where}");
            }
        }

        Check(root.GetProperty("openapi").GetString()!.StartsWith("3.", StringComparison.Ordinal), "/core/doc-openapi (OpenAPI 3)", "openapi");
        var info = root.GetProperty("info");
        Check(info.TryGetProperty("contact", out var contact) && contact.TryGetProperty("name", out _)
              && (contact.TryGetProperty("url", out _) || contact.TryGetProperty("email", out _)), "/core/doc-openapi-contact", "info.contact");
        var version = info.GetProperty("version").GetString()!;
        Check(SemVer().IsMatch(version), "/core/semver", "info.version " + version);
        foreach (var server in root.GetProperty("servers").EnumerateArray().Select(s => new Uri(s.GetProperty("url").GetString()!)))
        {
            Check(server.AbsolutePath == "/api/v" + version.Split('.')[0], "/core/uri-version (major version in the server URL)", server.ToString());
            Check(server.Scheme == "https" || server.IsLoopback, "/core/transport-security (https)", server.ToString());
        }

        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            Check(!path.Name.EndsWith('/'), "/core/no-trailing-slash", path.Name);
            foreach (var segment in path.Name.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.StartsWith('{')))
            {
                Check(KebabCase().IsMatch(segment), "/core/path-segments-kebab-case", path.Name);
            }

            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                Check(Methods.Contains(operation.Name), "/core/http-methods", where);
                CheckOperation(operation.Value, where, Check);
            }
        }

        foreach (var schema in root.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            foreach (var property in schema.Value.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : Enumerable.Empty<JsonProperty>())
            {
                // The JSON-LD keywords of the published vacancies' JobPosting documents are fixed by JSON-LD itself (ADR 0032).
                Check(CamelCase().IsMatch(property.Name) || JsonLdKeywords.Contains(property.Name), "camelCase field names (docs/api.md)", $"{schema.Name}.{property.Name}");
            }

            if (schema.Value.TryGetProperty("enum", out var values))
            {
                Check(values.EnumerateArray().All(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Null), "enums travel as names (docs/api.md)", schema.Name);
            }
        }

        Assert.True(violations.Count == 0, "The OpenAPI document breaks design rules:\n" + string.Join('\n', violations));

        // /core/publish-openapi: the document is also where the rules look for it, under the versioned base.
        Assert.Equal(text, await client.GetStringAsync("/api/v1/openapi.json", Ct));
    }

    private static readonly string[] RetryStatuses = ["429", "503"];

    private static readonly string[] JsonLdKeywords = ["@context", "@type"];

    private static void CheckOperation(JsonElement operation, string where, Action<bool, string, string> check)
    {
        check(operation.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 0, "every operation has a summary (docs/api.md)", where);
        foreach (var parameter in (operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : Enumerable.Empty<JsonElement>())
                 .Where(p => p.GetProperty("in").GetString() is "query" or "path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            check(CamelCase().IsMatch(name), "/core/query-keys-camel-case", $"{where} ?{name}");
        }

        var secured = !operation.TryGetProperty("security", out var security) || security.GetArrayLength() > 0;
        var responses = operation.GetProperty("responses");
        foreach (var status in secured ? new[] { "401", "403", "429" } : [])
        {
            check(responses.TryGetProperty(status, out _), $"a signed-in operation documents {status} (docs/api.md)", where);
        }

        foreach (var status in RetryStatuses.Where(s => responses.TryGetProperty(s, out _)))
        {
            check(responses.GetProperty(status).TryGetProperty("headers", out var headers) && headers.TryGetProperty("Retry-After", out _), "a 429 or 503 says when to try again (docs/api.md)", $"{where} {status}");
        }

        check(responses.TryGetProperty("503", out _), "every operation documents 503, the database out of reach (docs/api.md)", where);
        foreach (var response in responses.EnumerateObject())
        {
            check(response.Value.TryGetProperty("headers", out var headers) && headers.TryGetProperty("API-Version", out _), "/core/version-header", $"{where} {response.Name}");
            if (response.Name[0] is '4' or '5')
            {
                var problem = response.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out var media)
                    ? media.GetProperty("schema").GetProperty("$ref").GetString()
                    : null;
                check(problem == "#/components/schemas/Problem", "errors are the one problem shape (docs/api.md)", $"{where} {response.Name}");
            }
        }
    }

    [Fact]
    public async Task in_production_the_document_names_an_https_server_even_behind_a_plain_http_hop()
    {
        // TestServer answers http://localhost, as Kestrel does behind a TLS-terminating proxy.
        var production = Apps.Derived(apps.For(Db.Sqlite), "production", a => a.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Demo:Seed", "false")));
        using var document = JsonDocument.Parse(await production.CreateClient().GetStringAsync("/openapi/v1.json", Ct));

        Assert.Equal("https://localhost/api/v1", document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Theory, Providers]
    public async Task every_api_answer_carries_the_full_version_and_the_document_names_it(Db db)
    {
        var client = apps.For(db).CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));

        var unauthorised = await client.GetAsync("/api/v1/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Equal(document.RootElement.GetProperty("info").GetProperty("version").GetString(), Assert.Single(unauthorised.Headers.GetValues("API-Version")));
    }
}
