using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Werkbrug.Web.Tests.Features.PublishedVacancies;

/// <summary>
/// Checks a JSON-LD document against the part of the schema.org vocabulary described in <c>jobposting-vocabulary.json</c>:
/// the document names the schema.org context and is a JobPosting; on it and every node within, every required and
/// recommended property of the node's class is there (but for those the caller says the source has no data for), each
/// value has one of the types the property expects, and no property is unknown to the class.
/// </summary>
public sealed partial class JobPostingVocabulary
{
    private static readonly string[] DataTypes = ["Text", "URL", "Date", "DateTime", "Boolean", "Integer", "Number"];

    private readonly JsonElement _types;
    private readonly string _context;

    private JobPostingVocabulary(JsonElement description)
    {
        _types = description.GetProperty("types");
        _context = description.GetProperty("context").GetString()!;
    }

    public static JobPostingVocabulary Load()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Features", "PublishedVacancies", "jobposting-vocabulary.json"));
        return new JobPostingVocabulary(JsonDocument.Parse(file).RootElement.Clone());
    }

    /// <summary>The names of the properties of <paramref name="type"/> at <paramref name="level"/>.</summary>
    public IReadOnlyList<string> Properties(string type, string level) =>
        [.. _types.GetProperty(type).EnumerateObject().Where(p => p.Value.GetProperty("level").GetString() == level).Select(p => p.Name)];

    /// <summary>
    /// Every difference between <paramref name="document"/> and the vocabulary, as "path: problem". <paramref name="absent"/>
    /// names recommended properties of a JobPosting the source has no data for (with the reason in the caller's code).
    /// </summary>
    public IReadOnlyList<string> Check(JsonElement document, params string[] absent)
    {
        var problems = new List<string>();
        if (document.ValueKind != JsonValueKind.Object)
        {
            return ["$: not a JSON object"];
        }

        if (!document.TryGetProperty("@context", out var context) || context.ValueKind != JsonValueKind.String || context.GetString()!.TrimEnd('/') != _context)
        {
            problems.Add($"$: @context is not {_context}");
        }

        if (TypeOf(document) != "JobPosting")
        {
            problems.Add("$: @type is not JobPosting");
        }

        CheckNode(document, "JobPosting", "$", absent, problems);
        return problems;
    }

    private static string? TypeOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private void CheckNode(JsonElement node, string type, string path, string[] absent, List<string> problems)
    {
        var properties = _types.GetProperty(type);
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name is "@type" or "@context")
            {
                continue;
            }

            if (!properties.TryGetProperty(property.Name, out var definition))
            {
                problems.Add($"{path}.{property.Name}: not a property of {type} in the vocabulary");
                continue;
            }

            var values = property.Value.ValueKind == JsonValueKind.Array ? [.. property.Value.EnumerateArray()] : new[] { property.Value };
            if (values.Length == 0)
            {
                problems.Add($"{path}.{property.Name}: an empty list");
            }

            var expects = definition.GetProperty("expects").EnumerateArray().Select(e => e.GetString()!).ToList();
            var allowed = definition.TryGetProperty("values", out var list) ? list.EnumerateArray().Select(v => v.GetString()).ToHashSet() : null;
            foreach (var value in values)
            {
                CheckValue(value, expects, allowed, $"{path}.{property.Name}", problems);
            }
        }

        foreach (var definition in properties.EnumerateObject())
        {
            var level = definition.Value.GetProperty("level").GetString();
            var excused = type == "JobPosting" && absent.Contains(definition.Name);
            if (level is "required" or "recommended" && !excused && !node.TryGetProperty(definition.Name, out _))
            {
                problems.Add($"{path}.{definition.Name}: {level} property of {type} missing");
            }
        }
    }

    private void CheckValue(JsonElement value, List<string> expects, HashSet<string?>? allowed, string path, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            var type = TypeOf(value);
            if (type is null || !expects.Contains(type))
            {
                problems.Add($"{path}: a node of type {type ?? "(none)"}, expected {string.Join(" or ", expects)}");
            }
            else if (!_types.TryGetProperty(type, out _))
            {
                problems.Add($"{path}: {type} is not described in the vocabulary file");
            }
            else
            {
                CheckNode(value, type, path, [], problems);
            }

            return;
        }

        var fits = expects.Where(e => DataTypes.Contains(e)).Any(e => Fits(value, e));
        if (!fits)
        {
            problems.Add($"{path}: {value.GetRawText()} is not a {string.Join(" or ", expects)}");
        }
        else if (allowed is not null && (value.ValueKind != JsonValueKind.String || !allowed.Contains(value.GetString())))
        {
            problems.Add($"{path}: {value.GetRawText()} is not one of {string.Join(", ", allowed)}");
        }
    }

    private static bool Fits(JsonElement value, string dataType) => dataType switch
    {
        "Text" => value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()),
        "URL" => value.ValueKind == JsonValueKind.String && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
        "Date" => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "DateTime" => value.ValueKind == JsonValueKind.String && IsoDateTime().IsMatch(value.GetString()!)
                      && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "Boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "Integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "Number" => value.ValueKind == JsonValueKind.Number,
        _ => false,
    };

    /// <summary>ISO 8601 date and time with seconds and a zone (Z or an offset).</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoDateTime();
}
