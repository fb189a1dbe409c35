using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// One indicator, or the whole dashboard, as a file: CSV (UTF-8 with BOM, <c>;</c>, as the imports read) or a spreadsheet
/// (.xlsx, one sheet per indicator). The figures are <see cref="IndicatorFigures"/>' for the same filter, laid out as
/// the page's tables: header rows with the indicator, period, previous period, filter and the small-group note, then
/// per breakdown its rows and total. A suppressed figure is the page's word ("afgeschermd"), never a number.
/// </summary>
public static class IndicatorExport
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record File(byte[] Content, string ContentType, string Name);

    /// <summary>
    /// The page of <paramref name="key"/>'s definition (null: the dashboard) with the dashboard's filter kept; with a
    /// <paramref name="format"/>, the download of its tables (the dashboard: every indicator) from that page.
    /// </summary>
    public static string PageLink(string? key, IndicatorFigures.Query filter, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["handler"] = format is null ? null : "export",
            ["format"] = format,
            ["From"] = filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["To"] = filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Organisation"] = filter.Organisation?.ToString(),
            ["Municipality"] = filter.Municipality,
            ["Team"] = filter.Team?.ToString(),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
        return (key is null ? "/indicators" : IndicatorDefinitions.PageOf(key)) + query;
    }

    public sealed class Handler(IndicatorFigures.Handler figures, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text)
    {
        /// <summary>The file of indicator <paramref name="key"/>, or of every indicator when it is null, in <paramref name="format"/> (csv or xlsx).</summary>
        public async Task<Result<File>> HandleAsync(string? key, IndicatorFigures.Query query, string? format, CancellationToken cancellationToken)
        {
            if (key is not null && IndicatorCatalogue.Find(key) is null)
            {
                return Error.NotFound();
            }

            var kind = format?.Trim().ToLowerInvariant();
            if (kind is not (Csv or Xlsx))
            {
                return Error.Validation("Format", kind is null or "" ? "Validation.Required" : "Indicators.UnknownFormat");
            }

            var views = key is null ? await figures.AllAsync(query, cancellationToken) : Single(await figures.HandleAsync(key, query, cancellationToken));
            if (!views.IsSuccess)
            {
                return Result<File>.Failure(views.Errors);
            }

            var first = views.Value[0];
            var organisation = first.Organisation is { } id
                ? (await figures.ChoicesAsync(cancellationToken)).Organisations.Single(o => o.Key == id.ToString()).Value
                : text["Indicators.AnyOrganisation"];
            var team = first.Team is { } teamId
                ? (await figures.TeamChoicesAsync(cancellationToken)).Single(t => t.Key == teamId.ToString()).Value
                : text["Indicators.AnyTeam"];
            var sheets = views.Value.Select(v => Sheet(v, organisation, team)).ToList();
            var name = $"{(key is null ? "kengetallen" : "kengetal-" + key)}-{first.Period.From:yyyy-MM-dd}-{first.Period.To:yyyy-MM-dd}.{kind}";
            return kind == Csv
                ? new File(IndicatorFiles.Csv(sheets, CultureInfo.CurrentCulture), CsvType + "; charset=utf-8", name)
                : new File(IndicatorFiles.Workbook(sheets), XlsxType, name);
        }

        private static Result<IReadOnlyList<IndicatorFigures.View>> Single(Result<IndicatorFigures.View> view) =>
            view.IsSuccess ? new[] { view.Value } : Result<IReadOnlyList<IndicatorFigures.View>>.Failure(view.Errors);

        private IndicatorFiles.Sheet Sheet(IndicatorFigures.View view, string organisation, string team)
        {
            var rows = new List<IReadOnlyList<IndicatorFiles.Cell>>
            {
                Headings(text["Indicators.Export.Indicator"], view.Name),
                Line(text["Indicators.Export.Key"], view.Key),
                Line(text["Indicators.Definition.Period"], PeriodText(view.Period)),
                Line(text["Indicators.Export.PreviousPeriod"], PeriodText(view.PreviousPeriod)),
                Line(text["Field.Organisation"], organisation),
                Line(text["Field.Municipality"], view.Municipality ?? text["Indicators.AnyMunicipality"]),
                Line(text["Field.Team"], team),
                Line(text["Indicators.Definition.Suppression"], text["Indicators.SuppressionNote", options.Value.SmallGroupThreshold]),
            };
            var periods = new[] { view.Period.Label, text["Indicators.PreviousColumn", view.PreviousPeriod.Label].Value };
            foreach (var breakdown in view.Breakdowns)
            {
                rows.Add([]);
                rows.Add(Headings(text["Indicators.TableCaption", view.Name, breakdown.Label]));
                rows.Add(Headings([breakdown.Label, .. periods.SelectMany(p => Columns(view.Kind).Select(c => text[c, p].Value))]));
                rows.AddRange(breakdown.Rows.Select(r => Figures(r.Label, view.Kind, r.Value, r.Previous)));
                rows.Add(Figures(text["Indicators.Total"], view.Kind, view.Value, view.Previous));
            }

            return new IndicatorFiles.Sheet(view.Name, rows);
        }

        private string PeriodText(IndicatorFigures.PeriodView period) =>
            text["Indicators.Export.PeriodValue", period.Label, period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];

        private static IndicatorFiles.Cell[] Headings(params string[] texts) => [.. texts.Select(IndicatorFiles.Cell.Heading)];

        private static IndicatorFiles.Cell[] Line(string label, string value) => [IndicatorFiles.Cell.Text(label), IndicatorFiles.Cell.Text(value)];

        /// <summary>The resource of each column a figure of <paramref name="kind"/> takes: a count; a share, its count and base; an average and its count.</summary>
        private static string[] Columns(IndicatorKind kind) => kind switch
        {
            IndicatorKind.Share => ["Indicators.Export.ShareColumn", "Indicators.Export.CountColumn", "Indicators.Export.OfColumn"],
            IndicatorKind.AverageDays => ["Indicators.Export.DaysColumn", "Indicators.Export.CountColumn"],
            _ => ["Indicators.Export.CountColumn"],
        };

        private List<IndicatorFiles.Cell> Figures(string label, IndicatorKind kind, Figure value, Figure previous) =>
            [IndicatorFiles.Cell.Text(label), .. Cells(kind, value), .. Cells(kind, previous)];

        private IEnumerable<IndicatorFiles.Cell> Cells(IndicatorKind kind, Figure figure)
        {
            if (figure.Suppressed)
            {
                return Columns(kind).Select(_ => IndicatorFiles.Cell.Text(text["Indicators.Suppressed"]));
            }

            if (!figure.Available)
            {
                return Columns(kind).Select(_ => IndicatorFiles.Cell.Text(text["Indicators.NotAvailable"]));
            }

            var count = IndicatorFiles.Cell.Whole(figure.Count ?? 0);
            var value = figure.Value is not { } number ? IndicatorFiles.Cell.Text("–")
                : kind switch
                {
                    IndicatorKind.Share => IndicatorFiles.Cell.Percent(number),
                    IndicatorKind.AverageDays => IndicatorFiles.Cell.Days(number),
                    _ => IndicatorFiles.Cell.Whole(number),
                };
            return kind switch
            {
                IndicatorKind.Share => [value, count, IndicatorFiles.Cell.Whole(figure.Of ?? 0)],
                IndicatorKind.AverageDays => [value, count],
                _ => [value],
            };
        }
    }
}
