using System.Globalization;

namespace Werkbrug.Web.Features.Shared;

/// <summary>
/// A horizontal bar chart (partial _BarChart): bars per row and series, drawn as inline SVG and hidden from assistive
/// technology, always followed by an accessible table with the same numbers (caption, th scope). A value of null (a
/// hidden or missing figure) draws no bar; its table cell shows <see cref="BarValue.Text"/>.
/// </summary>
public sealed record BarChart(string Id, string Caption, string RowHeader, IReadOnlyList<string> Series, IReadOnlyList<BarChartRow> Rows)
{
    /// <summary>
    /// False when the page puts its own accessible table with the same numbers right after the chart (an indicator's
    /// breakdown table, which has a total and marks hidden cells), so the numbers are not read twice.
    /// </summary>
    public bool WithTable { get; init; } = true;

    /// <summary>How many series the stylesheet colours (wb-barchart__bar--1 up to this); further series repeat them.</summary>
    public const int Colours = 3;

    /// <summary>The largest value of the chart, the full width of a bar (at least 1).</summary>
    public double Max => Math.Max(1, Rows.SelectMany(r => r.Values).Max(v => v.Value) ?? 1);

    /// <summary>A bar's width as a percentage of the full width, for the SVG's width attribute.</summary>
    public string Width(BarValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (100 * (value.Value ?? 0) / Max).ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string ColourOf(int series) => $"wb-barchart__bar--{(series % Colours) + 1}";
}

public sealed record BarChartRow(string Label, IReadOnlyList<BarValue> Values);

/// <summary>One value: the number the bar draws (null: none), and the text the chart and table show for it.</summary>
public sealed record BarValue(double? Value, string Text);
