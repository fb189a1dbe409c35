using Werkbrug.Domain.Surveys;
using Werkbrug.Domain.Surveys.Templates;

namespace Werkbrug.Domain.Tests.Surveys;

public sealed class TemplateTests
{
    /// <summary>Answers as "KEY:choice,choice" separated by spaces.</summary>
    private static Dictionary<string, Answer> Answers(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => part.Split(':', 2))
        .ToDictionary(p => p[0], p => Answer.Choose(p[1].Split(',')));

    /// <summary>The routed questions (those with a condition) shown for <paramref name="answers"/>, in order.</summary>
    private static string Routed(Questionnaire questionnaire, string answers) =>
        string.Join(' ', Routing.Shown(questionnaire, Answers(answers)).Where(q => q.Condition is not null).Select(q => q.Key));

    [Fact]
    public void every_shipped_template_has_unique_keys_and_conditions_that_work()
    {
        Assert.All(SurveyTemplates.All, t => Assert.Empty(Routing.Check(t.Questionnaire)));
        Assert.All(SurveyTemplates.All, t => Assert.All(t.Questionnaire.Questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Text.En), $"{t.Key} {q.Key} has no English")));
        Assert.Equal(["werkgeverstevredenheid", "werkgeversenquete-2022", "vragenlijst-regios-2021", "werkzoekendentevredenheid"], SurveyTemplates.All.Select(t => t.Key));
    }

    [Fact]
    public void the_employer_questionnaire_keeps_the_printed_numbers_as_labels()
    {
        var form = EmployerMonitor.Create();

        Assert.Equal(49, form.Questions.Count);
        // The appendix prints C17, C2, C3 and E6 twice: the second of each keeps its printed number.
        Assert.Equal(["C2", "C3", "C17", "C17", "C2", "C3", "E6", "E6"], form.Questions.Where(q => q.DisplayLabel is "C2" or "C3" or "C17" or "E6").Select(q => q.DisplayLabel));
        Assert.Equal(["C2", "C3", "C17", "C17lwb", "C2lwb", "C3lwb", "E6", "E6t"], form.Questions.Where(q => q.DisplayLabel is "C2" or "C3" or "C17" or "E6").Select(q => q.Key));
        Assert.Equal(3, form.Find("E4")!.MaxChoices);
    }

    /// <summary>Appendix 2's routing: every condition in it is met by at least one row and missed by another (checked below).</summary>
    public static TheoryData<string, string> Appendix2Routes { get; } = new()
    {
        // Knows nobody, looks for nobody: A2 and A3 (A1 ≠ the service points); no B2 (B1 = nee); F2 not for an HR adviser.
        { "B1:nee B3:nee B31:nee A1:geen D1:nee E1:nee F1:hrm", "A2 A3" },
        // Looks for staff and contacted nobody (B2); questions on both groups (B4, B41); knows Werk.nl, never used it (D2, D3);
        // employs people with a limitation (E2, E3, E5), has met the new method (E6), but "weet niet" has nothing to explain.
        { "B1:ja B3:ja B31:ja A1:geen D1:ja D2:nee E1:ja E5:ja E6:weetniet F1:eigenaar", "A2 A3 B2 B4 B41 D2 D3 E2 E3 E5 E6 F2" },
        // Contact with all five: each block of C; both national service points (C5–C10); UWV about illness only: no C13, C14.
        {
            "B1:ja A1:rwsp,lwsp,uwv,gemeente,lwb C4:uwv,gemeenten C11:ziekte D1:ja D2:zoeken E1:ja E5:ja E6:vooruitgang",
            "C1 C2 C3 C4 C5 C6 C7 C8 C9 C10 C11 C12 C15 C15wsp C16 C17 C17lwb C2lwb C3lwb D2 E2 E3 E5 E6 E6t"
        },
        { "A1:uwv C11:kandidaat", "A2 A3 C11 C12 C13 C14" },          // C13/C14: a candidate …
        { "A1:uwv C11:regeling,ontslag", "A2 A3 C11 C12 C13 C14" },   // … or a scheme
        { "A1:lwsp C4:weetniet", "A2 C4" },                           // neither national point named: no C5–C10
        { "A1:lwsp C4:uwv", "A2 C4 C5 C6 C7" },
        { "A1:lwsp C4:gemeenten", "A2 C4 C8 C9 C10" },
        { "B1:ja A1:uwv", "A2 A3 C11 C12" },                          // B2 only when A1 = geen enkele
        { "B1:weetniet A1:geen", "A2 A3" },                           // … and B1 = ja
        { "B3:weetniet B31:nee", "" },                                // B4 only when B3 = ja, B41 only when B31 = ja
        { "D1:ja D2:weetniet", "D2" },                                // D3 only when D2 = nee
        { "E1:ja E5:nee E6:vooruitgang", "E2 E3 E5" },                // E6 only when E5 = ja
        { "E1:weetniet E5:ja", "" },                                  // E2, E3, E5 only when E1 = ja
        { "E1:nee E5:ja E6:vooruitgang", "" },                        // E5 not shown, so neither is what depends on it
        { "F1:administratief", "F2" },
    };

    [Theory]
    [MemberData(nameof(Appendix2Routes))]
    public void appendix_2_shows_exactly_the_questions_its_conditions_allow(string answers, string shown)
    {
        // Without an A1 answer neither A2 nor A3 shows: "≠" needs an answer.
        Assert.Equal(shown, Routed(EmployerMonitor.Create(), answers));
    }

    /// <summary>
    /// The rows above cover every condition of appendix 2 both ways: each routed question is shown by some row and hidden
    /// by another in which every question its condition reads was itself shown and answered (so the condition, not an
    /// earlier skip, hid it).
    /// </summary>
    [Fact]
    public void the_appendix_2_rows_meet_and_miss_every_condition()
    {
        var form = EmployerMonitor.Create();
        var rows = Appendix2Routes.Select(r => (r.Data.Item1, r.Data.Item2.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        var unmet = new List<string>();
        foreach (var question in form.Questions.Where(q => q.Condition is not null))
        {
            var reads = Routing.Parse(question.Condition)!.Comparisons().Select(c => c.Key).Distinct().ToList();
            var met = rows.Any(r => r.Item2.Contains(question.Key));
            var missed = rows.Any(r =>
            {
                var answers = Answers(r.Item1);
                var shownKeys = Routing.Shown(form, answers).Select(q => q.Key).ToHashSet();
                return !r.Item2.Contains(question.Key) && reads.All(k => answers.ContainsKey(k) && shownKeys.Contains(k));
            });
            if (!met || !missed)
            {
                unmet.Add($"{question.Key} ({question.Condition}): {(met ? "" : "never shown ")}{(missed ? "" : "never hidden by its condition")}");
            }
        }

        Assert.True(unmet.Count == 0, string.Join('\n', unmet));
    }

    [Fact]
    public void a_full_response_along_one_route_of_appendix_2_passes_its_check()
    {
        var form = EmployerMonitor.Create();
        var answers = new Dictionary<string, Answer>
        {
            ["B1"] = Answer.Choose("ja"),
            ["A1"] = Answer.Choose("rwsp", "uwv"),
            ["A3"] = Answer.Choose("nee"),
            ["C1"] = new() { Choices = ["kandidaat", "anders"], Text = "Een banenmarkt" },
            ["C2"] = Answer.Open("Snel contact"),
            ["C11"] = Answer.Choose("kandidaat"),
            ["C12"] = Answer.Choose("ja"),
            ["C13"] = Answer.Open("Goede kandidaten"),
            ["E1"] = Answer.Choose("ja"),
            ["E2"] = Answer.Grid(("loondienst", "2"), ("uitzend", "1")),
            ["E3"] = Answer.Choose("weetniet"),
            ["E31"] = Answer.Grid(("ww", "ja"), ("ouderen", "nietmeer")),
            ["E4"] = Answer.Choose("maatschappelijk", "diversiteit", "voldoening"),
            ["F3"] = Answer.Grid(("loondienst", "40")),
        };

        Assert.Empty(ResponseCheck.Check(form, answers));
        // A2 was not shown (A1 named the regional service point): an answer to it is refused.
        Assert.Equal("A2 Survey.NotShown", string.Join(", ", ResponseCheck.Check(form, new Dictionary<string, Answer>(answers) { ["A2"] = Answer.Choose("ja") }).Select(e => $"{e.Field} {e.Code}")));
        // B1 and A1 must be answered.
        Assert.Equal(["A1", "B1"], ResponseCheck.Check(form, new Dictionary<string, Answer>()).Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("V1:nee", "V74")]                                                         // no joint service point: straight to N
    [InlineData("V1:ja V4:nee V11:niet V13:nee V19:nee V21:nee V40:nee V42:nee V47:alle V48:ja V50:nee V54:ja V65:nee V71:nee", "V2 V3 V4 V6 V7 V8 V9 V10 V11 V13 V19 V21 V23 V24 V25 V26 V27 V28 V29 V30 V31 V32 V33 V34 V35 V36 V37 V38 V39 V40 V42 V44 V45 V46 V47 V48 V50 V53 V54 V56 V57 V58 V59 V60 V61 V62 V63 V64 V65 V67 V68 V69 V70 V71 V73")]
    [InlineData("V1:ja V4:deels V11:ja V13:een V14:niet", "V5 V12 V14 V17 V18 V29 V30")]           // 14 = niet: past 16a to 17
    [InlineData("V1:ja V11:gereed V13:subregio V15:verschilt", "V12 V15 V16b V17 V18 V29 V30")]
    [InlineData("V1:ja V19:bezig V21:ja V40:alle-deel V42:ja V47:deel V48:nee", "V20 V22 V29 V30 V41 V43 V48 V49")]
    [InlineData("V1:ja V50:vragen V51:deels V54:eigen V65:incidenteel V71:ja", "V29 V30 V51 V52 V55 V66 V72")]
    public void appendix_1_follows_its_printed_jumps(string answers, string shown)
    {
        var form = RegionsQuestionnaire.Create();
        var always = shown.Contains("V2 ", StringComparison.Ordinal);
        var routed = Routing.Shown(form, Answers(answers)).Where(q => q.Condition is not null && (always || q.Condition != "V1 = ja")).Select(q => q.Key);

        Assert.Equal(shown, string.Join(' ', routed));
    }

    [Fact]
    public void appendix_1_grid_rows_for_parties_inside_the_service_point_are_skipped()
    {
        var form = RegionsQuestionnaire.Create();
        var answers = new Dictionary<string, Answer>
        {
            ["V1"] = Answer.Choose("ja"),
            ["V4"] = Answer.Choose("ja"),
            ["V5"] = Answer.Choose("lob"),
            ["V27"] = Answer.Grid(("lob", "3"), ("sbb", "2")),
        };

        string V27() => string.Join(", ", ResponseCheck.Check(form, answers).Where(e => e.Field == "V27").Select(e => e.Code));

        Assert.Equal("Survey.RowNotShown", V27());
        answers["V27"] = Answer.Grid(("leerwerkloket", "3"), ("sbb", "2"));
        Assert.Equal("", V27());
    }
}
