using Werkbrug.Domain.Surveys;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>One question as the response page shows it (partial _Question): the question, the answer so far and the grid rows that apply.</summary>
public sealed record QuestionField(Question Question, Answer? Answer, IReadOnlyList<QuestionOption> Rows)
{
    public string Id => SurveyForm.Name(Question);

    public bool Chosen(string key) => Answer?.Choices.Contains(key, StringComparer.Ordinal) == true;

    public string? Cell(QuestionOption row) => Answer?.Rows.GetValueOrDefault(row.Key);

    public string? NumberText => Answer?.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<int> Marks => Enumerable.Range(Question.Min ?? 1, (Question.Max ?? 10) - (Question.Min ?? 1) + 1);
}
