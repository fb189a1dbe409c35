using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// Where a respondent is: the version they answer, their answers so far, the start of each page they passed (for
/// "Vorige") and the start of the page they see. Carried in the form, sealed with Data Protection, so nothing is kept
/// on the server before the response is sent.
/// </summary>
public sealed record RespondState(int Version, Dictionary<string, Answer> Answers, List<int> Passed, int At)
{
    private const string Purpose = "Werkbrug.Survey.State.v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Seal(IDataProtectionProvider protection) =>
        WebEncoders.Base64UrlEncode(protection.CreateProtector(Purpose).Protect(JsonSerializer.SerializeToUtf8Bytes(this, Json)));

    public static RespondState? Open(IDataProtectionProvider protection, string? sealedState)
    {
        if (string.IsNullOrEmpty(sealedState))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RespondState>(protection.CreateProtector(Purpose).Unprotect(WebEncoders.Base64UrlDecode(sealedState)), Json);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The names of a question's form fields and reading them back: <c>q_KEY</c> (the choice(s), the number, the mark or the
/// text), <c>q_KEY_ROW</c> (a grid row or a number per row), <c>q_KEY_detail</c> (the text of "Anders, namelijk …"),
/// <c>q_KEY_opt</c> (the own option of a number or open question, e.g. "Weet niet").
/// </summary>
public static class SurveyForm
{
    public static string Name(Question question) => "q_" + question.Key;

    public static string Name(Question question, QuestionOption row) => $"q_{question.Key}_{row.Key}";

    public static string Detail(Question question) => $"q_{question.Key}_detail";

    public static string Own(Question question) => $"q_{question.Key}_opt";

    /// <summary>The answers to <paramref name="page"/>'s questions in <paramref name="form"/>; a number that is not one is an error.</summary>
    public static (Dictionary<string, Answer> Answers, List<Error> Errors) Read(IReadOnlyList<Question> page, IFormCollection form, IReadOnlyDictionary<string, Answer> earlier)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(form);
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var errors = new List<Error>();
        foreach (var question in page)
        {
            string? Value(string name) => form[name].FirstOrDefault() is { Length: > 0 } v ? v.Trim() : null;
            var own = Value(Own(question));
            Answer answer;
            switch (question.Type)
            {
                case QuestionType.Grid:
                    answer = new Answer { Rows = Rows(question, earlier, r => Value(Name(question, r))) };
                    break;
                case QuestionType.Number when question.Rows.Count > 0:
                    var cells = Rows(question, earlier, r => Value(Name(question, r)));
                    if (cells.Values.Any(c => !int.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
                    {
                        errors.Add(Error.Validation(Name(question), "Survey.NotANumber"));
                    }

                    answer = own is not null ? new Answer { Choices = [own], Rows = cells } : new Answer { Rows = cells };
                    break;
                case QuestionType.Number or QuestionType.Scale:
                    var raw = Value(Name(question));
                    int? number = null;
                    if (raw is not null && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                    {
                        number = parsed;
                    }
                    else if (raw is not null && question.Option(raw) is null)
                    {
                        errors.Add(Error.Validation(Name(question), "Survey.NotANumber"));
                    }

                    var choice = raw is not null && question.Option(raw) is not null ? raw : own;
                    answer = new Answer { Number = number, Choices = choice is null ? [] : [choice] };
                    break;
                case QuestionType.OpenText:
                    var text = Value(Name(question));
                    answer = new Answer { Text = text, Choices = own is null ? [] : [own] };
                    break;
                default:
                    answer = new Answer { Choices = [.. form[Name(question)].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)], Text = Value(Detail(question)) };
                    break;
            }

            if (!answer.IsEmpty)
            {
                answers[question.Key] = answer;
            }
        }

        return (answers, errors);
    }

    private static Dictionary<string, string> Rows(Question question, IReadOnlyDictionary<string, Answer> earlier, Func<QuestionOption, string?> value) =>
        QuestionPages.ShownRows(question, earlier).Select(r => (r.Key, Value: value(r))).Where(r => r.Value is not null)
            .ToDictionary(r => r.Key, r => r.Value!, StringComparer.Ordinal);
}
