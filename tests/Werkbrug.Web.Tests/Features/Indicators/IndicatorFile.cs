using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Tests.Features.Indicators;

/// <summary>
/// An indicator export read back as a spreadsheet program or a partner reads it: the CSV with Werkbrug's own CSV reader
/// (the import's), the workbook with the Open XML SDK. Both come out in one shape, so they compare with each other and
/// with the API: per indicator its header lines and per breakdown table its rows as "label|cell|cell…", numbers
/// invariant ("45.8"), a number shown as a percentage with "%" ("45.8%"), other cells as written ("afgeschermd", "–").
/// </summary>
public sealed partial record IndicatorFile(string Key, string Name, IReadOnlyDictionary<string, string> Header, IReadOnlyList<IndicatorFile.Table> Tables)
{
    public sealed record Table(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<string> Rows);

    private const string IndicatorLabel = "Kengetal";

    /// <summary>A CSV export: UTF-8 with its BOM, ';' between fields, decimal commas.</summary>
    public static IReadOnlyList<IndicatorFile> ReadCsv(byte[] content)
    {
        Assert.True(content.AsSpan().StartsWith(Encoding.UTF8.Preamble), "The CSV starts with the UTF-8 byte-order mark.");
        var rows = Csv.Parse(Encoding.UTF8.GetString(content[Encoding.UTF8.Preamble.Length..]), ';').Select(r => r.Fields.ToArray()).ToList();
        return Split(rows, (columns, cell) => CsvNumber().IsMatch(cell)
            ? double.Parse(cell, CultureInfo.GetCultureInfo("nl-NL")).ToString(CultureInfo.InvariantCulture) + (columns.EndsWith("(%)", StringComparison.Ordinal) ? "%" : string.Empty)
            : cell);
    }

    /// <summary>A workbook export (valid Open XML): one sheet per indicator, numbers as numeric cells, a share with a percentage format.</summary>
    public static IReadOnlyList<IndicatorFile> ReadWorkbook(byte[] content, out IReadOnlyList<string> sheetNames)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var workbook = document.WorkbookPart!;
        var styles = workbook.WorkbookStylesPart!.Stylesheet!;
        var percentFormats = styles.NumberingFormats!.Elements<NumberingFormat>().Where(f => f.FormatCode!.Value!.EndsWith('%')).Select(f => f.NumberFormatId!.Value).ToHashSet();
        var percentStyles = styles.CellFormats!.Elements<CellFormat>().Select((f, i) => (f, i)).Where(s => percentFormats.Contains(s.f.NumberFormatId?.Value ?? 0)).Select(s => (uint)s.i).ToHashSet();
        string Shown(Cell cell) => cell.DataType?.Value == CellValues.InlineString
            ? cell.InlineString!.InnerText
            : percentStyles.Contains(cell.StyleIndex?.Value ?? 0)
                ? Math.Round(100 * Number(cell), 1).ToString(CultureInfo.InvariantCulture) + "%"
                : Number(cell).ToString(CultureInfo.InvariantCulture);
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        sheetNames = [.. sheets.Select(s => s.Name!.Value!)];
        return [.. sheets.SelectMany(sheet => Split(
            [.. ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().Select(Shown).ToArray())],
            (_, cell) => cell))];
    }

    private static double Number(Cell cell)
    {
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"A number is a numeric cell: {cell.OuterXml}");
        return double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The rows of one or more indicators: each starts with "Kengetal;name", then label;value lines, then per breakdown a
    /// caption (one cell), its column headings and its rows up to the next caption or indicator. Empty rows are ignored.
    /// </summary>
    private static List<IndicatorFile> Split(List<string[]> rows, Func<string, string, string> cell)
    {
        var files = new List<IndicatorFile>();
        foreach (var row in rows.Where(r => r.Any(c => c.Length > 0)))
        {
            if (row[0] == IndicatorLabel)
            {
                files.Add(new IndicatorFile(string.Empty, row[1], new Dictionary<string, string>(), []));
            }
            else if (row.Length == 1)
            {
                files[^1] = files[^1] with { Tables = [.. files[^1].Tables, new Table(row[0], [], [])] };
            }
            else if (files[^1].Tables.Count == 0)
            {
                ((Dictionary<string, string>)files[^1].Header)[row[0]] = row[1];
                files[^1] = row[0] == "Sleutel" ? files[^1] with { Key = row[1] } : files[^1];
            }
            else
            {
                var table = files[^1].Tables[^1];
                table = table.Columns.Count == 0
                    ? table with { Columns = row }
                    : table with { Rows = [.. table.Rows, string.Join('|', row.Select((c, i) => i == 0 ? c : cell(table.Columns[i], c)))] };
                files[^1] = files[^1] with { Tables = [.. files[^1].Tables.SkipLast(1), table] };
            }
        }

        return files;
    }

    [GeneratedRegex(@"^\d+(,\d+)?$")]
    private static partial Regex CsvNumber();
}
