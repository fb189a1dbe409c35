using Werkbrug.Domain.Surveys;

namespace Werkbrug.Domain.Tests.Surveys;

public sealed class RoutingTests
{
    /// <summary>Answers as "KEY:choice,choice" / "KEY:7" (a number) / "KEY:row=col;row=col" (a grid), separated by spaces.</summary>
    private static Dictionary<string, Answer> Answers(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => part.Split(':', 2))
        .ToDictionary(
            p => p[0],
            p => p[1].Contains('=', StringComparison.Ordinal)
                ? Answer.Grid([.. p[1].Split(';').Select(c => c.Split('=')).Select(c => (c[0], c[1]))])
                : int.TryParse(p[1], out var n) ? Answer.Of(n) : Answer.Choose(p[1].Split(',')));

    [Theory]
    [InlineData("", "B1:ja", true)]                                   // no condition: everyone
    [InlineData("B1 = ja", "B1:ja", true)]
    [InlineData("B1 = ja", "B1:nee", false)]
    [InlineData("B1 = ja", "", false)]                                // not answered (or not shown) is not "ja"
    [InlineData("A1 = uwv", "A1:gemeente,uwv", true)]                 // one of several choices
    [InlineData("A1 != rwsp", "A1:uwv", true)]                        // "≠": answered, and not this option
    [InlineData("A1 != rwsp", "A1:uwv,rwsp", false)]
    [InlineData("A1 ≠ rwsp", "", false)]                              // not answered is never ≠ either
    [InlineData("B1 = ja & A1 = geen", "B1:ja A1:geen", true)]
    [InlineData("B1 = ja & A1 = geen", "B1:ja A1:uwv", false)]
    [InlineData("C11 = regeling | C11 = kandidaat", "C11:kandidaat", true)]
    [InlineData("C11 = regeling | C11 = kandidaat", "C11:ontslag", false)]
    [InlineData("!(Q1 = 1) & Q2 = ja", "Q1:2 Q2:ja", true)]           // numbers compare as their text with =
    [InlineData("!Q1 = 1", "Q1:1", false)]
    [InlineData("S1 <= 5", "S1:5", true)]
    [InlineData("S1 <= 5", "S1:6", false)]
    [InlineData("S1 >= 9", "S1:9", true)]
    [InlineData("S1 < 9", "S1:9", false)]
    [InlineData("S1 > 8", "S1:9", true)]
    [InlineData("S1 <= 5", "S1:weetniet", false)]                     // "don't know" is no number
    [InlineData("Q27.sbb = 1", "Q27:sbb=1;uwv=3", true)]
    [InlineData("Q27.sbb = 1", "Q27:uwv=1", false)]                   // that row not answered
    [InlineData("Q27.* = 1", "Q27:sbb=1;uwv=1", true)]                // every answered row
    [InlineData("!(Q27.* = 1 & Q28 = nee)", "Q27:sbb=1;uwv=2 Q28:nee", true)]
    [InlineData("!(Q27.* = 1 & Q28 = nee)", "Q27:sbb=1;uwv=1 Q28:nee", false)]
    public void a_condition_holds_on_exactly_the_answers_it_names(string condition, string answers, bool holds)
    {
        var parsed = Routing.Parse(condition);

        Assert.Equal(holds, parsed?.Holds(Answers(answers)) ?? true);
    }

    [Theory]
    [InlineData("B1 =", "expected a value at 5")]
    [InlineData("B1 ja", "expected =, !=, <=, >=, < or > at 4")]
    [InlineData("(B1 = ja", "missing ‘)’ at 9")]
    [InlineData("B1 = ja extra", "unexpected ‘e’ at 9")]
    [InlineData("S1 <= vijf", "‘vijf’ is not a whole number")]
    [InlineData("& B1 = ja", "expected a question key at 1")]
    public void a_condition_that_does_not_parse_says_where(string condition, string error)
    {
        Assert.False(Routing.TryParse(condition, out _, out var found));
        Assert.Equal(error, found);
    }

    private static Question Choice(string key, string? condition = null, params string[] options) => new()
    {
        Key = key,
        Type = QuestionType.SingleChoice,
        Text = new("?", "?"),
        Condition = condition,
        Options = [.. options.Select(o => new QuestionOption(o, new(o, o)))],
    };

    private static Questionnaire Of(params Question[] questions) => new() { Title = new("T", "T"), Audience = SurveyAudience.Employers, Questions = questions };

    [Fact]
    public void a_question_hidden_by_routing_hides_the_questions_that_depend_on_it()
    {
        var form = Of(Choice("Q1", null, "ja", "nee"), Choice("Q2", "Q1 = ja", "ja", "nee"), Choice("Q3", "Q2 = ja", "ja", "nee"));

        // Q2's stale "ja" does not count once Q1 = nee hides Q2: Q3 stays hidden.
        var shown = Routing.Shown(form, new Dictionary<string, Answer> { ["Q1"] = Answer.Choose("nee"), ["Q2"] = Answer.Choose("ja") });

        Assert.Equal(["Q1"], shown.Select(q => q.Key));
    }

    [Fact]
    public void checking_a_questionnaire_names_every_condition_that_cannot_work()
    {
        var scale = new Question { Key = "S", Type = QuestionType.Scale, Text = new("?", "?"), Min = 1, Max = 10 };
        var form = Of(
            Choice("Q1", "Q2 = ja", "ja", "nee"),   // Q2 comes later
            Choice("Q2", "Q1 = misschien", "ja"),   // no such option
            scale,
            Choice("Q3", "S >= 11", "ja"),          // outside the scale
            Choice("Q4", "Q1 <= 3", "ja"),          // Q1 is no number
            Choice("Q5", "Q1.rij = ja", "ja"),      // Q1 has no rows
            Choice("Q6", "Q1 = (", "ja"),           // does not parse
            Choice("Q1", null, "ja"));              // a key twice

        Assert.Equal(
            [
                ("Q1", "reads Q2, which is not an earlier question"),
                ("Q2", "Q1 has no option misschien"),
                ("Q3", "11 is not a value of S"),
                ("Q4", "Q1 is not a number or scale"),
                ("Q5", "reads a row of Q1, which has no rows"),
                ("Q6", "expected a value at 6"),
                ("Q1", "the key is used twice"),
            ],
            Routing.Check(form).Select(p => (p.Key, p.Text)));
    }
}
