using System.Globalization;

namespace Werkbrug.Matching.Taxonomy;

/// <summary>
/// The compact tab-separated format of the embedded starter set, one concept or link per line:
/// <c>O uri isco sector labelNl labelEn altLabelsNl</c> (alternatives joined by <c>|</c>),
/// <c>S uri kind reuseLevel labelNl labelEn</c>, <c>R occupationUri skillUri E|O</c> and <c>B childUri parentUri</c>.
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
                    builder.AddOccupation(Expand(f[1]), "en", Empty(f[5]));
                    break;
                case "S":
                    var kind = f[2] switch { "knowledge" => SkillKind.Knowledge, "group" => SkillKind.Group, _ => SkillKind.Skill };
                    builder.AddSkill(Expand(f[1]), "nl", Empty(f[4]), null, kind, Empty(f[3]));
                    builder.AddSkill(Expand(f[1]), "en", Empty(f[5]), null, kind);
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
            var kind = s.Kind switch { SkillKind.Knowledge => "knowledge", SkillKind.Group => "group", _ => "skill" };
            writer.WriteLine(string.Join('\t', "S", Compact(s.Uri), kind, s.ReuseLevel, dutchSkillLabel(s), s.LabelEn));
        }

        foreach (var o in occupations)
        {
            foreach (var s in o.EssentialSkills.Where(included.Contains))
            {
                writer.WriteLine(string.Join('\t', "R", Compact(o.Uri), Compact(taxonomy[s].Uri), "E"));
            }

            foreach (var s in o.OptionalSkills.Where(included.Contains))
            {
                writer.WriteLine(string.Join('\t', "R", Compact(o.Uri), Compact(taxonomy[s].Uri), "O"));
            }
        }

        foreach (var s in skills)
        {
            foreach (var p in s.Broader.Where(included.Contains))
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

    private static string Compact(string uri) => uri.StartsWith(EscoPrefix, StringComparison.Ordinal) ? uri[EscoPrefix.Length..] : uri;

    private static string Expand(string uri) => uri.Contains("://", StringComparison.Ordinal) ? uri : EscoPrefix + uri;

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private static string[] Split(string value) => value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
