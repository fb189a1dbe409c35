using Werkbrug.Domain.Common;

namespace Werkbrug.Matching.Taxonomy;

/// <summary>
/// Reads ESCO CSV downloads into a <see cref="TaxonomyBuilder"/>. Two layouts are understood, recognised by their
/// header: the official ESCO download (<c>occupations_nl.csv</c>, <c>skills_nl.csv</c>, <c>skillGroups_nl.csv</c>,
/// <c>occupationSkillRelations_nl.csv</c>, <c>broaderRelationsSkillPillar_nl.csv</c> with <c>conceptUri</c>,
/// <c>occupationUri</c>, <c>skillUri</c>, <c>broaderUri</c> columns) and the tabiya export of it (<c>ESCOURI</c>,
/// <c>ID</c> keys, relations by <c>OCCUPATIONID</c>/<c>SKILLID</c>, hierarchy by <c>PARENTID</c>/<c>CHILDID</c>).
/// Alternative labels are one per line inside a quoted field. Unknown files are skipped.
/// </summary>
public sealed class EscoImporter(TaxonomyBuilder builder)
{
    private readonly Dictionary<string, string> _keyToUri = new(StringComparer.Ordinal);

    public enum FileKind
    {
        Unknown,
        Occupations,
        Skills,
        SkillGroups,
        OccupationSkillRelations,
        SkillHierarchy,
    }

    /// <summary>Imports every recognised CSV file of a download folder, concepts before the relations that refer to them.</summary>
    public void ImportDirectory(string directory, string language) =>
        ImportFiles(Directory.GetFiles(directory, "*.csv").Select(path => (path, language)));

    /// <summary>
    /// Imports the recognised files among <paramref name="files"/>, each in its own language, concepts before the relations
    /// that refer to them; returns the recognised ones with their kind, in the order they were read.
    /// </summary>
    public IReadOnlyList<(string Path, FileKind Kind)> ImportFiles(IEnumerable<(string Path, string Language)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var recognised = files
            .Select(f => (f.Path, f.Language, Kind: Classify(ReadHeader(f.Path))))
            .Where(f => f.Kind != FileKind.Unknown)
            .OrderBy(f => f.Kind)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var (path, language, _) in recognised)
        {
            ImportFile(path, language);
        }

        return [.. recognised.Select(f => (f.Path, f.Kind))];
    }

    /// <summary>
    /// The language of an official ESCO download file from its name (<c>skills_nl.csv</c>: nl), or <paramref name="fallback"/>
    /// when the name carries none (the tabiya export's <c>skills.csv</c>).
    /// </summary>
    public static string LanguageOf(string path, string fallback)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Length > 3 && name[^3] == '_' && char.IsAsciiLetterLower(name[^2]) && char.IsAsciiLetterLower(name[^1]) ? name[^2..] : fallback;
    }

    public FileKind ImportFile(string path, string language)
    {
        using var reader = new StreamReader(path);
        return Import(reader, language);
    }

    /// <summary>Imports one CSV file; returns what kind of file it was (Unknown ones are ignored).</summary>
    public FileKind Import(TextReader reader, string language)
    {
        using var records = Csv.Read(reader, ',').GetEnumerator();
        if (!records.MoveNext())
        {
            return FileKind.Unknown;
        }

        var header = new CsvHeader(records.Current.Fields);
        var kind = Classify(header);
        while (records.MoveNext())
        {
            var r = records.Current;
            switch (kind)
            {
                case FileKind.Occupations:
                    ReadOccupation(header, r, language);
                    break;
                case FileKind.Skills:
                    ReadSkill(header, r, language, group: false);
                    break;
                case FileKind.SkillGroups:
                    ReadSkill(header, r, language, group: true);
                    break;
                case FileKind.OccupationSkillRelations:
                    ReadRelation(header, r);
                    break;
                case FileKind.SkillHierarchy:
                    ReadHierarchy(header, r);
                    break;
                default:
                    return kind;
            }
        }

        return kind;
    }

    /// <summary>Recognises a file by its columns.</summary>
    public static FileKind Classify(CsvHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        bool Has(string name) => header.Has(name);
        if (Has("occupationUri") && Has("skillUri") || Has("OCCUPATIONID") && Has("SKILLID"))
        {
            return FileKind.OccupationSkillRelations;
        }

        // Occupation hierarchies share these headers; their rows are skipped by object type in ReadHierarchy.
        if (Has("broaderUri") || Has("PARENTID") && Has("CHILDID"))
        {
            return FileKind.SkillHierarchy;
        }

        var hasUri = Has("conceptUri") || Has("ESCOURI");
        if (!hasUri || !Has("preferredLabel"))
        {
            return FileKind.Unknown;
        }

        if (Has("iscoGroup") || Has("ISCOGROUPCODE"))
        {
            return FileKind.Occupations;
        }

        if (Has("skillType"))
        {
            return FileKind.Skills;
        }

        // Skill groups have neither ISCO code nor skill type; ISCO group files look alike and are skipped per row.
        return FileKind.SkillGroups;
    }

    private static CsvHeader ReadHeader(string path)
    {
        using var reader = new StreamReader(path);
        var first = Csv.Read(reader, ',').FirstOrDefault();
        return new CsvHeader(first?.Fields ?? []);
    }

    private void ReadOccupation(CsvHeader h, CsvRecord r, string language)
    {
        var uri = h.Get(r, "conceptUri") ?? h.Get(r, "ESCOURI");
        if (uri is null)
        {
            return;
        }

        Remember(h.Get(r, "ID"), uri);
        var isco = h.Get(r, "iscoGroup") ?? h.Get(r, "ISCOGROUPCODE");
        builder.AddOccupation(uri, language, h.Get(r, "preferredLabel"), Lines(h.Get(r, "altLabels")), isco);
    }

    private void ReadSkill(CsvHeader h, CsvRecord r, string language, bool group)
    {
        var uri = h.Get(r, "conceptUri") ?? h.Get(r, "ESCOURI");
        if (uri is null)
        {
            return;
        }

        if (group && (uri.Contains("/isco/", StringComparison.Ordinal) || h.Get(r, "conceptType") is { } type && !type.Equals("SkillGroup", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        Remember(h.Get(r, "ID"), uri);
        var kind = group ? SkillKind.Group
            : (h.Get(r, "skillType") ?? string.Empty).Contains("knowledge", StringComparison.OrdinalIgnoreCase) ? SkillKind.Knowledge : SkillKind.Skill;
        builder.AddSkill(uri, language, h.Get(r, "preferredLabel"), Lines(h.Get(r, "altLabels")), kind, ShortReuseLevel(h.Get(r, "reuseLevel")));
    }

    private void ReadRelation(CsvHeader h, CsvRecord r)
    {
        var occupation = h.Get(r, "occupationUri") ?? UriOf(h.Get(r, "OCCUPATIONID"));
        var skill = h.Get(r, "skillUri") ?? UriOf(h.Get(r, "SKILLID"));
        var type = h.Get(r, "relationType");
        if (occupation is not null && skill is not null)
        {
            builder.AddRelation(occupation, skill, string.Equals(type, "essential", StringComparison.OrdinalIgnoreCase));
        }
    }

    private void ReadHierarchy(CsvHeader h, CsvRecord r)
    {
        if (!IsSkillPillar(h.Get(r, "conceptType") ?? h.Get(r, "CHILDOBJECTTYPE")) || !IsSkillPillar(h.Get(r, "broaderType") ?? h.Get(r, "PARENTOBJECTTYPE")))
        {
            return;
        }

        var child = h.Get(r, "conceptUri") ?? UriOf(h.Get(r, "CHILDID"));
        var parent = h.Get(r, "broaderUri") ?? UriOf(h.Get(r, "PARENTID"));
        if (child is not null && parent is not null)
        {
            builder.AddBroader(child, parent);
        }
    }

    private static bool IsSkillPillar(string? type) =>
        type is null || type.Contains("skill", StringComparison.OrdinalIgnoreCase) || type.Contains("knowledge", StringComparison.OrdinalIgnoreCase);

    private void Remember(string? key, string uri)
    {
        if (key is not null)
        {
            _keyToUri[key] = uri;
        }
    }

    private string? UriOf(string? key) => key is null ? null : _keyToUri.GetValueOrDefault(key);

    private static string? ShortReuseLevel(string? value) => value?[(value.LastIndexOf('/') + 1)..];

    /// <summary>Splits an ESCO label list (one label per line) into trimmed, non-empty labels.</summary>
    public static IReadOnlyList<string> Lines(string? value) =>
        value is null ? [] : value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
