using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Features.Shared;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// One breakdown of an indicator as a bar chart for the eye and an accessible table (partial _BreakdownTable: the
/// dashboard and the yearly evaluation). The chart draws the period and the period before per row; a hidden figure
/// draws no bar.
/// </summary>
public sealed record BreakdownTable(string Id, IndicatorFigures.View Indicator, IndicatorFigures.Breakdown Breakdown)
{
    public BarChart Chart(IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = Breakdown.Rows.Select(r => new BarChartRow(r.Label, [Bar(r.Value, text), Bar(r.Previous, text)])).ToList();
        return new BarChart($"{Id}-chart", text["Indicators.TableCaption", Indicator.Name, Breakdown.Label], Breakdown.Label,
            [Indicator.Period.Label, text["Indicators.PreviousColumn", Indicator.PreviousPeriod.Label]], rows)
        { WithTable = false };
    }

    /// <summary>The bar's length and its short label: a count, a percentage or days; "afgeschermd" for a hidden figure.</summary>
    private BarValue Bar(Figure figure, IStringLocalizer text)
    {
        if (figure.Suppressed || !figure.Available || figure.Value is not { } value)
        {
            return new BarValue(null, figure.Suppressed ? text["Indicators.Suppressed"] : figure.Available ? "–" : text["Indicators.NotAvailable"]);
        }

        var culture = CultureInfo.CurrentCulture;
        return new BarValue(value, Indicator.Kind switch
        {
            IndicatorKind.Share => text["Indicators.ChartShare", value.ToString("0.#", culture)],
            IndicatorKind.AverageDays => text["Indicators.ChartDays", value.ToString("0.#", culture)],
            _ => value.ToString("N0", culture),
        });
    }
}
