using System.Globalization;

namespace Werkbrug.Matching.Taxonomy;

/// <summary>
/// The compact tab-separated format of the embedded starter set, one concept or link per line:
/// <c>O uri isco sector labelNl labelEn altLabelsNl [altLabelsEn]</c> (alternatives joined by <c>|</c>),
/// <c>S uri kind reuseLevel labelNl labelEn [altLabelsNl altLabelsEn]</c>, <c>R occupationUri skillUri E|O</c> and
/// <c>B childUri parentUri</c>. The bracketed columns are optional: the starter set leaves them out, a whole imported
/// taxonomy (<see cref="Write(TextWriter, SkillTaxonomy)"/>) keeps every alternative label.
/// Lines starting with <c>#</c> are comments. URIs are written without the common
/// <c>http://data.europa.eu/esco/</c> prefix.
/// </summary>
public static class TaxonomyTsv
{
    public const string EscoPrefix = "http://data.europa.eu/esco/";

    /// <summary>The starter set embedded in this library: common employer-service occupations with Dutch labels.</summary>
    public static SkillTaxonomy Starter => StarterSet.Value;

    private static readonly Lazy<SkillTaxonomy> StarterSet = new(LoadStarter);

    public static void Read(TextReader reader, TaxonomyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "O":
                    builder.AddOccupation(Expand(f[1]), "nl", Empty(f[4]), Split(f[6]), Empty(f[2]), Empty(f[3]));
                    builder.AddOccupation(Expand(f[1]), "en", Empty(f[5]), f.Length > 7 ? Split(f[7]) : null);
                    break;
                case "S":
                    var kind = f[2] switch { "knowledge" => SkillKind.Knowledge, "group" => SkillKind.Group, _ => SkillKind.Skill };
                    builder.AddSkill(Expand(f[1]), "nl", Empty(f[4]), f.Length > 6 ? Split(f[6]) : null, kind, Empty(f[3]));
                    builder.AddSkill(Expand(f[1]), "en", Empty(f[5]), f.Length > 7 ? Split(f[7]) : null, kind);
                    break;
                case "R":
                    builder.AddRelation(Expand(f[1]), Expand(f[2]), f[3] == "E");
                    break;
                case "B":
                    builder.AddBroader(Expand(f[1]), Expand(f[2]));
                    break;
                default:
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Unknown taxonomy line kind '{f[0]}'."));
            }
        }
    }

    /// <summary>Writes the whole taxonomy with every label and alternative label, so <see cref="Read"/> builds it again as it was.</summary>
    public static void Write(TextWriter writer, SkillTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(taxonomy);
        foreach (var o in taxonomy.Occupations)
        {
            writer.WriteLine(string.Join('\t', "O", Compact(o.Uri), Clean(o.IscoGroup), Clean(o.Sector), Clean(o.LabelNl), Clean(o.LabelEn), Join(o.AltLabelsNl), Join(o.AltLabelsEn)));
        }

        foreach (var s in taxonomy.Skills)
        {
            writer.WriteLine(string.Join('\t', "S", Compact(s.Uri), KindName(s.Kind), Clean(s.ReuseLevel), Clean(s.LabelNl), Clean(s.LabelEn), Join(s.AltLabelsNl), Join(s.AltLabelsEn)));
        }

        WriteLinks(writer, taxonomy, taxonomy.Occupations, taxonomy.Skills, _ => true);
    }

    /// <summary>Writes the given occupations and skills (and the relations and links among them) of a taxonomy.</summary>
    public static void Write(TextWriter writer, SkillTaxonomy taxonomy, IReadOnlyList<Occupation> occupations, IReadOnlyList<Skill> skills, Func<Skill, string?> dutchSkillLabel)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var included = skills.Select(s => s.Id).ToHashSet();
        foreach (var o in occupations)
        {
            writer.WriteLine(string.Join('\t', "O", Compact(o.Uri), o.IscoGroup, o.Sector, o.LabelNl, o.LabelEn, string.Join('|', o.AltLabelsNl)));
        }

        foreach (var s in skills)
        {
            writer.WriteLine(string.Join('\t', "S", Compact(s.Uri), KindName(s.Kind), s.ReuseLevel, dutchSkillLabel(s), s.LabelEn));
        }

        WriteLinks(writer, taxonomy, occupations, skills, included.Contains);
    }

    private static void WriteLinks(TextWriter writer, SkillTaxonomy taxonomy, IReadOnlyList<Occupation> occupations, IReadOnlyList<Skill> skills, Func<SkillId, bool> included)
    {
        foreach (var o in occupations)
        {
            foreach (var s in o.EssentialSkills.Where(included))
            {
                writer.WriteLine(string.Join('\t', "R", Compact(o.Uri), Compact(taxonomy[s].Uri), "E"));
            }

            foreach (var s in o.OptionalSkills.Where(included))
            {
                writer.WriteLine(string.Join('\t', "R", Compact(o.Uri), Compact(taxonomy[s].Uri), "O"));
            }
        }

        foreach (var s in skills)
        {
            foreach (var p in s.Broader.Where(included))
            {
                writer.WriteLine(string.Join('\t', "B", Compact(s.Uri), Compact(taxonomy[p].Uri)));
            }
        }
    }

    private static SkillTaxonomy LoadStarter()
    {
        using var stream = typeof(TaxonomyTsv).Assembly.GetManifestResourceStream("Werkbrug.Matching.starter-taxonomy.tsv")
            ?? throw new InvalidOperationException("The embedded starter taxonomy is missing.");
        using var reader = new StreamReader(stream);
        var builder = new TaxonomyBuilder();
        Read(reader, builder);
        return builder.Build();
    }

    private static string KindName(SkillKind kind) => kind switch { SkillKind.Knowledge => "knowledge", SkillKind.Group => "group", _ => "skill" };

    /// <summary>A label as one field: the format's separators (tab, line break, <c>|</c>) become spaces.</summary>
    private static string Clean(string? value) => value is null ? string.Empty
        : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Replace('|', ' ').Trim();

    private static string Join(IReadOnlyList<string> labels) => string.Join('|', labels.Select(Clean).Where(l => l.Length > 0));

    private static string Compact(string uri) => uri.StartsWith(EscoPrefix, StringComparison.Ordinal) ? uri[EscoPrefix.Length..] : uri;

    private static string Expand(string uri) => uri.Contains("://", StringComparison.Ordinal) ? uri : EscoPrefix + uri;

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private static string[] Split(string value) => value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
