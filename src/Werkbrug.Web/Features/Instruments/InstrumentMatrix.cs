using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Instruments;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>
/// The harmonisation matrix of the region (issue 16, item 4; ADR 0027): the instruments valid on a day × the region's
/// municipalities, same / different (which) / absent per cell (<see cref="Harmonisation"/>), the harmonisation figure
/// and its course over the past year, rebuilt from the change log (<see cref="CatalogueHistory"/>); as a page, JSON and
/// a spreadsheet or CSV with the page's texts.
/// </summary>
public static class InstrumentMatrix
{
    public const string Xlsx = "xlsx";
    public const string Csv = "csv";

    /// <summary>How many months back the course of the figure goes (the first day of each, and the day asked).</summary>
    public const int HistoryMonths = 12;

    public sealed record Query
    {
        /// <summary>The day of the matrix (yyyy-MM-dd); default today.</summary>
        public DateOnly? On { get; init; }
    }

    /// <summary>One difference from the row's common conditions: the aspect (a rule's fact, Provides or Duration), both sides in words and the sentence the page shows.</summary>
    public sealed record DifferenceView(ConditionAspect Aspect, EligibilityFact? Fact, string? Common, string? Here, string Text);

    public sealed record CellView(string Municipality, MatrixCellState State, Guid? InstrumentId, string? InstrumentName, int AlsoApplying, IReadOnlyList<DifferenceView> Differences);

    public sealed record RowView(string Label, string? Family, bool IsLocal, Guid CommonInstrumentId, string CommonInstrumentName, int Same, int Different, int Absent, IReadOnlyList<CellView> Cells);

    /// <summary>The figure on a day: the percentage of the local rows' cells that are the same (null: no local instruments), with the counts it rests on.</summary>
    public sealed record Point(DateOnly On, double? HarmonisedPercent, int Same, int LocalCells, int Rows);

    public sealed record View(DateOnly On, IReadOnlyList<string> Municipalities, IReadOnlyList<RowView> Rows, Point Figure, IReadOnlyList<Point> History);

    public sealed record File(byte[] Content, string ContentType, string Name);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock, IStringLocalizer<SharedResource> text)
    {
        public async Task<Result<View>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = DutchTime.Today(clock);
            var on = query.On ?? today;
            if (on.Year is < 2000 or > 2100)
            {
                return Error.Validation(nameof(Query.On), "Validation.Invalid");
            }

            var region = db.Scope.RegionCode;
            var municipalities = await db.Municipalities.Where(m => m.RegionCode == region).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(cancellationToken);
            var current = await db.Instruments.AsNoTracking().ToListAsync(cancellationToken);
            var changes = await db.InstrumentChanges.AsNoTracking().ToListAsync(cancellationToken);
            HarmonisationMatrix At(DateOnly day) =>
                Harmonisation.Build(day >= today ? current : CatalogueHistory.AsOf(current, changes, EndOf(day)), municipalities, day);

            var matrix = At(on);
            var days = Enumerable.Range(0, HistoryMonths).Select(m => new DateOnly(on.Year, on.Month, 1).AddMonths(m - HistoryMonths + 1)).Where(d => d < on).Append(on);
            return new View(on, municipalities, [.. matrix.Rows.Select(Row)], PointOf(matrix), [.. days.Select(d => PointOf(d == on ? matrix : At(d)))]);
        }

        /// <summary>The matrix as a workbook (sheets Matrix and Verloop) or as CSV (the two one after the other), with the page's texts.</summary>
        public async Task<Result<File>> ExportAsync(Query query, string? format, CancellationToken cancellationToken)
        {
            var kind = string.IsNullOrWhiteSpace(format) ? Xlsx : format.Trim().ToLowerInvariant();
            if (kind is not (Xlsx or Csv))
            {
                return Error.Validation("Format", "Instruments.MatrixFormatUnknown");
            }

            var view = await HandleAsync(query, cancellationToken);
            if (!view.IsSuccess)
            {
                return Result<File>.Failure(view.Errors);
            }

            var sheets = Sheets(view.Value);
            var name = $"harmonisatiematrix-{db.Scope.RegionCode}-{view.Value.On:yyyy-MM-dd}.{kind}";
            return kind == Xlsx
                ? new File(IndicatorFiles.Workbook(sheets), IndicatorExport.XlsxType, name)
                : new File(IndicatorFiles.Csv(sheets, CultureInfo.CurrentCulture), IndicatorExport.CsvType + "; charset=utf-8", name);
        }

        /// <summary>The text of a cell in the files: the state, the instrument when it is not the row's common one, and the differences.</summary>
        public static string CellText(IStringLocalizer text, RowView row, CellView cell)
        {
            ArgumentNullException.ThrowIfNull(text);
            ArgumentNullException.ThrowIfNull(row);
            ArgumentNullException.ThrowIfNull(cell);
            IEnumerable<string> parts = [text.Label(cell.State), .. ShownName(row, cell) is { } name ? [name] : Array.Empty<string>(), .. cell.Differences.Select(d => d.Text)];
            return string.Join(" — ", parts);
        }

        /// <summary>The instrument's name when the cell is not the row's common instrument (a local variant), else null.</summary>
        public static string? ShownName(RowView row, CellView cell)
        {
            ArgumentNullException.ThrowIfNull(row);
            ArgumentNullException.ThrowIfNull(cell);
            return cell.InstrumentId is { } id && id != row.CommonInstrumentId ? cell.InstrumentName : null;
        }

        private List<IndicatorFiles.Sheet> Sheets(View view)
        {
            var title = text["InstrumentMatrix.Title"].Value;
            var figure = view.Figure.HarmonisedPercent is { } percent ? IndicatorFiles.Cell.Percent(percent) : IndicatorFiles.Cell.Text(text["InstrumentMatrix.NoFigure"].Value);
            List<IReadOnlyList<IndicatorFiles.Cell>> matrix =
            [
                [IndicatorFiles.Cell.Heading(title), IndicatorFiles.Cell.Text(db.Scope.RegionCode ?? string.Empty)],
                [IndicatorFiles.Cell.Text(text["InstrumentMatrix.Day"].Value), IndicatorFiles.Cell.Text(view.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
                [IndicatorFiles.Cell.Text(text["InstrumentMatrix.Figure"].Value), figure],
                [],
                [IndicatorFiles.Cell.Heading(text["InstrumentMatrix.InstrumentColumn"].Value), .. view.Municipalities.Select(IndicatorFiles.Cell.Heading)],
                .. view.Rows.Select(r => (IReadOnlyList<IndicatorFiles.Cell>)[IndicatorFiles.Cell.Heading(r.Label), .. r.Cells.Select(c => IndicatorFiles.Cell.Text(CellText(text, r, c)))]),
            ];
            List<IReadOnlyList<IndicatorFiles.Cell>> history =
            [
                [IndicatorFiles.Cell.Heading(text["InstrumentMatrix.Day"].Value), IndicatorFiles.Cell.Heading(text["InstrumentMatrix.Figure"].Value),
                    IndicatorFiles.Cell.Heading(text["InstrumentMatrix.SameCells"].Value), IndicatorFiles.Cell.Heading(text["InstrumentMatrix.LocalCells"].Value)],
                .. view.History.Select(p => (IReadOnlyList<IndicatorFiles.Cell>)[
                    IndicatorFiles.Cell.Text(p.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    p.HarmonisedPercent is { } v ? IndicatorFiles.Cell.Percent(v) : IndicatorFiles.Cell.Text(text["InstrumentMatrix.NoFigure"].Value),
                    IndicatorFiles.Cell.Whole(p.Same), IndicatorFiles.Cell.Whole(p.LocalCells)]),
            ];
            return [new IndicatorFiles.Sheet(text["InstrumentMatrix.SheetMatrix"].Value, matrix), new IndicatorFiles.Sheet(text["InstrumentMatrix.SheetHistory"].Value, history)];
        }

        /// <summary>The end of <paramref name="day"/> in Dutch time, as UTC: the moment the catalogue of that day is rebuilt at.</summary>
        private static DateTime EndOf(DateOnly day) => DutchTime.StartUtc(day.AddDays(1));

        private static Point PointOf(HarmonisationMatrix matrix)
        {
            var local = matrix.LocalCells.ToList();
            return new Point(matrix.On, matrix.HarmonisedPercent, local.Count(c => c.State == MatrixCellState.Same), local.Count, matrix.Rows.Count);
        }

        private RowView Row(MatrixRow row) => new(
            row.Label, row.Family, row.IsLocal, row.Common.Id, row.Common.Name,
            row.Count(MatrixCellState.Same), row.Count(MatrixCellState.Different), row.Count(MatrixCellState.Absent),
            [.. row.Cells.Select(c => new CellView(c.Municipality, c.State, c.Instrument?.Id, c.Instrument?.Name, c.AlsoApplying, [.. c.Differences.Select(Difference)]))]);

        private DifferenceView Difference(ConditionDifference d)
        {
            var (label, common, here) = d.Aspect switch
            {
                ConditionAspect.Provides => (text["Field.Provides"].Value, d.CommonText, d.HereText),
                ConditionAspect.Duration => (text["Field.Duration"].Value, d.CommonText, d.HereText),
                _ => (text["EligibilityFact." + d.Fact].Value, Rules(d.Common), Rules(d.Here)),
            };
            var sentence = (common, here) switch
            {
                (null, { } h) => text["InstrumentMatrix.Extra", label, h].Value,
                ({ } c, null) => text["InstrumentMatrix.Missing", label, c].Value,
                _ => text["InstrumentMatrix.InsteadOf", label, here ?? string.Empty, common ?? string.Empty].Value,
            };
            return new DifferenceView(d.Aspect, d.Fact, common, here, sentence);
        }

        private string? Rules(IReadOnlyList<EligibilityRule> rules) => rules.Count == 0 ? null : string.Join(
            $" {text["InstrumentMatrix.And"].Value} ",
            rules.Select(r => r.Fact == EligibilityFact.AnyOf
                ? "(" + string.Join("; ", (r.AnyOf ?? []).Select(p => text.Rule(p))) + ")"
                : text.Requirement(r.Fact, r.Values, r.Min, r.Max, r.Question)));
    }
}
