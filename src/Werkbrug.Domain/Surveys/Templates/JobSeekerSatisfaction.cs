using static Werkbrug.Domain.Surveys.Templates.TemplateParts;

namespace Werkbrug.Domain.Surveys.Templates;

/// <summary>
/// A short satisfaction survey for job seekers, handed over as a link by their case manager (no address is kept): a
/// report mark and the steps of the work with them that the report ties to employer service (werkfit, matching,
/// preparing for the employer, support after starting).
/// </summary>
public static class JobSeekerSatisfaction
{
    public const string Key = "werkzoekendentevredenheid";

    public static Questionnaire Create() => new()
    {
        Title = new("Tevredenheid werkzoekenden", "Job-seeker satisfaction"),
        Audience = SurveyAudience.JobSeekers,
        ScoreQuestion = "W1",
        Intro = new(
            "Uw klantmanager heeft u deze link gegeven. Wij willen graag weten hoe u de begeleiding naar werk hebt ervaren. Het invullen kost ongeveer twee minuten. Uw antwoorden zijn anoniem voor uw klantmanager, tenzij u aan het eind anders aangeeft.",
            "Your case manager gave you this link. We would like to know how you experienced the support towards work. It takes about two minutes. Your answers are anonymous towards your case manager unless you say otherwise at the end."),
        Closing = new("Hartelijk dank voor uw antwoorden.", "Thank you for your answers."),
        Questions =
        [
            ReportMark("W1", "Welk rapportcijfer geeft u de begeleiding naar werk?", "Which report mark (1–10) do you give the support towards work?"),
            Grid(
                "W2",
                null,
                "Hoe tevreden bent u over de volgende onderdelen?",
                "How satisfied are you with the following?",
                [
                    O("contact", "Het contact met uw klantmanager", "The contact with your case manager"),
                    O("vacatures", "De vacatures die bij u passen", "The vacancies that suit you"),
                    O("voorbereiding", "De voorbereiding op een gesprek met een werkgever", "Preparing for a talk with an employer"),
                    O("nazorg", "De steun nadat u aan het werk ging", "The support after you started work"),
                ],
                Satisfaction),
            Open("W3", null, "Wat kan er volgens u beter?", "What could be better, in your view?"),
        ],
    };
}
