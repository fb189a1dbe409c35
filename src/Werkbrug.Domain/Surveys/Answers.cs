namespace Werkbrug.Domain.Surveys;

/// <summary>
/// The answer to one question. Choice questions: <see cref="Choices"/> (option keys); a scale: <see cref="Number"/>, or its
/// "don't know" option in <see cref="Choices"/>; a number: <see cref="Number"/>, or per row in <see cref="Rows"/>; a grid: the
/// column per row in <see cref="Rows"/>; open text: <see cref="Text"/>, which for a choice question is the detail of its
/// "Anders, namelijk …" option.
/// </summary>
public sealed record Answer
{
    public IReadOnlyList<string> Choices { get; init; } = [];

    public IReadOnlyDictionary<string, string> Rows { get; init; } = new Dictionary<string, string>();

    public int? Number { get; init; }

    public string? Text { get; init; }

    public bool IsEmpty => Choices.Count == 0 && Rows.Count == 0 && Number is null && string.IsNullOrWhiteSpace(Text);

    public static Answer Choose(params string[] choices) => new() { Choices = choices };

    public static Answer Of(int number) => new() { Number = number };

    public static Answer Open(string text) => new() { Text = text };

    public static Answer Grid(params (string Row, string Column)[] cells) => new() { Rows = cells.ToDictionary(c => c.Row, c => c.Column, StringComparer.Ordinal) };
}
