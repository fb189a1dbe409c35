using Werkbrug.Domain.Indicators;

namespace Werkbrug.Domain.Surveys;

/// <summary>A point estimate with its 95 % confidence interval.</summary>
public sealed record Estimate(double Value, double Low, double High)
{
    public bool Covers(double value) => value >= Low && value <= High;
}

/// <summary>
/// Weighted estimates from respondents with weights. The confidence intervals use Kish's effective sample size
/// n_eff = (Σw)² / Σw² in place of n, so unequal weights widen them (the design effect n / n_eff); with equal weights
/// n_eff = n and the unweighted intervals come out. Proportions get Wilson's score interval (it stays inside 0–1 and
/// behaves at 0 % and 100 %), means the normal interval with the weighted variance. z = 1.96.
/// </summary>
public static class Estimates
{
    public const double Z = 1.959963984540054;

    /// <summary>The weighted share of respondents for whom <c>Yes</c> holds.</summary>
    public static Estimate Proportion(IReadOnlyList<(double Weight, bool Yes)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var total = values.Sum(v => v.Weight);
        if (total <= 0)
        {
            return new Estimate(0, 0, 0);
        }

        var p = values.Where(v => v.Yes).Sum(v => v.Weight) / total;
        return Wilson(p, Weights.EffectiveSizeOf(values.Select(v => v.Weight)));
    }

    /// <summary>Wilson's score interval for share <paramref name="p"/> of <paramref name="n"/>.</summary>
    public static Estimate Wilson(double p, double n)
    {
        if (n <= 0)
        {
            return new Estimate(p, 0, 1);
        }

        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new Estimate(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>The weighted mean with centre ± z·√(s²_w / n_eff), s²_w the weighted variance corrected by n_eff / (n_eff − 1).</summary>
    public static Estimate Mean(IReadOnlyList<(double Weight, double Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var total = values.Sum(v => v.Weight);
        if (total <= 0)
        {
            return new Estimate(0, 0, 0);
        }

        var mean = values.Sum(v => v.Weight * v.Value) / total;
        var n = Weights.EffectiveSizeOf(values.Select(v => v.Weight));
        if (n <= 1)
        {
            return new Estimate(mean, double.NegativeInfinity, double.PositiveInfinity);
        }

        var variance = values.Sum(v => v.Weight * Math.Pow(v.Value - mean, 2)) / total * n / (n - 1);
        var half = Z * Math.Sqrt(variance / n);
        return new Estimate(mean, mean - half, mean + half);
    }
}

/// <summary>One category of a question's result (an option, or a grid row's column): counts, shares and its estimate.</summary>
public sealed record CategoryResult(string Key, int Count, Estimate? Unweighted, Estimate? Weighted, bool Hidden);

/// <summary>
/// A question's result over the respondents who answered it: per category the unweighted and weighted share, and for
/// a scale or number the mean. <see cref="Suppressed"/>: fewer respondents than the small-group threshold, so nothing
/// but that is shown; a category of 1 to threshold − 1 respondents is hidden (with its complement, <see cref="SmallGroups"/>).
/// </summary>
public sealed record QuestionResult(
    string Key,
    int Respondents,
    double EffectiveSize,
    bool Suppressed,
    IReadOnlyList<CategoryResult> Categories,
    Estimate? UnweightedMean,
    Estimate? WeightedMean,
    IReadOnlyList<QuestionResult> GridRows);

/// <summary>Turns the answers of one question (with each respondent's weight) into its result.</summary>
public static class QuestionResults
{
    public static QuestionResult Of(Question question, IReadOnlyList<(Answer Answer, double Weight)> answered, SmallGroups groups)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(groups);
        var given = answered.Where(a => !a.Answer.IsEmpty).ToList();
        if (question.Type == QuestionType.Grid)
        {
            var rows = question.Rows.Select(row => Categorical(
                row.Key,
                question.Options.Select(o => o.Key).ToList(),
                given.Where(a => a.Answer.Rows.ContainsKey(row.Key)).Select(a => ((IReadOnlyList<string>)[a.Answer.Rows[row.Key]], a.Weight)).ToList(),
                groups)).ToList();
            return new QuestionResult(question.Key, given.Count, Weights.EffectiveSizeOf(given.Select(g => g.Weight)), groups.IsSmall(given.Count), [], null, null, rows);
        }

        if (question.Type == QuestionType.OpenText || (question.Type == QuestionType.Number && question.Rows.Count > 0))
        {
            return new QuestionResult(question.Key, given.Count, Weights.EffectiveSizeOf(given.Select(g => g.Weight)), groups.IsSmall(given.Count), [], null, null, []);
        }

        var keys = question.Type == QuestionType.Scale
            ? Enumerable.Range(question.Min ?? 1, (question.Max ?? 10) - (question.Min ?? 1) + 1).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Concat(question.Options.Select(o => o.Key)).ToList()
            : question.Options.Select(o => o.Key).ToList();
        var result = Categorical(
            question.Key,
            question.Type == QuestionType.Number ? [] : keys,
            given.Select(a => (a.Answer.Number is { } n ? (IReadOnlyList<string>)[n.ToString(System.Globalization.CultureInfo.InvariantCulture)] : a.Answer.Choices, a.Weight)).ToList(),
            groups);
        var numbers = given.Where(a => a.Answer.Number is not null).ToList();
        if (numbers.Count == 0 || result.Suppressed || groups.IsSmall(numbers.Count))
        {
            return result;
        }

        return result with
        {
            UnweightedMean = Estimates.Mean(numbers.Select(a => (1.0, (double)a.Answer.Number!.Value)).ToList()),
            WeightedMean = Estimates.Mean(numbers.Select(a => (a.Weight, (double)a.Answer.Number!.Value)).ToList()),
        };
    }

    private static QuestionResult Categorical(string key, IReadOnlyList<string> categories, List<(IReadOnlyList<string> Chosen, double Weight)> answered, SmallGroups groups)
    {
        var n = answered.Count;
        var effective = Weights.EffectiveSizeOf(answered.Select(a => a.Weight));
        if (groups.IsSmall(n) || n == 0)
        {
            return new QuestionResult(key, n, effective, n > 0, [], null, null, []);
        }

        var counts = categories.Select(c => (long)answered.Count(a => a.Chosen.Contains(c))).ToList();
        var hidden = groups.Hide(n, counts);
        var rows = categories.Select((c, i) => hidden[i]
            ? new CategoryResult(c, (int)counts[i], null, null, true)
            : new CategoryResult(
                c,
                (int)counts[i],
                Estimates.Proportion(answered.Select(a => (1.0, a.Chosen.Contains(c))).ToList()),
                Estimates.Proportion(answered.Select(a => (a.Weight, a.Chosen.Contains(c))).ToList()),
                false)).ToList();
        return new QuestionResult(key, n, effective, false, rows, null, null, []);
    }
}
