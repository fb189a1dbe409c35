using System.Globalization;

namespace Werkbrug.Domain.Surveys;

/// <summary>
/// Routing conditions ("Voorwaarde: antwoord op vraag A1 is ‘UWV’") as short expressions over earlier answers:
/// <code>
/// A1 = uwv              A1 was answered and ‘uwv’ is (one of) its choice(s); a scale or number: its value
/// A1 != rwsp            A1 was answered and ‘rwsp’ is not chosen (a question not shown or left empty is never ≠)
/// Q8 &lt;= 5, Q8 &gt;= 9      a scale or number compared (also &lt; and &gt;)
/// Q27.sbb = 1           a grid row's column;  Q27.* = 1: every answered row has column 1
/// B1 = ja &amp; A1 = geen    and;   C11 = regeling | C11 = kandidaat: or;   !(…): not;   parentheses group
/// </code>
/// A question that was not shown has no answer, so nothing that depends on it is shown either.
/// </summary>
public abstract record Condition
{
    public abstract bool Holds(IReadOnlyDictionary<string, Answer> answers);

    /// <summary>The question keys the condition reads.</summary>
    public abstract IEnumerable<Comparison> Comparisons();
}

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    AtMost,
    AtLeast,
    Below,
    Above,
}

public sealed record Comparison(string Key, string? Row, bool AllRows, ComparisonOperator Operator, string Value) : Condition
{
    public override IEnumerable<Comparison> Comparisons() => [this];

    public bool IsNumeric => Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);

    public override bool Holds(IReadOnlyDictionary<string, Answer> answers)
    {
        if (!answers.TryGetValue(Key, out var answer) || answer.IsEmpty)
        {
            return false;
        }

        if (AllRows || Row is not null)
        {
            var cells = AllRows ? answer.Rows.Values.ToList() : answer.Rows.TryGetValue(Row!, out var cell) ? [cell] : [];
            return cells.Count > 0 && cells.All(c => Compare(c, null));
        }

        return Compare(null, answer);
    }

    private bool Compare(string? cell, Answer? answer)
    {
        if (IsNumeric)
        {
            var number = cell is not null ? (int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null) : answer!.Number;
            var target = int.Parse(Value, CultureInfo.InvariantCulture);
            return number is { } v && Operator switch
            {
                ComparisonOperator.AtMost => v <= target,
                ComparisonOperator.AtLeast => v >= target,
                ComparisonOperator.Below => v < target,
                _ => v > target,
            };
        }

        var matches = cell is not null
            ? cell == Value
            : answer!.Choices.Contains(Value, StringComparer.Ordinal) || (answer.Number is { } given && given.ToString(CultureInfo.InvariantCulture) == Value);
        return Operator == ComparisonOperator.Equal ? matches : !matches;
    }
}

public sealed record AllOf(IReadOnlyList<Condition> Parts) : Condition
{
    public override bool Holds(IReadOnlyDictionary<string, Answer> answers) => Parts.All(p => p.Holds(answers));

    public override IEnumerable<Comparison> Comparisons() => Parts.SelectMany(p => p.Comparisons());
}

public sealed record AnyOf(IReadOnlyList<Condition> Parts) : Condition
{
    public override bool Holds(IReadOnlyDictionary<string, Answer> answers) => Parts.Any(p => p.Holds(answers));

    public override IEnumerable<Comparison> Comparisons() => Parts.SelectMany(p => p.Comparisons());
}

public sealed record Not(Condition Part) : Condition
{
    public override bool Holds(IReadOnlyDictionary<string, Answer> answers) => !Part.Holds(answers);

    public override IEnumerable<Comparison> Comparisons() => Part.Comparisons();
}

/// <summary>A condition that cannot work: the question, a resource code with its arguments, and the same in English (<paramref name="Text"/>).</summary>
public sealed record RoutingProblem(string Key, string Code, string Text, params object[] Arguments);

/// <summary>Reads and checks routing conditions.</summary>
public static class Routing
{
    /// <summary>Parses <paramref name="text"/>; null text or blank: always shown (null condition). Errors are Dutch-free codes with the position.</summary>
    public static bool TryParse(string? text, out Condition? condition, out string? error)
    {
        condition = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parser = new Parser(text);
        try
        {
            condition = parser.Or();
            parser.End();
            return true;
        }
        catch (FormatException exception)
        {
            error = exception.Message;
            condition = null;
            return false;
        }
    }

    public static Condition? Parse(string? text) =>
        TryParse(text, out var condition, out var error) ? condition : throw new FormatException($"Condition ‘{text}’: {error}");

    /// <summary>Whether <paramref name="question"/> is shown after the answers given so far.</summary>
    public static bool IsShown(Question question, IReadOnlyDictionary<string, Answer> answers) => Parse(question.Condition)?.Holds(answers) ?? true;

    /// <summary>
    /// The questions shown, in order, for <paramref name="answers"/>: a question's condition only reads the answers of
    /// earlier questions that were themselves shown.
    /// </summary>
    public static IReadOnlyList<Question> Shown(Questionnaire questionnaire, IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var visible = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var shown = new List<Question>();
        foreach (var question in questionnaire.Questions)
        {
            if (!IsShown(question, visible))
            {
                continue;
            }

            shown.Add(question);
            if (answers.TryGetValue(question.Key, out var answer))
            {
                visible[question.Key] = answer;
            }
        }

        return shown;
    }

    /// <summary>
    /// Checks every condition of <paramref name="questionnaire"/> (and of its grid rows): it parses, and reads only earlier
    /// questions, their options or rows, and numbers of number or scale questions; keys are unique.
    /// </summary>
    public static IReadOnlyList<RoutingProblem> Check(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var problems = new List<RoutingProblem>();
        var earlier = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in questionnaire.Questions)
        {
            var conditions = new List<Condition>();
            foreach (var text in question.Rows.Select(r => r.Condition).Prepend(question.Condition))
            {
                if (!TryParse(text, out var condition, out var error))
                {
                    problems.Add(new(question.Key, "Routing.Syntax", error!, text!));
                }
                else if (condition is not null)
                {
                    conditions.Add(condition);
                }
            }

            foreach (var c in conditions.SelectMany(c => c.Comparisons()))
            {
                if (!earlier.TryGetValue(c.Key, out var target))
                {
                    problems.Add(new(question.Key, "Routing.NotEarlier", $"reads {c.Key}, which is not an earlier question", c.Key));
                    continue;
                }

                if (CheckComparison(c, target) is { } problem)
                {
                    problems.Add(problem with { Key = question.Key });
                }
            }

            if (!earlier.TryAdd(question.Key, question))
            {
                problems.Add(new(question.Key, "Routing.KeyTwice", "the key is used twice", question.Key));
            }
        }

        return problems;
    }

    private static RoutingProblem? CheckComparison(Comparison c, Question target)
    {
        var numeric = int.TryParse(c.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
        if (c.Row is not null || c.AllRows)
        {
            if (target.Type != QuestionType.Grid && !(target.Type == QuestionType.Number && target.Rows.Count > 0))
            {
                return new("", "Routing.NoRows", $"reads a row of {c.Key}, which has no rows", c.Key);
            }

            if (c.Row is not null && target.Row(c.Row) is null)
            {
                return new("", "Routing.NoRow", $"{c.Key} has no row {c.Row}", c.Key, c.Row);
            }

            return target.Type == QuestionType.Grid && target.Option(c.Value) is null ? new("", "Routing.NoOption", $"{c.Key} has no column {c.Value}", c.Key, c.Value) : null;
        }

        if (target.Type is QuestionType.Number or QuestionType.Scale)
        {
            var inRange = numeric && (target.Min is null || number >= target.Min) && (target.Max is null || number <= target.Max);
            return inRange || (!c.IsNumeric && target.Option(c.Value) is not null) ? null : new("", "Routing.NotAValue", $"{c.Value} is not a value of {c.Key}", c.Key, c.Value);
        }

        if (c.IsNumeric)
        {
            return new("", "Routing.NotNumeric", $"{c.Key} is not a number or scale", c.Key);
        }

        return target.IsChoice && target.Option(c.Value) is not null ? null : new("", "Routing.NoOption", $"{c.Key} has no option {c.Value}", c.Key, c.Value);
    }

    private sealed class Parser(string text)
    {
        private int _at;

        public Condition Or()
        {
            var parts = new List<Condition> { And() };
            while (Take('|'))
            {
                parts.Add(And());
            }

            return parts.Count == 1 ? parts[0] : new AnyOf(parts);
        }

        public void End()
        {
            Skip();
            if (_at < text.Length)
            {
                throw new FormatException($"unexpected ‘{text[_at]}’ at {_at + 1}");
            }
        }

        private Condition And()
        {
            var parts = new List<Condition> { Unary() };
            while (Take('&'))
            {
                parts.Add(Unary());
            }

            return parts.Count == 1 ? parts[0] : new AllOf(parts);
        }

        private Condition Unary()
        {
            Skip();
            if (_at < text.Length && text[_at] == '!' && (_at + 1 >= text.Length || text[_at + 1] != '='))
            {
                _at++;
                return new Not(Unary());
            }

            if (Take('('))
            {
                var inner = Or();
                if (!Take(')'))
                {
                    throw new FormatException($"missing ‘)’ at {_at + 1}");
                }

                return inner;
            }

            var key = Word("a question key");
            string? row = null;
            var allRows = false;
            if (Take('.'))
            {
                if (Take('*'))
                {
                    allRows = true;
                }
                else
                {
                    row = Word("a row key");
                }
            }

            var op = Operator();
            var value = Word("a value");
            if (op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                throw new FormatException($"‘{value}’ is not a whole number");
            }

            return new Comparison(key, row, allRows, op, value);
        }

        private ComparisonOperator Operator()
        {
            Skip();
            string[] symbols = ["!=", "≠", "<=", "≤", ">=", "≥", "=", "<", ">"];
            foreach (var symbol in symbols)
            {
                if (string.CompareOrdinal(text, _at, symbol, 0, symbol.Length) == 0)
                {
                    _at += symbol.Length;
                    return symbol switch
                    {
                        "!=" or "≠" => ComparisonOperator.NotEqual,
                        "<=" or "≤" => ComparisonOperator.AtMost,
                        ">=" or "≥" => ComparisonOperator.AtLeast,
                        "<" => ComparisonOperator.Below,
                        ">" => ComparisonOperator.Above,
                        _ => ComparisonOperator.Equal,
                    };
                }
            }

            throw new FormatException($"expected =, !=, <=, >=, < or > at {_at + 1}");
        }

        private string Word(string what)
        {
            Skip();
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '-' or '_'))
            {
                _at++;
            }

            return _at > start ? text[start.._at] : throw new FormatException($"expected {what} at {start + 1}");
        }

        private bool Take(char c)
        {
            Skip();
            if (_at < text.Length && text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}
