using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.LabourMarket;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.LabourMarket;

/// <summary>
/// How both pages show the picture (partial _MarketPicture): counts as numbers, rounded to fives on the public page
/// ("ca. 25"), "afgeschermd" for a hidden count or tension, the class in plain Dutch, and the chart of the occupations
/// with the most open vacancies.
/// </summary>
public sealed record MarketDisplay(LabourMarketPicture.View View, bool Public, IStringLocalizer Text)
{
    /// <summary>How many occupations the chart shows.</summary>
    public const int ChartRows = 15;

    public string Show(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Suppressed)
        {
            return Text["Indicators.Suppressed"];
        }

        var count = (long)(figure.Value ?? 0);
        return Public && count > 0
            ? Text["LabourMarket.About", Tension.Rounded(count).ToString("N0", CultureInfo.CurrentCulture)]
            : count.ToString("N0", CultureInfo.CurrentCulture);
    }

    /// <summary>"krap (2,5 vacatures per kandidaat)", the class alone on the public page, "afgeschermd", or "–".</summary>
    public string TensionOf(LabourMarketPicture.Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.TensionHidden)
        {
            return Text["Indicators.Suppressed"];
        }

        if (row.Tension is not { } tension)
        {
            return "–";
        }

        var label = Text.Label(tension);
        return Public || row.Ratio is not { } ratio ? label : Text["LabourMarket.TensionWithRatio", label, ratio.ToString("0.##", CultureInfo.CurrentCulture)];
    }

    /// <summary>The occupations with the most open vacancies (shown counts only), vacancies against werkfit candidates.</summary>
    public BarChart Chart()
    {
        var rows = View.Occupations.Where(o => !o.Vacancies.Suppressed && o.Vacancies.Value > 0)
            .OrderByDescending(o => o.Vacancies.Value).ThenBy(o => o.Label, ReferenceChoices.Dutch).Take(ChartRows)
            .Select(o => new BarChartRow(o.Label, [Bar(o.Vacancies), Bar(o.Candidates)])).ToList();
        return new BarChart("chart-top-occupations", Text["LabourMarket.ChartCaption", rows.Count], Text["LabourMarket.Occupation"], [Text["LabourMarket.Vacancies"], Text["LabourMarket.Candidates"]], rows);
    }

    private BarValue Bar(Figure figure) => new(figure.Suppressed ? null : Public ? Tension.Rounded((long)(figure.Value ?? 0)) : figure.Value, Show(figure));
}
