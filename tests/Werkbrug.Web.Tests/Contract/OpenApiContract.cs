using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Contract;

/// <summary>One operation of the document: its key ("GET /api/v1/me"), its parameters (path, query, header) and whether it takes a body.</summary>
public sealed record ContractOperation(string Key, IReadOnlyList<(string Name, string In)> Parameters, bool HasBody);

/// <summary>
/// The OpenAPI document of a running Werkbrug (/openapi/v1.json), read once per host, and the check of a real answer
/// against what the document says of its operation: the status, the content type and the body's JSON Schema.
/// </summary>
/// <remarks>
/// The whole document is registered as one schema resource, so <c>#/components/schemas/...</c> references resolve as they
/// are written; each checked schema is a <c>$ref</c> to its place in the document. OpenAPI 3.1 schemas are JSON Schema
/// 2020-12, so that dialect is named (the library's default dialect refuses unknown keywords, which OpenAPI adds:
/// discriminator, example, x-...). Formats are validated (uuid, date, date-time, uri); OpenAPI's own formats (int32,
/// double) are unknown to JSON Schema and stay annotations. References between parts of the document (a response, a
/// parameter or a request body kept under components) are followed.
/// </remarks>
public sealed partial class OpenApiContract
{
    private const int ErrorsShown = 6;
    private static readonly Uri DocumentUri = new("https://werkbrug.test/openapi/v1.json");
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
    private static readonly ConcurrentDictionary<WerkbrugAppFactory, Lazy<Task<OpenApiContract>>> Documents = new();

    private readonly JsonElement _document;
    private readonly BuildOptions _build;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();
    private readonly Dictionary<string, (JsonElement Operation, string Pointer)> _operations = new(StringComparer.Ordinal);

    private OpenApiContract(JsonElement document)
    {
        _document = document;
        var registry = new SchemaRegistry();
        registry.Register(DocumentUri, new JsonElementBaseDocument(document, DocumentUri));
        _build = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012 };
        var operations = new List<ContractOperation>();
        // Paths are relative to the server URL, which holds the version (/api/v1); keys are the addresses a client calls.
        var server = document.TryGetProperty("servers", out var servers) ? new Uri(servers[0].GetProperty("url").GetString()!).AbsolutePath.TrimEnd('/') : string.Empty;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var common) ? common.EnumerateArray().ToList() : [];
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                var key = $"{method.Name.ToUpperInvariant()} {server}{path.Name}";
                _operations[key] = (method.Value, $"/paths/{Escape(path.Name)}/{method.Name}");
                var own = method.Value.TryGetProperty("parameters", out var listed) ? listed.EnumerateArray() : default;
                var parameters = shared.Concat(own).Select(p => Resolve(p).Element).Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList();
                operations.Add(new ContractOperation(key, parameters, method.Value.TryGetProperty("requestBody", out _)));
            }
        }

        Operations = operations;
    }

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>The document of <paramref name="app"/>, fetched and parsed on the first call only.</summary>
    public static Task<OpenApiContract> OfAsync(WerkbrugAppFactory app) =>
        Documents.GetOrAdd(app, a => new Lazy<Task<OpenApiContract>>(async () =>
            Parse(await a.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))))).Value;

    public static OpenApiContract Parse(string document) => new(JsonDocument.Parse(document).RootElement.Clone());

    /// <summary>
    /// How the answer differs from what the document says <paramref name="operation"/> answers with <paramref name="status"/>:
    /// empty when it matches; otherwise one line per difference (an undocumented status or content type, a missing or
    /// unexpected body, the first schema violations with where they are in the body and in the document).
    /// </summary>
    public IReadOnlyList<string> Check(string operation, int status, string? mediaType, string body)
    {
        var (element, pointer) = _operations[operation];
        var responses = element.GetProperty("responses");
        var documented = string.Join(", ", responses.EnumerateObject().Select(r => r.Name));
        var name = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var match = new[] { name, $"{name[0]}XX", "default" }.FirstOrDefault(n => responses.TryGetProperty(n, out _));
        if (match is null)
        {
            return [$"status {status} is not documented (documented: {documented})"];
        }

        var response = Resolve(responses.GetProperty(match), $"{pointer}/responses/{match}");
        return Content(response, $"status {status}", "body", mediaType, body);
    }

    /// <summary>How a request's JSON body differs from the request body the document describes for <paramref name="operation"/>.</summary>
    public IReadOnlyList<string> CheckRequest(string operation, string? mediaType, string body)
    {
        var (element, pointer) = _operations[operation];
        return element.TryGetProperty("requestBody", out var request)
            ? Content(Resolve(request, $"{pointer}/requestBody"), "the request", "request body", mediaType, body)
            : ["the request has a body, but the document describes none"];
    }

    /// <summary>How <paramref name="body"/> of <paramref name="mediaType"/> differs from the content a response or request body describes.</summary>
    private List<string> Content((JsonElement Element, string Pointer) described, string what, string label, string? mediaType, string body)
    {
        if (!described.Element.TryGetProperty("content", out var content))
        {
            return body.Length == 0 ? [] : [$"{what} documents no body, but it has one ({mediaType})"];
        }

        var types = content.EnumerateObject().Select(c => c.Name).ToList();
        if (mediaType is null || !content.TryGetProperty(mediaType, out var media))
        {
            return [$"content type {mediaType ?? "(none)"} for {what}, documented: {string.Join(", ", types)}"];
        }

        if (!media.TryGetProperty("schema", out _) || !mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            return [];
        }

        JsonElement instance;
        try
        {
            instance = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException e)
        {
            return [$"the {mediaType} {label} is not JSON: {e.Message}"];
        }

        var results = Schema($"{described.Pointer}/content/{Escape(mediaType)}/schema").Evaluate(instance, Evaluation);
        var errors = Failed(results)
            .SelectMany(d => d.Errors!.Select(e => $"{label}{ArrayIndex().Replace(d.InstanceLocation.ToString(), "/*")}: {e.Value} ({Uri.UnescapeDataString(d.SchemaLocation.Fragment)})"))
            .Distinct().ToList();
        return [.. errors.Take(ErrorsShown), .. errors.Count > ErrorsShown ? [$"... and {errors.Count - ErrorsShown} more schema errors"] : Array.Empty<string>()];
    }

    /// <summary>
    /// The failed evaluations that carry errors, found by descending through failed ones only: a branch of a oneOf that
    /// another branch satisfied did not make the body invalid.
    /// </summary>
    private static IEnumerable<EvaluationResults> Failed(EvaluationResults node) =>
        node.IsValid ? [] : (node.Errors is { Count: > 0 } ? [node] : Enumerable.Empty<EvaluationResults>()).Concat((node.Details ?? []).SelectMany(Failed));

    /// <summary>The schema at <paramref name="pointer"/> in the document, built once.</summary>
    private JsonSchema Schema(string pointer) =>
        _schemas.GetOrAdd(pointer, p => JsonSchema.FromText(
            JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = $"{DocumentUri}#{p}" }), _build, new Uri(DocumentUri, $"checks/{Guid.NewGuid():N}")));

    /// <summary>Follows a reference to another part of the document (<c>{"$ref": "#/components/responses/..."}</c>).</summary>
    private (JsonElement Element, string Pointer) Resolve(JsonElement element, string pointer = "")
    {
        while (element.TryGetProperty("$ref", out var reference) && reference.GetString() is ['#', .. var target])
        {
            pointer = target;
            element = target.Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate(_document, (node, segment) => node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)));
        }

        return (element, pointer);
    }

    /// <summary>An array index in an instance location: the same error in every item of a list is reported once.</summary>
    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex ArrayIndex();

    /// <summary>A JSON Pointer segment (RFC 6901), percent-encoded for a URI fragment.</summary>
    private static string Escape(string segment) =>
        Uri.EscapeDataString(segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
}
