namespace Werkbrug.Domain.Surveys;

/// <summary>
/// Splits a questionnaire into the pages a respondent sees, routing applied: a page takes the next questions that are
/// shown after the answers given so far, and ends before a question (or grid row) whose condition reads an answer on the
/// same page, before a new section, or after <see cref="MaxPerPage"/> questions. So a question hidden by routing is never
/// shown, and the respondent never sees a question that later turns out not to apply.
/// </summary>
public static class QuestionPages
{
    public const int MaxPerPage = 6;

    /// <summary>The page starting at position <paramref name="from"/>, and the position after it (the questionnaire's length at the end).</summary>
    public static (IReadOnlyList<Question> Page, int Next) From(Questionnaire questionnaire, int from, IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        var position = questionnaire.Questions.Select((q, i) => (q.Key, i)).DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var before = Routing.Shown(questionnaire, answers).Where(q => position[q.Key] < from).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        var visible = answers.Where(a => before.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var page = new List<Question>();
        var onPage = new HashSet<string>(StringComparer.Ordinal);
        var at = Math.Max(0, from);
        for (; at < questionnaire.Questions.Count; at++)
        {
            var question = questionnaire.Questions[at];
            var reads = question.Rows.Select(r => r.Condition).Prepend(question.Condition)
                .SelectMany(c => Routing.Parse(c)?.Comparisons() ?? []).Select(c => c.Key);
            if (page.Count > 0 && (page.Count >= MaxPerPage || question.Section is not null || reads.Any(onPage.Contains)))
            {
                break;
            }

            if (Routing.Parse(question.Condition)?.Holds(visible) ?? true)
            {
                page.Add(question);
                onPage.Add(question.Key);
            }
        }

        return (page, at);
    }

    /// <summary>The rows of a grid shown after <paramref name="answers"/>.</summary>
    public static IReadOnlyList<QuestionOption> ShownRows(Question question, IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(question);
        return [.. question.Rows.Where(r => Routing.Parse(r.Condition)?.Holds(answers) ?? true)];
    }

    /// <summary>Only the answers of questions shown: what a respondent answered before changing an earlier answer is dropped.</summary>
    public static Dictionary<string, Answer> Kept(Questionnaire questionnaire, IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        var shown = Routing.Shown(questionnaire, answers);
        var kept = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var question in shown)
        {
            if (answers.TryGetValue(question.Key, out var answer) && !answer.IsEmpty)
            {
                var rows = ShownRows(question, kept).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
                kept[question.Key] = question.Rows.Count == 0 ? answer : answer with { Rows = answer.Rows.Where(r => rows.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal) };
            }
        }

        return kept;
    }
}
