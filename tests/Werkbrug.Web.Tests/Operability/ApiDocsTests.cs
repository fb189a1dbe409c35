using System.Net;
using AngleSharp.Html.Parser;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

public sealed class ApiDocsTests(Apps apps)
{
    [Theory, Providers]
    public async Task the_api_reference_is_public_and_describes_every_operation(Db db)
    {
        var response = await apps.For(db).CreateClient().GetAsync("/api-docs", TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("API-documentatie", document.QuerySelector("h1")?.TextContent.Trim());
        var operations = document.QuerySelectorAll("article h3").Select(h => string.Join(' ', h.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("GET /api/v1/me", operations);
        var me = document.QuerySelectorAll("article").Single(a => a.QuerySelector("h3")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[^1] == "/api/v1/me");
        Assert.Contains("The signed-in user", me.TextContent, StringComparison.Ordinal);
        Assert.Contains("displayName", me.TextContent, StringComparison.Ordinal);
        Assert.Contains("200", me.QuerySelector("dt")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("h2"), h => h.TextContent.Contains("toegangstoken", StringComparison.Ordinal));
        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/openapi/v1.json");
    }

    [Theory, Providers]
    public async Task the_api_reference_lists_the_same_operations_as_the_openapi_document(Db db)
    {
        var client = apps.For(db).CreateClient();
        var html = await client.GetStringAsync("/api-docs", TestContext.Current.CancellationToken);
        using var openApi = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var documented = new HtmlParser().ParseDocument(html).QuerySelectorAll("article h3")
            .Select(h => string.Join(' ', h.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Order(StringComparer.Ordinal).ToList();
        var server = new Uri(openApi.RootElement.GetProperty("servers")[0].GetProperty("url").GetString()!).AbsolutePath;
        var described = openApi.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {server}{p.Name}")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(described, documented);
    }
}
