namespace Werkbrug.Domain.Surveys.Templates;

/// <summary>Short builders for the shipped questionnaires, so each template reads like the printed questionnaire.</summary>
internal static class TemplateParts
{
    public static QuestionOption O(string key, string nl, string en) => new(key, new(nl, en));

    /// <summary>An option that stands alone ("Geen enkele", "Weet niet").</summary>
    public static QuestionOption Only(string key, string nl, string en) => new(key, new(nl, en), Exclusive: true);

    /// <summary>An "Anders, namelijk …" option that takes a short text.</summary>
    public static QuestionOption Other(string key, string nl, string en) => new(key, new(nl, en), Detail: true);

    public static QuestionOption Yes => O("ja", "Ja", "Yes");

    public static QuestionOption No => O("nee", "Nee", "No");

    public static QuestionOption DontKnow => Only("weetniet", "Weet niet", "Don't know");

    public static QuestionOption DontRemember => Only("weetniet", "Weet niet (meer)", "Don't know (any more)");

    public static Question Single(string key, string? condition, string nl, string en, params QuestionOption[] options) =>
        new() { Key = key, Type = QuestionType.SingleChoice, Condition = condition, Text = new(nl, en), Options = options };

    public static Question Multiple(string key, string? condition, string nl, string en, params QuestionOption[] options) =>
        new() { Key = key, Type = QuestionType.MultipleChoice, Condition = condition, Text = new(nl, en), Options = options };

    public static Question Open(string key, string? condition, string nl, string en) =>
        new() { Key = key, Type = QuestionType.OpenText, Condition = condition, Text = new(nl, en) };

    public static Question Grid(string key, string? condition, string nl, string en, QuestionOption[] rows, QuestionOption[] columns) =>
        new() { Key = key, Type = QuestionType.Grid, Condition = condition, Text = new(nl, en), Rows = rows, Options = columns };

    /// <summary>A report mark from 1 to 10 (the satisfaction score), with "weet niet".</summary>
    public static Question ReportMark(string key, string nl, string en) =>
        new() { Key = key, Type = QuestionType.Scale, Required = true, Min = 1, Max = 10, Text = new(nl, en), Options = [DontKnow] };

    /// <summary>The columns of a satisfaction grid: very dissatisfied (1) to very satisfied (5), and not applicable.</summary>
    public static QuestionOption[] Satisfaction =>
    [
        O("1", "Zeer ontevreden", "Very dissatisfied"),
        O("2", "Ontevreden", "Dissatisfied"),
        O("3", "Niet ontevreden, niet tevreden", "Neither"),
        O("4", "Tevreden", "Satisfied"),
        O("5", "Zeer tevreden", "Very satisfied"),
        O("nvt", "Niet van toepassing", "Not applicable"),
    ];

    /// <summary>1–5 with "weet niet" as 6, as the regions questionnaire numbers its grids.</summary>
    public static QuestionOption[] FivePoints(string nl1, string en1, string nl2, string en2, string nl3, string en3, string nl4, string en4, string nl5, string en5, string nl6, string en6) =>
        [O("1", nl1, en1), O("2", nl2, en2), O("3", nl3, en3), O("4", nl4, en4), O("5", nl5, en5), O("6", nl6, en6)];
}
