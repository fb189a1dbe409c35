namespace Werkbrug.Domain.Surveys.Templates;

/// <summary>A questionnaire Werkbrug ships: its stable key and its first version.</summary>
public sealed record SurveyTemplate(string Key, Questionnaire Questionnaire);

/// <summary>The shipped questionnaires: a region starts a survey from one of these and may change it (a new version).</summary>
public static class SurveyTemplates
{
    public static IReadOnlyList<SurveyTemplate> All { get; } =
    [
        new(EmployerSatisfaction.Key, EmployerSatisfaction.Create()),
        new(EmployerMonitor.Key, EmployerMonitor.Create()),
        new(RegionsQuestionnaire.Key, RegionsQuestionnaire.Create()),
        new(JobSeekerSatisfaction.Key, JobSeekerSatisfaction.Create()),
    ];

    public static SurveyTemplate? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
