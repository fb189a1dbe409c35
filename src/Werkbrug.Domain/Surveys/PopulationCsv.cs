using System.Globalization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Surveys;

/// <summary>A line of a population file that could not be read: its number and a resource code.</summary>
public sealed record PopulationProblem(int Line, string Code, string? Value = null);

/// <summary>
/// Reads a region's population of employers in the shape CBS publishes it (establishments by SBI section and size class):
/// columns <c>sectie</c> (A–U; empty for a size-class margin), <c>grootteklasse</c> (<c>1-9</c>, <c>10-49</c>, <c>50-99</c>,
/// <c>100+</c>; empty for a section margin) and <c>aantal</c> (a whole number ≥ 0). Separator , ; or tab. A file holds
/// either cells or margins, and each cell or margin once.
/// </summary>
public static class PopulationCsv
{
    public static readonly IReadOnlyList<string> Columns = ["sectie", "grootteklasse", "aantal"];

    private static readonly Dictionary<string, SizeBand> SizeLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1-9"] = SizeBand.Employees1To9,
        ["10-49"] = SizeBand.Employees10To49,
        ["50-99"] = SizeBand.Employees50To99,
        ["100+"] = SizeBand.Employees100Plus,
        [nameof(SizeBand.Employees1To9)] = SizeBand.Employees1To9,
        [nameof(SizeBand.Employees10To49)] = SizeBand.Employees10To49,
        [nameof(SizeBand.Employees50To99)] = SizeBand.Employees50To99,
        [nameof(SizeBand.Employees100Plus)] = SizeBand.Employees100Plus,
    };

    public static string Label(SizeBand size) => SizeLabels.First(l => l.Value == size).Key;

    public static (List<(string? Section, SizeBand? Size, long Count)> Rows, List<PopulationProblem> Problems) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<(string? Section, SizeBand? Size, long Count)>();
        var problems = new List<PopulationProblem>();
        var records = Csv.Parse(text).ToList();
        if (records.Count == 0)
        {
            problems.Add(new(1, "Population.Empty"));
            return (rows, problems);
        }

        var header = new CsvHeader([.. records[0].Fields.Select(f => f.Trim().ToLowerInvariant())]);
        foreach (var missing in Columns.Where(c => !header.Has(c)))
        {
            problems.Add(new(records[0].Line, "Population.MissingColumn", missing));
        }

        if (problems.Count > 0)
        {
            return (rows, problems);
        }

        foreach (var record in records.Skip(1).Where(r => r.Fields.Any(f => f.Length > 0)))
        {
            var section = header.Get(record, "sectie")?.Trim().ToUpperInvariant() is { Length: > 0 } s ? s : null;
            var sizeText = header.Get(record, "grootteklasse")?.Trim() is { Length: > 0 } z ? z : null;
            var countText = header.Get(record, "aantal")?.Trim().Replace(".", string.Empty, StringComparison.Ordinal) ?? string.Empty;
            SizeBand? size = null;
            if (section is not null && (section.Length != 1 || section[0] < 'A' || section[0] > 'U'))
            {
                problems.Add(new(record.Line, "Population.BadSection", section));
                continue;
            }

            if (sizeText is not null)
            {
                if (!SizeLabels.TryGetValue(sizeText, out var band))
                {
                    problems.Add(new(record.Line, "Population.BadSize", sizeText));
                    continue;
                }

                size = band;
            }

            if (!long.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                problems.Add(new(record.Line, "Population.BadCount", countText));
                continue;
            }

            if (section is null && size is null)
            {
                problems.Add(new(record.Line, "Population.NoCell"));
                continue;
            }

            if (rows.Any(r => r.Section == section && r.Size == size))
            {
                problems.Add(new(record.Line, "Population.Twice"));
                continue;
            }

            rows.Add((section, size, count));
        }

        if (problems.Count == 0 && rows.Any(r => r is { Section: not null, Size: not null }) && rows.Any(r => r.Section is null || r.Size is null))
        {
            problems.Add(new(records[0].Line, "Population.CellsAndMargins"));
        }

        if (problems.Count == 0 && rows.Count == 0)
        {
            problems.Add(new(1, "Population.Empty"));
        }

        return (rows, problems);
    }
}
