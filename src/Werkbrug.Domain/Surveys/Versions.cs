using System.Text.Json;
using System.Text.Json.Serialization;

namespace Werkbrug.Domain.Surveys;

/// <summary>
/// Versions of a questionnaire. A version is stored as its JSON and never changed once a response refers to it; a change
/// to the questionnaire becomes a new version (number + 1), so every response is read with the questions it answered.
/// </summary>
public static class Versions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string ToJson(Questionnaire questionnaire) => JsonSerializer.Serialize(questionnaire, Json);

    public static Questionnaire FromJson(string json) =>
        JsonSerializer.Deserialize<Questionnaire>(json, Json) ?? throw new JsonException("A questionnaire version is empty.");

    /// <summary>Whether <paramref name="edited"/> differs from <paramref name="current"/> (then it is saved as a new version).</summary>
    public static bool Changed(Questionnaire current, Questionnaire edited) => ToJson(current) != ToJson(edited);

    public static string AnswersToJson(IReadOnlyDictionary<string, Answer> answers) => JsonSerializer.Serialize(answers, Json);

    public static Dictionary<string, Answer> AnswersFromJson(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, Answer>>(json, Json) ?? [];
}
