using System.Text.Json;
using System.Text.RegularExpressions;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Contract;

/// <summary>
/// Walks every operation of /openapi/v1.json twice, as a partner's client would meet them: once with a valid call, once
/// with bad input, and checks each answer against what the document says of that operation (<see cref="ContractCalls"/>
/// holds the calls). Each walk collects every difference and reports them together, per operation.
/// </summary>
public sealed partial class ContractWalkTests(Apps apps)
{
    private const int BodyShown = 300;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task every_operation_answers_a_valid_call_as_the_document_says(Db db)
    {
        var (contract, scenario) = await PrepareAsync(db);
        var failures = Coverage(contract);

        foreach (var call in ContractCalls.All)
        {
            ContractRequest request;
            try
            {
                request = call.Valid(scenario);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
            {
                failures.Add($"{call.Operation}: could not build the request: {e.Message}");
                continue;
            }

            var differences = await RequestDifferencesAsync(contract, call, request);
            var (status, mediaType, body) = await SendAsync(scenario, call, request);
            if (status is < 200 or > 299)
            {
                differences.Add($"status {status}, expected a success: {Shorten(body)}");
            }
            else if (mediaType is "application/json" && body.Length > 0)
            {
                scenario.Remember(call.Operation, JsonDocument.Parse(body).RootElement.Clone());
            }

            differences.AddRange(Documented(contract, call, status, mediaType, body));
            failures.AddRange(differences.Select(d => $"{call.Operation}: {d}"));
        }

        Assert.True(failures.Count == 0, Report("valid call", failures));
    }

    [Theory, Providers]
    public async Task every_operation_answers_bad_input_with_a_documented_dutch_problem(Db db)
    {
        var (contract, scenario) = await PrepareAsync(db);
        var failures = Coverage(contract);
        var operations = contract.Operations.ToDictionary(o => o.Key, StringComparer.Ordinal);

        foreach (var call in ContractCalls.All.Where(c => operations.ContainsKey(c.Operation)))
        {
            var bad = call.Bad;
            var misfit = Misfit(operations[call.Operation], bad);
            if (misfit is not null)
            {
                failures.Add($"{call.Operation}: {misfit}");
            }

            if (bad.Make is null)
            {
                continue;
            }

            var path = PathParameter().Replace(call.Template, m => m.Value == "{pseudonym}" ? "ONBEKEND" : Guid.NewGuid().ToString());
            var (status, mediaType, body) = await SendAsync(scenario, call, bad.Make(path));
            var differences = status == bad.Status ? new List<string>() : [$"{bad.Kind}: status {status}, expected {bad.Status}: {Shorten(body)}"];
            differences.AddRange(Documented(contract, call, status, mediaType, body));
            differences.AddRange(ProblemShape(status, mediaType, body));

            failures.AddRange(differences.Select(d => $"{call.Operation} ({bad.Kind}): {d}"));
        }

        Assert.True(failures.Count == 0, Report("bad-input call", failures));
    }

    private async Task<(OpenApiContract Contract, ContractScenario Scenario)> PrepareAsync(Db db)
    {
        var app = apps.For(db);
        return (await OpenApiContract.OfAsync(app), await ContractScenario.OfAsync(app));
    }

    /// <summary>The table and the document name the same operations, each once.</summary>
    private static List<string> Coverage(OpenApiContract contract)
    {
        var documented = contract.Operations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var tabled = ContractCalls.All.Select(c => c.Operation).ToList();
        return
        [
            .. documented.Except(tabled).Order(StringComparer.Ordinal).Select(o => $"{o}: in the document, but ContractCalls has no row for it"),
            .. tabled.Where(o => !documented.Contains(o)).Select(o => $"{o}: in ContractCalls, but not in the document"),
            .. tabled.GroupBy(o => o).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {g.Count()} rows in ContractCalls"),
        ];
    }

    private static async Task<(int Status, string? MediaType, string Body)> SendAsync(ContractScenario scenario, ContractCall call, ContractRequest request)
    {
        using var message = new HttpRequestMessage(call.Method, request.Url) { Content = request.Body };
        foreach (var (name, value) in request.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.Add(name, value);
        }

        using var client = scenario.Client(call.Caller);
        using var response = await client.SendAsync(message, Ct);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>How the valid call's body differs from the request body the document describes (prefixed "request").</summary>
    private static async Task<List<string>> RequestDifferencesAsync(OpenApiContract contract, ContractCall call, ContractRequest request) =>
        request.Body is null || !contract.Operations.Any(o => o.Key == call.Operation)
            ? []
            : [.. contract.CheckRequest(call.Operation, request.Body.Headers.ContentType?.MediaType, await request.Body.ReadAsStringAsync(Ct))];

    private static IEnumerable<string> Documented(OpenApiContract contract, ContractCall call, int status, string? mediaType, string body) =>
        contract.Operations.Any(o => o.Key == call.Operation) ? contract.Check(call.Operation, status, mediaType, body) : [];

    /// <summary>Why the bad input does not fit the operation as documented (say an "invalid query" for an operation without query parameters).</summary>
    private static string? Misfit(ContractOperation operation, BadInput bad)
    {
        var takes = (Path: operation.Parameters.Any(p => p.In == "path"), Query: operation.Parameters.Any(p => p.In == "query"), operation.HasBody);
        return bad switch
        {
            { Make: null } when takes.Path || takes.Query || takes.HasBody => $"the document gives it input ({takes}), but ContractCalls has no bad-input call",
            { Kind: "unknown id" } when !takes.Path => "an unknown-id call, but the document gives it no path parameter",
            { Kind: "invalid query" } when !takes.Query => "an invalid-query call, but the document gives it no query parameter",
            { Kind: "invalid body" or "malformed JSON" } when !takes.HasBody => "a bad-body call, but the document gives it no request body",
            _ => null,
        };
    }

    /// <summary>The one problem shape: application/problem+json with status, title, a Dutch detail and a machine code.</summary>
    private static IEnumerable<string> ProblemShape(int status, string? mediaType, string body)
    {
        if (mediaType != "application/problem+json")
        {
            yield return $"content type {mediaType ?? "(none)"}, expected application/problem+json";
            yield break;
        }

        var problem = JsonDocument.Parse(body).RootElement;
        if (!problem.TryGetProperty("status", out var said) || !said.TryGetInt32(out var number) || number != status)
        {
            yield return $"problem status is not {status}";
        }

        foreach (var member in new[] { "title", "detail", "code" })
        {
            if (!problem.TryGetProperty(member, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                yield return $"the problem has no {member}: {Shorten(body)}";
            }
            else if (member != "code" && English().IsMatch(value.GetString()!))
            {
                yield return $"the problem's {member} is English: \"{value.GetString()}\"";
            }
            else if (member == "detail" && !value.GetString()!.Trim().Contains(' ', StringComparison.Ordinal))
            {
                yield return $"the problem's detail is not a sentence (an untranslated key?): \"{value.GetString()}\"";
            }
        }
    }

    private static string Shorten(string body) => body.Length <= BodyShown ? body : body[..BodyShown] + "…";

    private static string Report(string kind, List<string> failures) =>
        $"{failures.Count} differences between the API and /openapi/v1.json ({kind} per operation):\n" + string.Join('\n', failures);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();

    /// <summary>Words of the framework's English defaults ("One or more validation errors occurred.", "Not Found").</summary>
    [GeneratedRegex(@"\b(the|one or more|occurred|error|errors|not found|bad request|request|invalid|was|is required)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
