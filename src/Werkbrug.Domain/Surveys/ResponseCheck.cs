using System.Globalization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Surveys;

/// <summary>
/// Checks a response against the version it answers: routing applied (a question that was not shown must be empty),
/// required questions answered, and each answer fits its question. Errors name the question key as their field.
/// </summary>
public static class ResponseCheck
{
    public static IReadOnlyList<Error> Check(Questionnaire questionnaire, IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new List<Error>();
        foreach (var key in answers.Keys.Where(k => questionnaire.Find(k) is null))
        {
            errors.Add(Error.Validation(key, "Survey.UnknownQuestion"));
        }

        var shown = Routing.Shown(questionnaire, answers).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var question in questionnaire.Questions)
        {
            var answer = answers.TryGetValue(question.Key, out var given) && !given.IsEmpty ? given : null;
            if (!shown.Contains(question.Key))
            {
                if (answer is not null)
                {
                    errors.Add(Error.Validation(question.Key, "Survey.NotShown"));
                }

                continue;
            }

            if (answer is null)
            {
                if (question.Required)
                {
                    errors.Add(Error.Validation(question.Key, "Survey.Required"));
                }

                continue;
            }

            if (question.Rows.FirstOrDefault(r => answer.Rows.ContainsKey(r.Key) && !(Routing.Parse(r.Condition)?.Holds(answers) ?? true)) is { } hiddenRow)
            {
                errors.Add(Error.Validation(question.Key, "Survey.RowNotShown", hiddenRow.Text.Nl));
                continue;
            }

            if (Problem(question, answer, answers) is { } problem)
            {
                errors.Add(Error.Validation(question.Key, problem.Code, problem.Arguments));
            }
        }

        return errors;
    }

    private sealed record Found(string Code, params object[] Arguments);

    private static Found? Problem(Question question, Answer answer, IReadOnlyDictionary<string, Answer> answers)
    {
        if (answer.Text is { Length: > SurveyLimits.OpenText })
        {
            return new("Survey.TooLong", SurveyLimits.OpenText);
        }

        return question.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.TopChoices => ChoiceProblem(question, answer),
            QuestionType.Grid => answer.Choices.Count > 0 || answer.Number is not null || answer.Text is not null ? new("Survey.WrongShape")
                : RowsProblem(question, answer, answers, cell => question.Option(cell) is not null),
            QuestionType.Number when question.Rows.Count > 0 && answer.Choices.Count > 0 => answer.Rows.Count > 0 || answer.Number is not null || answer.Text is not null
                ? new("Survey.WrongShape")
                : answer.Choices.Count == 1 && question.Option(answer.Choices[0]) is not null ? null : new("Survey.UnknownOption", answer.Choices[0]),
            QuestionType.Number when question.Rows.Count > 0 => answer.Number is not null || answer.Text is not null ? new("Survey.WrongShape")
                : RowsProblem(question, answer, answers, cell => int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && InRange(question, n)),
            QuestionType.Number or QuestionType.Scale => NumberProblem(question, answer),
            // Open text, or one of its own options instead ("Dat weet ik niet").
            _ => answer.Rows.Count > 0 || answer.Number is not null || (answer.Choices.Count > 0 && answer.Text is not null) ? new("Survey.WrongShape")
                : answer.Choices.Count > 0 && (answer.Choices.Count > 1 || question.Option(answer.Choices[0]) is null) ? new("Survey.UnknownOption", answer.Choices[0])
                : null,
        };
    }

    private static Found? ChoiceProblem(Question question, Answer answer)
    {
        if (answer.Rows.Count > 0 || answer.Number is not null)
        {
            return new("Survey.WrongShape");
        }

        if (answer.Choices.FirstOrDefault(c => question.Option(c) is null) is { } unknown)
        {
            return new("Survey.UnknownOption", unknown);
        }

        if (answer.Choices.Distinct(StringComparer.Ordinal).Count() != answer.Choices.Count)
        {
            return new("Survey.ChosenTwice");
        }

        if (question.Type == QuestionType.SingleChoice && answer.Choices.Count != 1)
        {
            return new("Survey.OneChoice");
        }

        if (question.Type == QuestionType.TopChoices && answer.Choices.Count > (question.MaxChoices ?? 3))
        {
            return new("Survey.TooManyChoices", question.MaxChoices ?? 3);
        }

        if (answer.Choices.Count > 1 && answer.Choices.Any(c => question.Option(c)!.Exclusive))
        {
            return new("Survey.ExclusiveOption", question.Option(answer.Choices.First(c => question.Option(c)!.Exclusive))!.Text.Nl);
        }

        if (answer.Text is { Length: > 0 } && !answer.Choices.Any(c => question.Option(c)!.Detail))
        {
            return new("Survey.DetailWithoutOption");
        }

        return answer.Text is { Length: > SurveyLimits.Detail } ? new("Survey.TooLong", SurveyLimits.Detail) : null;
    }

    private static Found? RowsProblem(Question question, Answer answer, IReadOnlyDictionary<string, Answer> answers, Func<string, bool> validCell)
    {
        if (answer.Rows.Keys.FirstOrDefault(r => question.Row(r) is null) is { } unknownRow)
        {
            return new("Survey.UnknownRow", unknownRow);
        }

        if (answer.Rows.FirstOrDefault(r => !validCell(r.Value)) is { Key: not null } bad)
        {
            return question.Type == QuestionType.Grid
                ? new("Survey.UnknownOption", bad.Value)
                : new("Survey.OutOfRange", question.Min ?? 0, question.Max ?? int.MaxValue);
        }

        var shownRows = question.Rows.Count(r => Routing.Parse(r.Condition)?.Holds(answers) ?? true);
        return question.Required && answer.Rows.Count < shownRows ? new("Survey.EveryRow") : null;
    }

    private static Found? NumberProblem(Question question, Answer answer)
    {
        if (answer.Rows.Count > 0 || answer.Text is not null)
        {
            return new("Survey.WrongShape");
        }

        if (answer.Choices.Count > 0)
        {
            // A scale's or number's own options stand for "weet niet" and the like: one, and then no number.
            return answer.Choices.Count == 1 && question.Option(answer.Choices[0]) is not null && answer.Number is null
                ? null
                : new("Survey.UnknownOption", answer.Choices[0]);
        }

        return InRange(question, answer.Number!.Value) ? null : new("Survey.OutOfRange", question.Min ?? 0, question.Max ?? int.MaxValue);
    }

    private static bool InRange(Question question, int value) =>
        (question.Min is null || value >= question.Min) && (question.Max is null || value <= question.Max);
}
