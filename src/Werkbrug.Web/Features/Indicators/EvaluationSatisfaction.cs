using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.Surveys;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// The yearly evaluation's employer-satisfaction section (<see cref="SatisfactionScore"/>), as the page and the Word
/// document show it: a line with the year's weighted report mark, its interval and n, and a table of the year and the
/// year before (weighted mark, interval, unweighted mark, n, effective n). A suppressed year shows no mark and no exact n.
/// </summary>
public static class EvaluationSatisfaction
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    public static string Intro(SatisfactionScore.View score, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(text);
        return text["Evaluation.SatisfactionIntro", score.SmallGroupThreshold].Value;
    }

    /// <summary>The year's mark in one sentence.</summary>
    public static string Line(SatisfactionScore.View score, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(text);
        var year = score.Year;
        return year switch
        {
            { Weighted: { } w } => text["Evaluation.SatisfactionLine", year.Year, Mark(w.Value), Interval(w), year.Respondents].Value,
            { Suppressed: true } => text["Evaluation.SatisfactionSuppressedLine", year.Year, score.SmallGroupThreshold].Value,
            _ => text["Evaluation.SatisfactionNoneLine", year.Year].Value,
        };
    }

    public static IReadOnlyList<string> Header(IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return
        [
            text["Field.Year"], text["Evaluation.SatisfactionWeighted"], text["Evaluation.SatisfactionInterval"], text["Evaluation.SatisfactionUnweighted"],
            text["Evaluation.SatisfactionRespondents"], text["Evaluation.SatisfactionEffective"],
        ];
    }

    /// <summary>The year and the year before, as table cells.</summary>
    public static IReadOnlyList<string[]> Rows(SatisfactionScore.View score, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(text);
        string[] Row(SatisfactionScore.YearView y)
        {
            var none = y.Suppressed ? text["Indicators.Suppressed"].Value : "–";
            return
            [
                y.Year.ToString(CultureInfo.InvariantCulture),
                y.Weighted is { } w ? Mark(w.Value) : none,
                y.Weighted is { } i ? Interval(i) : "–",
                y.Unweighted is { } u ? Mark(u.Value) : none,
                y.Suppressed ? text["Evaluation.SatisfactionFewer", score.SmallGroupThreshold].Value : y.Respondents.ToString(CultureInfo.InvariantCulture),
                y.Weighted is null ? "–" : y.EffectiveSize.ToString("0.0", Dutch),
            ];
        }

        return [Row(score.Year), Row(score.Previous)];
    }

    private static string Mark(double value) => value.ToString("0.0", Dutch);

    private static string Interval(SurveyResults.EstimateView e) => string.Create(Dutch, $"{e.Low:0.0}–{e.High:0.0}");
}
