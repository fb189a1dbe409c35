using System.Text;

namespace Werkbrug.Domain.Common;

/// <summary>One CSV record: its fields and the (1-based) line on which it starts, for validation reports.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A streaming RFC 4180 reader: quoted fields may hold separators, doubled quotes and line breaks
/// (the ESCO download and most legacy exports use them). CR, LF and CRLF all end a record; a blank line
/// yields no record. The separator is given or detected from the header line (<c>;</c> is what Dutch
/// spreadsheet software writes, <c>,</c> the international default, tab for TSV).
/// </summary>
public static class Csv
{
    /// <summary>Guesses the separator from the first line: whichever of <c>; , TAB</c> occurs most outside quotes.</summary>
    public static char DetectSeparator(string headerLine)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>Reads every record of <paramref name="text"/>.</summary>
    public static IEnumerable<CsvRecord> Parse(string text, char? separator = null) => Read(new StringReader(text), separator);

    /// <summary>
    /// Reads records lazily. With no <paramref name="separator"/> the first line decides (see <see cref="DetectSeparator"/>).
    /// A leading byte-order mark is skipped.
    /// </summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader, char? separator = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var first = reader.Peek();
        if (first == '\uFEFF')
        {
            reader.Read();
        }

        if (separator is null)
        {
            // Detection needs the first line; buffer it and read on from the buffer plus the rest.
            var header = reader.ReadLine();
            if (header is null)
            {
                return [];
            }

            return ReadRecords(new ConcatReader(header + "\n", reader), DetectSeparator(header));
        }

        return ReadRecords(reader, separator.Value);
    }

    private static IEnumerable<CsvRecord> ReadRecords(TextReader reader, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldWasQuoted = false;
        var any = false;

        while (true)
        {
            var next = reader.Read();
            if (next == -1)
            {
                if (any || field.Length > 0 || fields.Count > 0)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(recordLine, fields.ToArray());
                }

                yield break;
            }

            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0 && !fieldWasQuoted)
            {
                quoted = true;
                fieldWasQuoted = true;
                any = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
                any = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (any || field.Length > 0 || fields.Count > 0)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(recordLine, fields.ToArray());
                    fields.Clear();
                    field.Clear();
                }

                fieldWasQuoted = false;
                any = false;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                any = true;
            }
        }
    }

    /// <summary>Reads a buffered prefix, then the rest of the inner reader.</summary>
    private sealed class ConcatReader(string prefix, TextReader rest) : TextReader
    {
        private int _position;

        public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

        public override int Read() => _position < prefix.Length ? prefix[_position++] : rest.Read();
    }
}

/// <summary>Looks fields up by header name (case-insensitive, trimmed), for imports with a documented column spec.</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index;

    public CsvHeader(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = names.Select(n => n.Trim()).ToArray();
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Names.Count; i++)
        {
            _index.TryAdd(Names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>The trimmed value of column <paramref name="name"/>, or null when the column is absent or the value empty.</summary>
    public string? Get(CsvRecord record, string name)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_index.TryGetValue(name, out var i) || i >= record.Fields.Count)
        {
            return null;
        }

        var value = record.Fields[i].Trim();
        return value.Length == 0 ? null : value;
    }
}
