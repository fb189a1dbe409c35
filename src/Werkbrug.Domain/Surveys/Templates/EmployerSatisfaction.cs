using static Werkbrug.Domain.Surveys.Templates.TemplateParts;

namespace Werkbrug.Domain.Surveys.Templates;

/// <summary>
/// The yearly employer-satisfaction survey (Besluit SUWI since 2021, report 2.6.5): a report mark for the service as a
/// whole (the Programmaraad's survey gave 7.4) and the aspects the report's employers name (6.2.2): reachability and
/// approachability, a fixed contact person, the quality and the number of candidates, one counter for municipalities and
/// UWV, explanation of the instruments and support after a placement.
/// </summary>
public static class EmployerSatisfaction
{
    public const string Key = "werkgeverstevredenheid";

    public static Questionnaire Create() => new()
    {
        Title = new("Werkgeverstevredenheid", "Employer satisfaction"),
        Audience = SurveyAudience.Employers,
        ScoreQuestion = "T1",
        Intro = new(
            "Wij willen graag weten hoe u de dienstverlening van het Werkgeversservicepunt het afgelopen jaar hebt ervaren. Het invullen kost ongeveer drie minuten. Uw antwoorden zijn anoniem voor uw adviseur, tenzij u aan het eind anders aangeeft.",
            "We would like to know how you experienced the service of the employer service point over the past year. It takes about three minutes. Your answers are anonymous towards your adviser unless you say otherwise at the end."),
        Closing = new("Hartelijk dank voor uw antwoorden.", "Thank you for your answers."),
        Questions =
        [
            ReportMark("T1", "Welk rapportcijfer geeft u de dienstverlening van het Werkgeversservicepunt als geheel?", "Which report mark (1–10) do you give the service of the employer service point as a whole?"),
            Open("T2", "T1 <= 5", "Wat is voor u de belangrijkste reden voor dit cijfer?", "What is the main reason for this mark?"),
            Grid(
                "T3",
                null,
                "Hoe tevreden bent u over de volgende onderdelen van de dienstverlening?",
                "How satisfied are you with the following parts of the service?",
                [
                    O("bereikbaarheid", "De bereikbaarheid en toegankelijkheid van het Werkgeversservicepunt", "How easy the service point is to reach and approach"),
                    O("aanspreekpunt", "Een vast aanspreekpunt dat u helpt", "A fixed contact person who helps you"),
                    O("reactie", "De snelheid waarmee op uw vraag of vacature wordt gereageerd", "How quickly your question or vacancy is answered"),
                    O("kwaliteit", "De kwaliteit van de voorgedragen kandidaten (vaardigheden, taal)", "The quality of the candidates put forward (skills, language)"),
                    O("aantal", "Het aantal voorgedragen kandidaten", "The number of candidates put forward"),
                    O("eenloket", "Gemeenten en UWV werken voor u als één loket", "Municipalities and UWV work as one counter for you"),
                    O("regelingen", "De uitleg over regelingen en voorzieningen", "The explanation of schemes and provisions"),
                    O("begeleiding", "De begeleiding na plaatsing (nazorg, jobcoach)", "Support after a placement (aftercare, job coach)"),
                ],
                Satisfaction),
            Single("T4", null, "Zou u het Werkgeversservicepunt aanbevelen bij andere werkgevers?", "Would you recommend the employer service point to other employers?", Yes, No, DontKnow),
            Open("T5", null, "Wat vond u goed aan de dienstverlening?", "What did you like about the service?"),
            Open("T6", null, "Wat zou volgens u verbeterd kunnen worden?", "What could be improved, in your view?"),
        ],
    };
}
