using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Infrastructure.Imports;

/// <summary>The `Imports` section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>A file with more data rows is refused as a whole (split it).</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 50_000;

    /// <summary>Rows saved per transaction; a crash loses at most the batch in flight, and a re-import completes it.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}

/// <summary>
/// One documented column of an import file: its English name (the API field it fills) and the Dutch name a
/// spreadsheet from a Dutch system tends to use; either is accepted in the header, in any case. The page explains
/// it with the resource <see cref="HintKey"/> ("ImportColumn.&lt;name&gt;" unless given).
/// </summary>
public sealed record ImportColumn(string Name, string DutchName, bool Required, string Field, string? Hint = null)
{
    public string HintKey => Hint ?? "ImportColumn." + Name;
}

public enum ImportOutcome
{
    Created = 1,
    Updated = 2,
    Unchanged = 3,
    Rejected = 4,
}

/// <summary>What happened to one data row: its line in the file, its key (KvK number, external id), and its errors or warnings.</summary>
public sealed record ImportRow(int Line, string? Key, ImportOutcome Outcome, IReadOnlyList<Error> Errors, IReadOnlyList<Error> Warnings);

/// <summary>The result of an import before it is put into words.</summary>
public sealed record ImportResult(bool DryRun, IReadOnlyList<ImportRow> Rows);

/// <summary>The per-row validation report as pages and the API show it (rows without remarks are only counted).</summary>
public sealed record ImportReport(bool DryRun, int Total, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportReport.Row> Rows)
{
    public sealed record Row(int Line, string? Key, ImportOutcome Outcome, IReadOnlyList<Message> Errors, IReadOnlyList<Message> Warnings);

    public sealed record Message(string? Column, string Text);

    /// <summary>
    /// Puts <paramref name="result"/> into words. A remark names its column as the API does (<see cref="ImportColumn.Name"/>), or,
    /// on a page, by the Dutch name (<paramref name="dutchColumnNames"/>) a person finds in a spreadsheet from a Dutch system.
    /// </summary>
    public static ImportReport From(ImportResult result, IReadOnlyList<ImportColumn> columns, IStringLocalizer text, bool dutchColumnNames = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        string? Column(Error e) => columns.FirstOrDefault(c => c.Field == e.Field) is { } c ? dutchColumnNames ? c.DutchName : c.Name : null;
        Message Describe(Error e) => new(Column(e), text.Describe(e));
        var count = (ImportOutcome o) => result.Rows.Count(r => r.Outcome == o);
        return new ImportReport(
            result.DryRun, result.Rows.Count, count(ImportOutcome.Created), count(ImportOutcome.Updated), count(ImportOutcome.Unchanged), count(ImportOutcome.Rejected),
            result.Rows.Where(r => r.Errors.Count > 0 || r.Warnings.Count > 0)
                .Select(r => new Row(r.Line, r.Key, r.Outcome, r.Errors.Select(Describe).ToList(), r.Warnings.Select(Describe).ToList()))
                .ToList());
    }
}

/// <summary>A CSV file read against its column spec: the header checked, then each data row by column name.</summary>
public sealed class ImportFile
{
    private readonly Dictionary<string, int> _positions;

    private ImportFile(Dictionary<string, int> positions, List<CsvRecord> rows)
    {
        _positions = positions;
        Rows = rows;
    }

    public IReadOnlyList<CsvRecord> Rows { get; }

    /// <summary>
    /// Reads the whole file. The file as a whole is refused (field <c>File</c>) when it is empty, lacks a required
    /// column, names a column twice or an unknown one, or has more than <paramref name="maxRows"/> data rows.
    /// </summary>
    public static Result<ImportFile> Read(TextReader reader, IReadOnlyList<ImportColumn> columns, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        using var records = Csv.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            return Error.Validation("File", "Import.EmptyFile");
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = records.Current.Fields;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var column = columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(c.DutchName, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                return Error.Validation("File", "Import.UnknownColumn", Shorten(name));
            }

            if (!positions.TryAdd(column.Field, i))
            {
                return Error.Validation("File", "Import.DuplicateColumn", column.Name);
            }
        }

        if (columns.FirstOrDefault(c => c.Required && !positions.ContainsKey(c.Field)) is { } missing)
        {
            return Error.Validation("File", "Import.MissingColumn", missing.Name);
        }

        var rows = new List<CsvRecord>();
        while (records.MoveNext())
        {
            if (rows.Count == maxRows)
            {
                return Error.Validation("File", "Import.TooManyRows", maxRows);
            }

            rows.Add(records.Current);
        }

        return new ImportFile(positions, rows);
    }

    /// <summary>Whether the file has the column for <paramref name="field"/>; an absent optional column leaves existing values alone.</summary>
    public bool Has(string field) => _positions.ContainsKey(field);

    /// <summary>The trimmed value of <paramref name="field"/> in <paramref name="row"/>, null when absent or empty.</summary>
    public string? Get(CsvRecord row, string field)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_positions.TryGetValue(field, out var i) || i >= row.Fields.Count)
        {
            return null;
        }

        var value = row.Fields[i].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A value as a report quotes it: cut to <paramref name="max"/> characters, so one odd cell cannot flood the report.</summary>
    public static string Shorten(string value, int max = 40) => value.Length > max ? value[..max] + "…" : value;
}

/// <summary>Reads an uploaded file or request body as text: UTF-8 (with or without BOM), else Windows Latin-1 as older exports write it.</summary>
public static class ImportText
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<string> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return System.Text.Encoding.Latin1.GetString(bytes);
        }
    }
}
