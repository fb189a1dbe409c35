using System.Globalization;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>starter-set [output]</c>: regenerates the library's embedded starter taxonomy from the shared ESCO data and two
/// hand-written inputs in <c>StarterSet/</c>: <c>occupations.txt</c> (sector|Dutch label of each chosen occupation,
/// matched on the preferred label, else an alternative label) and <c>skills-nl.tsv</c> (Dutch labels written for the
/// skills). Each occupation keeps at most eight main skills (essential first). A few ISCO unit groups are topped up
/// with their best-described occupations so every sector is covered.
/// </summary>
internal static class StarterSetVerb
{
    private const int SkillsPerOccupation = 8;

    private static readonly (string Sector, string[] IscoGroups)[] TopUp =
    [
        ("groen", ["6111", "6112", "6121", "9211", "9214", "6122", "9215", "6210"]),
        ("techniek", ["2512", "3512", "3513", "7421", "7412", "7127", "7231", "3114"]),
        ("zorg", ["3221", "5321", "3256"]),
    ];

    public static int Run(string[] args)
    {
        var here = Path.Combine(FindRepo(), "bench", "Werkbrug.Benchmarks", "StarterSet");
        var output = args.Length > 1 ? args[1] : Path.Combine(FindRepo(), "src", "Werkbrug.Matching", "Taxonomy", "starter-taxonomy.tsv");
        var esco = SharedData.LoadEsco();
        var dutchSkills = File.ReadAllLines(Path.Combine(here, "skills-nl.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

        var chosen = new List<Occupation>();
        var sectors = new Dictionary<Occupation, string>();
        void Choose(Occupation o, string sector)
        {
            if (sectors.TryAdd(o, sector))
            {
                chosen.Add(o);
            }
        }

        foreach (var line in File.ReadAllLines(Path.Combine(here, "occupations.txt")).Where(l => l.Contains('|', StringComparison.Ordinal)))
        {
            var (sector, label) = (line[..line.IndexOf('|', StringComparison.Ordinal)], line[(line.IndexOf('|', StringComparison.Ordinal) + 1)..].Trim());
            var hit = esco.Occupations.Where(o => string.Equals(o.LabelNl, label, StringComparison.OrdinalIgnoreCase)).ToList();
            if (hit.Count == 0)
            {
                hit = esco.Occupations.Where(o => o.AltLabelsNl.Contains(label, StringComparer.OrdinalIgnoreCase)).ToList();
            }

            if (hit.FirstOrDefault(o => o.EssentialSkills.Count + o.OptionalSkills.Count > 0) is { } found)
            {
                Choose(found, sector);
            }
        }

        foreach (var (sector, iscoGroups) in TopUp)
        {
            foreach (var isco in iscoGroups)
            {
                foreach (var o in esco.Occupations.Where(o => o.IscoGroup == isco && !sectors.ContainsKey(o) && o.EssentialSkills.Count + o.OptionalSkills.Count > 0)
                    .OrderByDescending(o => o.EssentialSkills.Count + o.OptionalSkills.Count).ThenBy(o => o.Uri, StringComparer.Ordinal).Take(2).ToList())
                {
                    Choose(o, sector);
                }
            }
        }

        var builder = new TaxonomyBuilder();
        var skills = new SortedDictionary<string, Skill>(StringComparer.Ordinal);
        foreach (var o in chosen)
        {
            var main = o.EssentialSkills.Select(s => (s, true)).Concat(o.OptionalSkills.Select(s => (s, false))).Take(SkillsPerOccupation).ToList();
            builder.AddOccupation(o.Uri, "nl", o.LabelNl, o.AltLabelsNl, o.IscoGroup, sectors[o]);
            builder.AddOccupation(o.Uri, "en", o.LabelEn);
            foreach (var (s, essential) in main)
            {
                var skill = esco[s];
                skills[skill.Uri] = skill;
                builder.AddRelation(o.Uri, skill.Uri, essential);
            }
        }

        // Broader links among the chosen skills, and skill groups shared by two or more of them (for sibling credit).
        var missing = 0;
        var groups = skills.Values.SelectMany(s => s.Broader).GroupBy(g => g).Where(g => g.Count() >= 2 || skills.ContainsKey(esco[g.Key].Uri)).Select(g => esco[g.Key]).ToList();
        foreach (var s in skills.Values)
        {
            var label = s.LabelEn is not null && dutchSkills.TryGetValue(s.LabelEn, out var nl) ? nl : null;
            if (label is null)
            {
                Console.Error.WriteLine($"missing Dutch label: {s.LabelEn}");
                missing++;
            }
            builder.AddSkill(s.Uri, "nl", label, null, s.Kind, s.ReuseLevel);
            builder.AddSkill(s.Uri, "en", s.LabelEn);
        }

        foreach (var g in groups.Where(g => !skills.ContainsKey(g.Uri)))
        {
            builder.AddSkill(g.Uri, "en", g.LabelEn, null, SkillKind.Group);
        }

        foreach (var s in skills.Values)
        {
            foreach (var p in s.Broader.Select(p => esco[p]).Where(p => skills.ContainsKey(p.Uri) || groups.Contains(p)))
            {
                builder.AddBroader(s.Uri, p.Uri);
            }
        }

        if (missing > 0)
        {
            Console.Error.WriteLine($"starter-set: {missing} skills lack a Dutch label in StarterSet/skills-nl.tsv");
            return 1;
        }

        var starter = builder.Build();
        using (var writer = new StreamWriter(output) { NewLine = "\n" })
        {
            writer.WriteLine("# Werkbrug starter taxonomy: generated by `dotnet run --project bench/Werkbrug.Benchmarks -- starter-set`.");
            writer.WriteLine("# Facts (URIs, labels, relations, hierarchy) from ESCO v1.1.1 (European Commission, free reuse with attribution);");
            writer.WriteLine("# Dutch skill labels written for Werkbrug. Format: see TaxonomyTsv.");
            TaxonomyTsv.Write(writer, starter, starter.Occupations, starter.Skills, s => s.LabelNl);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"starter-set: occupations={starter.Occupations.Count} skills={starter.Skills.Count(s => s.Kind != SkillKind.Group)} groups={starter.Skills.Count(s => s.Kind == SkillKind.Group)} sectors={string.Join(',', starter.Occupations.GroupBy(o => o.Sector).Select(g => $"{g.Key}:{g.Count()}"))} -> {output}"));
        return 0;
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Werkbrug.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run from inside the repository.");
    }
}
