using System.Net.Http.Json;
using System.Text.Json;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>Reading the API's one collection shape ({ items, page, pageSize, total, links }).</summary>
public static class Collections
{
    /// <summary>The rows of every page of the list at <paramref name="url"/>, following the next links.</summary>
    public static async Task<JsonElement[]> AllItemsAsync(this HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        for (string? next = url; next is not null;)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(next, TestContext.Current.CancellationToken);
            items.AddRange(page.Items());
            next = page.GetProperty("links").TryGetProperty("next", out var link) ? link.GetString() : null;
        }

        return [.. items];
    }

    /// <summary>The rows of a collection body.</summary>
    public static JsonElement[] Items(this JsonElement collection) => [.. collection.GetProperty("items").EnumerateArray()];
}
