using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Werkbrug.Web.Tests.Contract;

/// <summary>What to send: the URL (path and query), the body if any, and extra headers.</summary>
public sealed record ContractRequest(string Url, HttpContent? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ContractRequest Send(string url, object body) => new(url, JsonContent.Create(body, options: JsonSerializerOptions.Web));

    public static ContractRequest Csv(string url, string csv) => new(url, new StringContent(csv, Encoding.UTF8, "text/csv"));

    /// <summary><paramref name="body"/> (an anonymous object) as JSON with one property set or added.</summary>
    public static JsonObject With(object body, string name, object? value)
    {
        var json = JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!.AsObject();
        json[name] = JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web);
        return json;
    }
}

/// <summary>
/// The bad-input call of an operation, the status it must answer and what kind of bad input it is; or, for an operation
/// that takes no input at all, why it has none. <see cref="Make"/> gets the operation's path with every path parameter
/// set to a value nobody has.
/// </summary>
public sealed record BadInput(int Status, string Kind, Func<string, ContractRequest>? Make, string? NoneBecause = null)
{
    /// <summary>The operation takes neither path parameters, query parameters nor a body.</summary>
    public static BadInput None { get; } = new(0, "none", null, "no path, query or body to get wrong");

    /// <summary>An id nobody has in the path: 404.</summary>
    public static BadInput UnknownId { get; } = new(404, "unknown id", path => new ContractRequest(path));

    /// <summary>Malformed JSON: 400.</summary>
    public static BadInput MalformedJson { get; } =
        new(400, "malformed JSON", path => new ContractRequest(path, new StringContent("{\"version\": 1,", Encoding.UTF8, "application/json")));

    /// <summary>A JSON body with a wrong type, an unknown enum value or a missing required field: 400 (the checks before the handler).</summary>
    public static BadInput Body(object body, string? query = null) =>
        new(400, "invalid body", path => ContractRequest.Send(query is null ? path : $"{path}?{query}", body));

    /// <summary>A query value that does not bind (a word for a number, a flag or an id): 400.</summary>
    public static BadInput Query(string query) => new(400, "invalid query", path => new ContractRequest($"{path}?{query}"));
}

/// <summary>
/// One row of the contract table: the operation ("METHOD /path/template" as the document writes it), who calls it, how to
/// make a valid call (from the scenario and the earlier answers) and the one bad-input call.
/// </summary>
public sealed record ContractCall(string Operation, Caller Caller, Func<ContractScenario, ContractRequest> Valid, BadInput Bad)
{
    public HttpMethod Method => HttpMethod.Parse(Operation.Split(' ')[0]);

    public string Template => Operation.Split(' ')[1];
}
