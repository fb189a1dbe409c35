using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The editor's form for one question. Options and rows are one per line: <c>key | Nederlands | English</c>, a leading
/// <c>!</c> for an option that stands alone ("Geen enkele"), <c>+</c> for one that takes a text ("Anders, namelijk"); a
/// row may end with <c>| voorwaarde</c>. Saving makes a new version of the questionnaire.
/// </summary>
public static class EditQuestion
{
    public sealed record Command
    {
        [Required]
        [StringLength(SurveyLimits.Key)]
        public string? Key { get; init; }

        [StringLength(SurveyLimits.Key)]
        public string? Label { get; init; }

        [Required]
        [DefinedEnum]
        public QuestionType? Type { get; init; }

        [Required]
        [StringLength(SurveyLimits.OpenText)]
        public string? TextNl { get; init; }

        [StringLength(SurveyLimits.OpenText)]
        public string? TextEn { get; init; }

        [StringLength(500)]
        public string? Condition { get; init; }

        public bool Required { get; init; }

        [StringLength(20000)]
        public string? Options { get; init; }

        [StringLength(20000)]
        public string? Rows { get; init; }

        [Range(-1000000, 1000000)]
        public int? Min { get; init; }

        [Range(-1000000, 1000000)]
        public int? Max { get; init; }

        [Range(1, 50)]
        public int? MaxChoices { get; init; }

        /// <summary>The survey's version as read.</summary>
        [Required]
        public int? Version { get; init; }
    }

    public static Command From(Question q, int version) => new()
    {
        Key = q.Key,
        Label = q.Label,
        Type = q.Type,
        TextNl = q.Text.Nl,
        TextEn = q.Text.En,
        Condition = q.Condition,
        Required = q.Required,
        Options = Lines(q.Options),
        Rows = Lines(q.Rows),
        Min = q.Min,
        Max = q.Max,
        MaxChoices = q.MaxChoices,
        Version = version,
    };

    /// <summary>The question the form describes, or the errors of its lines.</summary>
    public static Result<Question> ToQuestion(Command command, Question? before)
    {
        var errors = InputValidator.Validate(command);
        var options = Parse(command.Options, nameof(Command.Options), errors);
        var rows = Parse(command.Rows, nameof(Command.Rows), errors);
        if (errors.Count > 0)
        {
            return Result<Question>.Failure(errors);
        }

        return new Question
        {
            Key = command.Key!.Trim(),
            Label = string.IsNullOrWhiteSpace(command.Label) ? null : command.Label.Trim(),
            Type = command.Type!.Value,
            Text = new(command.TextNl!.Trim(), command.TextEn?.Trim() ?? string.Empty),
            Help = before?.Help,
            Section = before?.Section,
            Condition = string.IsNullOrWhiteSpace(command.Condition) ? null : command.Condition.Trim(),
            Required = command.Required,
            Options = options,
            Rows = rows,
            Min = command.Min,
            Max = command.Max,
            MaxChoices = command.Type == QuestionType.TopChoices ? command.MaxChoices ?? 3 : null,
        };
    }

    private static string Lines(IReadOnlyList<QuestionOption> options) => string.Join('\n', options.Select(o =>
        (o.Exclusive ? "!" : o.Detail ? "+" : string.Empty) + $"{o.Key} | {o.Text.Nl} | {o.Text.En}" + (o.Condition is null ? string.Empty : " | " + o.Condition)));

    private static List<QuestionOption> Parse(string? text, string field, List<Error> errors)
    {
        var options = new List<QuestionOption>();
        foreach (var (line, index) in (text ?? string.Empty).Split('\n').Select((l, i) => (l.Trim(), i + 1)).Where(l => l.Item1.Length > 0))
        {
            var exclusive = line.StartsWith('!');
            var detail = line.StartsWith('+');
            var parts = line.TrimStart('!', '+').Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length < 2 || parts[0].Length is 0 or > SurveyLimits.Key || !parts[0].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || parts[1].Length == 0)
            {
                errors.Add(Error.Validation(field, "Surveys.OptionLine", index.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            options.Add(new QuestionOption(parts[0], new(parts[1], parts.Length > 2 ? parts[2] : string.Empty), exclusive, detail, parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null));
        }

        return options;
    }
}
