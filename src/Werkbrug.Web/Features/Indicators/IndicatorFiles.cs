using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// Writes the sheets of <see cref="IndicatorExport"/> as CSV or as a workbook (Open XML SDK, docs/adr/0022): the same rows
/// and cells in both, numbers as numbers (in the workbook a share as a percentage, 45.8 shown as 45,8%).
/// </summary>
public static class IndicatorFiles
{
    public enum CellKind
    {
        Text,
        Heading,
        Whole,
        Percent,
        Days,
    }

    /// <summary>A text, or a number of a kind: a whole count, a share in percent (45.8), or days with one decimal.</summary>
    public sealed record Cell(CellKind Kind, string Value, double Number)
    {
        public static Cell Text(string text) => new(CellKind.Text, text, 0);

        public static Cell Heading(string text) => new(CellKind.Heading, text, 0);

        public static Cell Whole(double number) => new(CellKind.Whole, string.Empty, number);

        public static Cell Percent(double percent) => new(CellKind.Percent, string.Empty, percent);

        public static Cell Days(double days) => new(CellKind.Days, string.Empty, days);

        public bool IsNumber => Kind is CellKind.Whole or CellKind.Percent or CellKind.Days;
    }

    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<Cell>> Rows);

    /// <summary>Characters a spreadsheet reads as the start of a formula (or of a cell it splits): a text starting with one gets a leading apostrophe.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// Every sheet after the other, an empty line between: UTF-8 with BOM, <c>;</c> between fields, CRLF, quotes where a field
    /// holds a separator, quote or line break; numbers in <paramref name="culture"/> without thousands separators.
    /// </summary>
    public static byte[] Csv(IReadOnlyList<Sheet> sheets, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var csv = new StringBuilder();
        foreach (var rows in sheets.Select((s, i) => i == 0 ? s.Rows : [[], .. s.Rows]))
        {
            foreach (var row in rows)
            {
                csv.AppendJoin(';', row.Select(c => Field(c, culture))).Append("\r\n");
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Field(Cell cell, CultureInfo culture)
    {
        if (cell.IsNumber)
        {
            return cell.Number.ToString(cell.Kind == CellKind.Whole ? "0" : "0.#", culture);
        }

        var text = cell.Value.Length > 0 && FormulaStarts.Contains(cell.Value[0]) ? "'" + cell.Value : cell.Value;
        return text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>One worksheet per sheet, named after it (at most 31 characters, unique); texts are inline strings, never formulas.</summary>
    public static byte[] Workbook(IReadOnlyList<Sheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(
                    new Columns(new Column { Min = 1, Max = 1, Width = 48, CustomWidth = true }, new Column { Min = 2, Max = 7, Width = 24, CustomWidth = true }),
                    new SheetData(sheet.Rows.Select((row, i) => new Row(row.Select(ToCell)) { RowIndex = (uint)i + 1 })));
                workbook.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
                {
                    Id = workbook.GetIdOfPart(part),
                    SheetId = (uint)names.Count + 1,
                    Name = SheetName(sheet.Name, names),
                });
            }
        }

        return stream.ToArray();
    }

    /// <summary>Style indexes of <see cref="Styles"/>: 1 bold, 2 percent with one decimal, 3 one decimal.</summary>
    private static DocumentFormat.OpenXml.Spreadsheet.Cell ToCell(Cell cell) => cell.Kind switch
    {
        CellKind.Whole => new() { DataType = CellValues.Number, CellValue = new CellValue(cell.Number) },
        CellKind.Percent => new() { DataType = CellValues.Number, CellValue = new CellValue(cell.Number / 100), StyleIndex = 2 },
        CellKind.Days => new() { DataType = CellValues.Number, CellValue = new CellValue(cell.Number), StyleIndex = 3 },
        _ => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Value)), StyleIndex = cell.Kind == CellKind.Heading ? 1U : 0U },
    };

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0" }),
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }));

    /// <summary>The name without the characters a sheet name may not hold, cut to 31 characters, numbered when another sheet has it.</summary>
    private static string SheetName(string name, HashSet<string> taken)
    {
        var clean = new string([.. name.Where(c => !"[]:*?/\\".Contains(c))]).Trim('\'', ' ');
        var candidate = clean.Length <= 31 ? clean : clean[..30].TrimEnd() + "…";
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (clean.Length + suffix.Length <= 31 ? clean : clean[..(30 - suffix.Length)].TrimEnd() + "…") + suffix;
        }

        return candidate;
    }
}
