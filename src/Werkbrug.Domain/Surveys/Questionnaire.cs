namespace Werkbrug.Domain.Surveys;

/// <summary>A text in Dutch (what respondents read) with its English translation (for partners and the documentation).</summary>
public sealed record LocalText(string Nl, string En)
{
    public string For(bool english) => english && En.Length > 0 ? En : Nl;
}

/// <summary>The kinds of question a questionnaire can hold.</summary>
public enum QuestionType
{
    /// <summary>One option ("! Ja ! Nee ! Weet niet").</summary>
    SingleChoice = 1,

    /// <summary>Any number of options ("meerdere antwoorden mogelijk"); an exclusive option ("Geen enkele") stands alone.</summary>
    MultipleChoice = 2,

    /// <summary>Up to <see cref="Question.MaxChoices"/> options ("hoogstens drie antwoorden").</summary>
    TopChoices = 3,

    /// <summary>One column (a point of a scale) per row (statements, parties, subjects).</summary>
    Grid = 4,

    /// <summary>A whole number between <see cref="Question.Min"/> and <see cref="Question.Max"/>; with rows, one per row.</summary>
    Number = 5,

    /// <summary>A mark from <see cref="Question.Min"/> to <see cref="Question.Max"/> (a report mark 1–10), or its "don't know" option.</summary>
    Scale = 6,

    /// <summary>Free text.</summary>
    OpenText = 7,
}

/// <summary>
/// An answer option, or a row of a grid. <paramref name="Key"/> is stable across versions (routing and results refer to
/// it); <paramref name="Exclusive"/> options ("Geen enkele", "Weet niet") cannot be combined with others;
/// <paramref name="Detail"/> options ("Anders, namelijk …") take a short text. A row may have its own
/// <paramref name="Condition"/> ("[Sla over ALS vraag 5 = 1]"): a row not shown must stay empty.
/// </summary>
public sealed record QuestionOption(string Key, LocalText Text, bool Exclusive = false, bool Detail = false, string? Condition = null);

/// <summary>
/// One question. <see cref="Key"/> is its stable key (the report's own where it has one: B1, A1, C2, E6 …; where the report
/// uses a number twice, the second gets a suffix and <see cref="Label"/> keeps the printed number). <see cref="Condition"/>
/// is the routing ("Voorwaarde: …") in <see cref="Routing"/>'s notation; empty: every respondent.
/// </summary>
public sealed record Question
{
    public required string Key { get; init; }

    /// <summary>The number as printed in the source questionnaire (defaults to the key).</summary>
    public string? Label { get; init; }

    public required QuestionType Type { get; init; }

    public required LocalText Text { get; init; }

    /// <summary>An explanation under the question ("NB: …").</summary>
    public LocalText? Help { get; init; }

    /// <summary>The section heading the question opens, if any (shown above it).</summary>
    public LocalText? Section { get; init; }

    public string? Condition { get; init; }

    public bool Required { get; init; }

    /// <summary>Choice questions: the options; grids: the columns (the scale points).</summary>
    public IReadOnlyList<QuestionOption> Options { get; init; } = [];

    /// <summary>Grids and numbers per row: the rows.</summary>
    public IReadOnlyList<QuestionOption> Rows { get; init; } = [];

    /// <summary>Top choices: how many at most.</summary>
    public int? MaxChoices { get; init; }

    /// <summary>Number and scale: the bounds (inclusive).</summary>
    public int? Min { get; init; }

    public int? Max { get; init; }

    public string DisplayLabel => Label ?? Key;

    public bool IsChoice => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.TopChoices;

    public QuestionOption? Option(string key) => Options.FirstOrDefault(o => o.Key == key);

    public QuestionOption? Row(string key) => Rows.FirstOrDefault(o => o.Key == key);
}

/// <summary>Who a questionnaire is for.</summary>
public enum SurveyAudience
{
    Employers = 1,
    JobSeekers = 2,
    Regions = 3,
}

/// <summary>
/// One version of a questionnaire: what respondents of that version saw. A change to a questionnaire makes a new
/// version; every response keeps the version it answered (<see cref="Versions"/>).
/// </summary>
public sealed record Questionnaire
{
    public required LocalText Title { get; init; }

    public LocalText? Intro { get; init; }

    public LocalText? Closing { get; init; }

    public required SurveyAudience Audience { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }

    /// <summary>The question whose mark is the satisfaction score (a 1–10 scale), if the questionnaire has one.</summary>
    public string? ScoreQuestion { get; init; }

    public Question? Find(string key) => Questions.FirstOrDefault(q => q.Key == key);
}

/// <summary>Limits shared by the engine, the database and the forms.</summary>
public static class SurveyLimits
{
    public const int Key = 20;
    public const int Title = 200;
    public const int OpenText = 2000;
    public const int Detail = 200;
    public const int Questions = 200;
}
