using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Domain.Organisations;

namespace Werkbrug.Web.Tests.Infrastructure.Api;

/// <summary>The one collection shape of every list of the API: paging, links, limits, and no bare arrays anywhere.</summary>
public sealed class CollectionTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string? Link(JsonElement collection, string name) =>
        collection.GetProperty("links").TryGetProperty(name, out var link) ? link.GetString() : null;

    [Theory, Providers]
    public async Task pages_through_a_filtered_list_with_links_that_keep_the_filter(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var marker = Guid.NewGuid().ToString("N")[..10];
        var ids = new List<Guid>();
        foreach (var n in Enumerable.Range(1, 5))
        {
            ids.Add(await api.RegisterEmployerAsync(tradeName: $"Collectie {marker} {n}"));
        }

        var filter = $"/api/v1/employers?q={marker}&status=Prospect";
        var first = await api.GetFromJsonAsync<JsonElement>($"{filter}&pageSize=2", Ct);
        var middle = await api.GetFromJsonAsync<JsonElement>($"{filter}&page=2&pageSize=2", Ct);
        var last = await api.GetFromJsonAsync<JsonElement>(Link(first, "last")!, Ct);
        var beyond = await api.GetFromJsonAsync<JsonElement>($"{filter}&page=4&pageSize=2", Ct);

        Assert.Equal(["items", "page", "pageSize", "total", "links"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 2, 5), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("total").GetInt32()));
        Assert.Equal($"{filter}&page=1&pageSize=2", Link(first, "self"));
        Assert.Equal($"{filter}&page=1&pageSize=2", Link(first, "first"));
        Assert.Null(Link(first, "prev"));
        Assert.Equal($"{filter}&page=2&pageSize=2", Link(first, "next"));
        Assert.Equal($"{filter}&page=3&pageSize=2", Link(first, "last"));
        Assert.Equal(($"{filter}&page=1&pageSize=2", $"{filter}&page=3&pageSize=2"), (Link(middle, "prev"), Link(middle, "next")));
        Assert.Equal((3, 5), (last.GetProperty("page").GetInt32(), last.GetProperty("total").GetInt32()));
        Assert.Equal($"{filter}&page=2&pageSize=2", Link(last, "prev"));
        Assert.Null(Link(last, "next"));
        Assert.Equal(ids, first.Items().Concat(middle.Items()).Concat(last.Items()).Select(e => e.GetProperty("id").GetGuid()));

        // A page past the last one is empty, not an error; its way back leads to the last page.
        Assert.Empty(beyond.Items());
        Assert.Equal((4, 5), (beyond.GetProperty("page").GetInt32(), beyond.GetProperty("total").GetInt32()));
        Assert.Equal($"{filter}&page=3&pageSize=2", Link(beyond, "prev"));
        Assert.Null(Link(beyond, "next"));
        Assert.Equal(ids, (await api.AllItemsAsync($"{filter}&pageSize=2")).Select(e => e.GetProperty("id").GetGuid()));
    }

    [Theory, Providers]
    public async Task an_empty_list_is_one_empty_page_of_the_default_size(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var url = $"/api/v1/employers?q={Guid.NewGuid():N}";

        var empty = await api.GetFromJsonAsync<JsonElement>(url, Ct);

        Assert.Empty(empty.Items());
        Assert.Equal((1, 50, 0), (empty.GetProperty("page").GetInt32(), empty.GetProperty("pageSize").GetInt32(), empty.GetProperty("total").GetInt32()));
        Assert.Equal($"{url}&page=1&pageSize=50", Link(empty, "last"));
        Assert.Equal(Link(empty, "self"), Link(empty, "first"));
        Assert.Null(Link(empty, "prev"));
        Assert.Null(Link(empty, "next"));
    }

    [Theory, Providers]
    public async Task a_page_below_one_or_a_page_size_above_one_hundred_is_a_problem_naming_the_field(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));

        // A list paged in the database and one paged in memory give the same answer.
        foreach (var list in new[] { "/api/v1/employers", "/api/v1/tokens" })
        {
            var response = await api.GetAsync($"{list}?page=0&pageSize=101", Ct);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
            Assert.Equal(["Pagina moet minstens 1 zijn."], errors.GetProperty("page").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["Aantal per pagina moet een getal van 1 tot en met 100 zijn."], errors.GetProperty("pageSize").EnumerateArray().Select(e => e.GetString()));
        }
    }

    /// <summary>The guard: no operation answers with a bare array, and every list has the shape and takes page and pageSize.</summary>
    [Theory, Providers]
    public async Task every_list_of_the_openapi_document_is_a_collection(Db db)
    {
        using var document = JsonDocument.Parse(await apps.For(db).CreateClient().GetStringAsync("/openapi/v1.json", Ct));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        JsonElement Resolve(JsonElement schema) =>
            schema.TryGetProperty("$ref", out var reference) ? Resolve(schemas.GetProperty(reference.GetString()!.Split('/')[^1])) : schema;
        static bool IsArray(JsonElement schema) =>
            schema.TryGetProperty("type", out var type)
            && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == "array") : type.GetString() == "array");

        var problems = new List<string>();
        var lists = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out _));
                foreach (var schema in responses.SelectMany(r => r.Value.GetProperty("content").EnumerateObject()).Select(c => Resolve(c.Value.GetProperty("schema"))))
                {
                    if (IsArray(schema))
                    {
                        problems.Add($"{name}: a bare array");
                    }
                    else if (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty("items", out _))
                    {
                        lists++;
                        if (path.Name.StartsWith("/exchange/", StringComparison.Ordinal) && path.Name.EndsWith("/changes", StringComparison.Ordinal))
                        {
                            // The partners' changes feed (ADR 0036) pages by watermark, not by page number: what changed since a sequence.
                            if (!properties.TryGetProperty("watermark", out _) || !properties.TryGetProperty("more", out _))
                            {
                                problems.Add($"{name}: a changes feed without watermark and more");
                            }

                            continue;
                        }

                        var parameters = operation.Value.TryGetProperty("parameters", out var declared)
                            ? declared.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!.ToLowerInvariant()).ToList()
                            : [];
                        if (!properties.EnumerateObject().Select(p => p.Name).SequenceEqual(["items", "page", "pageSize", "total", "links"]) || !parameters.Contains("page") || !parameters.Contains("pagesize"))
                        {
                            problems.Add($"{name}: not the collection shape with page and pageSize");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(lists >= 30, $"only {lists} lists found");
    }
}
