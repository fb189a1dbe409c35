using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>
/// Finds and loads the real reference data (never copied into the repository): <c>WERKBRUG_SHARED_DATA</c> when set,
/// else a <c>shared/data</c> folder beside the working directory, the program, or any of their parents.
/// </summary>
internal static class SharedData
{
    public static string Root { get; } = Locate();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The ESCO sample (English skills, relations, hierarchy) with the Dutch occupation labels joined by URI.</summary>
    public static SkillTaxonomy LoadEsco()
    {
        var builder = new TaxonomyBuilder();
        var importer = new EscoImporter(builder);
        importer.ImportDirectory(PathOf("esco-sample-en"), "en");
        importer.ImportFile(PathOf("esco-occupations-nl", "occupations_nl.csv"), "nl");
        return builder.Build();
    }

    public static Pc4Map LoadPostcodes()
    {
        using var reader = new StreamReader(PathOf("postcodes", "pc4_centroids.csv"));
        return Pc4Map.Read(reader);
    }

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("WERKBRUG_SHARED_DATA");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : throw new DirectoryNotFoundException($"WERKBRUG_SHARED_DATA={configured} does not exist.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (File.Exists(Path.Combine(candidate, "README.md")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("The shared reference data (shared/data) was not found beside the repository; set WERKBRUG_SHARED_DATA to its path.");
    }
}
