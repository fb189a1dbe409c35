using Werkbrug.Domain.Surveys;

namespace Werkbrug.Domain.Tests.Surveys;

public sealed class ResponseCheckTests
{
    private static QuestionOption O(string key, bool exclusive = false, bool detail = false) => new(key, new(key, key), exclusive, detail);

    private static readonly Questionnaire Form = new()
    {
        Title = new("Test", "Test"),
        Audience = SurveyAudience.Employers,
        Questions =
        [
            new() { Key = "single", Type = QuestionType.SingleChoice, Text = new("?", "?"), Required = true, Options = [O("ja"), O("nee")] },
            new() { Key = "multi", Type = QuestionType.MultipleChoice, Text = new("?", "?"), Options = [O("a"), O("b"), O("anders", detail: true), O("geen", exclusive: true)] },
            new() { Key = "top", Type = QuestionType.TopChoices, Text = new("?", "?"), MaxChoices = 3, Options = [O("a"), O("b"), O("c"), O("d")] },
            new() { Key = "grid", Type = QuestionType.Grid, Text = new("?", "?"), Rows = [O("r1"), O("r2")], Options = [O("1"), O("2"), O("3")] },
            new() { Key = "number", Type = QuestionType.Number, Text = new("?", "?"), Min = 0, Max = 100000 },
            new() { Key = "perrow", Type = QuestionType.Number, Text = new("?", "?"), Min = 0, Max = 1000, Rows = [O("loondienst"), O("uitzend")] },
            new() { Key = "mark", Type = QuestionType.Scale, Text = new("?", "?"), Min = 1, Max = 10, Options = [O("weetniet")] },
            new() { Key = "why", Type = QuestionType.OpenText, Text = new("?", "?"), Condition = "mark <= 5" },
        ],
    };

    private static Dictionary<string, Answer> With(params (string Key, Answer Answer)[] answers) =>
        answers.Prepend((Key: "single", Answer: Answer.Choose("ja"))).GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last().Answer);

    public static TheoryData<string, Answer, string> Cases => new()
    {
        { "multi", Answer.Choose("a", "b"), "" },
        { "multi", Answer.Choose("a", "geen"), "multi Survey.ExclusiveOption" },          // "geen" stands alone
        { "multi", Answer.Choose("a", "a"), "multi Survey.ChosenTwice" },
        { "multi", Answer.Choose("x"), "multi Survey.UnknownOption" },
        { "multi", new Answer { Choices = ["anders"], Text = "Via de sportclub" }, "" },
        { "multi", new Answer { Choices = ["a"], Text = "Via de sportclub" }, "multi Survey.DetailWithoutOption" },
        { "multi", new Answer { Choices = ["anders"], Text = new string('x', 201) }, "multi Survey.TooLong" },
        { "multi", Answer.Of(3), "multi Survey.WrongShape" },
        { "top", Answer.Choose("a", "b", "c"), "" },
        { "top", Answer.Choose("a", "b", "c", "d"), "top Survey.TooManyChoices" },       // hoogstens 3
        { "single", Answer.Choose("ja", "nee"), "single Survey.OneChoice" },
        { "single", new Answer(), "single Survey.Required" },
        { "grid", Answer.Grid(("r1", "1"), ("r2", "3")), "" },
        { "grid", Answer.Grid(("r3", "1")), "grid Survey.UnknownRow" },
        { "grid", Answer.Grid(("r1", "4")), "grid Survey.UnknownOption" },
        { "number", Answer.Of(12), "" },
        { "number", Answer.Of(-1), "number Survey.OutOfRange" },
        { "perrow", Answer.Grid(("loondienst", "3"), ("uitzend", "0")), "" },
        { "perrow", Answer.Grid(("loondienst", "drie")), "perrow Survey.OutOfRange" },
        { "mark", Answer.Of(10), "" },
        { "mark", Answer.Of(11), "mark Survey.OutOfRange" },
        { "mark", Answer.Choose("weetniet"), "" },
        { "mark", new Answer { Choices = ["weetniet"], Number = 7 }, "mark Survey.UnknownOption" },
        { "why", Answer.Open("Te traag"), "why Survey.NotShown" },                         // shown only after a mark of 5 or less
        { "nosuch", Answer.Open("?"), "nosuch Survey.UnknownQuestion" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void each_answer_must_fit_its_question_and_its_routing(string key, Answer answer, string expected)
    {
        var errors = ResponseCheck.Check(Form, With((key, answer)));

        Assert.Equal(expected, string.Join(", ", errors.Select(e => $"{e.Field} {e.Code}")));
    }

    [Fact]
    public void a_routed_question_may_be_answered_once_it_is_shown()
    {
        Assert.Empty(ResponseCheck.Check(Form, With(("mark", Answer.Of(4)), ("why", Answer.Open("Te traag")))));
        Assert.Equal("why Survey.NotShown", string.Join(", ", ResponseCheck.Check(Form, With(("mark", Answer.Of(8)), ("why", Answer.Open("Prima")))).Select(e => $"{e.Field} {e.Code}")));
    }

    [Fact]
    public void a_version_round_trips_through_its_json_and_a_change_is_seen()
    {
        var json = Versions.ToJson(Form);
        var read = Versions.FromJson(json);

        Assert.False(Versions.Changed(Form, read));
        Assert.True(Versions.Changed(Form, read with { Questions = [.. read.Questions.Take(7)] }));
        Assert.Equal(json, Versions.ToJson(read));
    }
}
