using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The monitor's figures (<see cref="SurveyMonitor"/>) as the monitor page, the yearly evaluation page and its Word document
/// show them: a summary line, a line per base (n and effective n, or "afgeschermd"), and per figure its rows with the
/// weighted share and its 95 % interval per base; a hidden or suppressed cell reads "verborgen (kleine groep)".
/// </summary>
public static class MonitorFigures
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    public static string Summary(SurveyMonitor.View monitor, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(text);
        return text["Surveys.Summary", monitor.Responses, text.Label(monitor.Method), monitor.EffectiveSize.ToString("0.0", Dutch),
            monitor.PopulationYear?.ToString(CultureInfo.InvariantCulture) ?? "–"].Value;
    }

    public static string BaseLine(SurveyMonitor.BaseView figureBase, int threshold, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(figureBase);
        ArgumentNullException.ThrowIfNull(text);
        return figureBase.Suppressed
            ? text["Surveys.MonitorBaseSuppressed", figureBase.Label, threshold].Value
            : text["Surveys.MonitorBase", figureBase.Label, figureBase.Respondents, figureBase.EffectiveSize.ToString("0.0", Dutch)].Value;
    }

    public static string Caption(SurveyMonitor.FigureView figure, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(text);
        return text["Surveys.MonitorCaption", figure.Title].Value;
    }

    /// <summary>The table's header: the row header and one column per base.</summary>
    public static IReadOnlyList<string> Header(SurveyMonitor.FigureView figure, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(text);
        return [text["Surveys.MonitorRow"].Value, .. figure.Bases.Select(b => b.Label)];
    }

    /// <summary>Per row its label and the shown value per base.</summary>
    public static IReadOnlyList<string[]> Rows(SurveyMonitor.FigureView figure, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(text);
        return [.. figure.Rows.Select(r => new[] { r.Label }.Concat(r.Cells.Select((c, i) => Value(figure, c, i, text).Text)).ToArray())];
    }

    /// <summary>The figure's bar chart with its accessible table; <paramref name="idPrefix"/> keeps ids apart when a page shows several monitors.</summary>
    public static BarChart Chart(SurveyMonitor.FigureView figure, IStringLocalizer text, string idPrefix = "figure-")
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(text);
        return new BarChart(
            idPrefix + figure.Key.Replace('.', '-'),
            Caption(figure, text),
            text["Surveys.MonitorRow"].Value,
            [.. figure.Bases.Select(b => b.Label)],
            [.. figure.Rows.Select(r => new BarChartRow(r.Label, [.. r.Cells.Select((c, i) => Value(figure, c, i, text))]))]);
    }

    private static BarValue Value(SurveyMonitor.FigureView figure, SurveyMonitor.CellView cell, int index, IStringLocalizer text) =>
        cell.Weighted is { } w
            ? new BarValue(w.Value * 100, ResultsPage.Percent(w))
            : new BarValue(null, text[cell.Hidden || figure.Bases[index].Suppressed ? "Surveys.Hidden" : "Surveys.NoFigure"].Value);
}
