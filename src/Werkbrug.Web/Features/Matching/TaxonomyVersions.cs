using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Matching;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// The taxonomy an operator brings (ADR 0044): the <c>import-esco</c> verb reads an official ESCO CSV download (or the
/// tabiya export of it) into one new <see cref="TaxonomyVersion"/>; every instance reads the latest version once at start
/// (<see cref="Load"/>) and falls back to the embedded starter set only when none was imported. An import marks every
/// profile and vacancy for resolving again, so labels the starter set did not know get their codes at the next start.
/// </summary>
public static partial class TaxonomyVersions
{
    public const string NoOccupations = "The files hold no ESCO occupations (an occupations CSV with conceptUri, preferredLabel and iscoGroup columns).";

    /// <summary>What an import did: the version written (or the one it equals), what it holds, and how many rows are resolved again.</summary>
    public sealed record Imported(int Number, bool Unchanged, MatchingCodes.TaxonomyInForce Holds, int Relations, int ProfilesToResolve, int VacanciesToResolve);

    /// <summary>Reads the ESCO CSV files in <paramref name="paths"/> (files or folders); a file named like <c>skills_nl.csv</c> is in its own language, others in <paramref name="language"/>.</summary>
    public static (SkillTaxonomy Taxonomy, IReadOnlyList<string> Files) Read(IReadOnlyList<string> paths, string language)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.csv") : File.Exists(p) ? [p]
            : throw new FileNotFoundException($"{p} is neither a file nor a folder.", p));
        var builder = new TaxonomyBuilder();
        var read = new EscoImporter(builder).ImportFiles(files.Select(f => (f, EscoImporter.LanguageOf(f, language))));
        return (builder.Build(), [.. read.Select(f => Path.GetFileName(f.Path))]);
    }

    /// <summary>
    /// Stores <paramref name="taxonomy"/> as the next version, unless it equals the one in force, and marks every profile
    /// and vacancy for resolving again, in one transaction. Runs in the system scope (the taxonomy is national).
    /// </summary>
    public static async Task<Imported> StoreAsync(WerkbrugDb db, SkillTaxonomy taxonomy, IReadOnlyList<string> files, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (taxonomy.Occupations.Count == 0)
        {
            throw new InvalidDataException(NoOccupations);
        }

        using var text = new StringWriter();
        TaxonomyTsv.Write(text, taxonomy);
        var content = Encoding.UTF8.GetBytes(text.ToString());
        var digest = Convert.ToHexStringLower(SHA256.HashData(content));
        var relations = taxonomy.Occupations.Sum(o => o.EssentialSkills.Count + o.OptionalSkills.Count);

        if (!db.Scope.IsSystem)
        {
            throw new InvalidOperationException("A taxonomy is imported in the system scope: it is national, and every region's rows are resolved again.");
        }

        var latest = await db.TaxonomyVersions.AsNoTracking().OrderByDescending(t => t.Number).Select(t => new { t.Number, t.Digest }).FirstOrDefaultAsync(cancellationToken);
        if (latest?.Digest == digest)
        {
            return new Imported(latest.Number, true, MatchingCodes.TaxonomyInForce.Of(taxonomy, latest.Number, null), relations, 0, 0);
        }

        var holds = MatchingCodes.TaxonomyInForce.Of(taxonomy, (latest?.Number ?? 0) + 1, nowUtc);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = new TaxonomyVersion
        {
            Number = holds.Version,
            ImportedAtUtc = nowUtc,
            Source = Truncate(string.Join(", ", files), TaxonomyVersionLimits.Source),
            Occupations = holds.Occupations,
            Skills = holds.Skills,
            Relations = relations,
            DutchOccupationLabels = holds.DutchOccupationLabels,
            DutchSkillLabels = holds.DutchSkillLabels,
            Digest = digest,
            Content = Compress(content),
        };
        db.TaxonomyVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        var profiles = await db.JobSeekers.ExecuteUpdateAsync(s => s.SetProperty(j => j.TaxonomyCoded, false), cancellationToken);
        var vacancies = await db.Vacancies.ExecuteUpdateAsync(s => s.SetProperty(v => v.TaxonomyCoded, false), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Imported(version.Number, false, holds, relations, profiles, vacancies);
    }

    /// <summary>The taxonomy in force for this app: the latest imported version, else the embedded starter set (version 0).</summary>
    public static MatchingCodes Load(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<MatchingCodes>>();
        var latest = db.TaxonomyVersions.AsNoTracking().OrderByDescending(t => t.Number).FirstOrDefault();
        if (latest is null)
        {
            var starter = new MatchingCodes(TaxonomyTsv.Starter, 0);
            LogStarter(logger, starter.InForce.Occupations, starter.InForce.Skills);
            return starter;
        }

        var builder = new TaxonomyBuilder();
        using (var reader = new StreamReader(new GZipStream(new MemoryStream(latest.Content), CompressionMode.Decompress), Encoding.UTF8))
        {
            TaxonomyTsv.Read(reader, builder);
        }

        var imported = new MatchingCodes(builder.Build(), latest.Number, latest.ImportedAtUtc);
        LogImported(logger, latest.Number, latest.ImportedAtUtc, imported.InForce.Occupations, imported.InForce.Skills);
        return imported;
    }

    private static byte[] Compress(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Taxonomy: the embedded starter set ({Occupations} occupations, {Skills} skills); no ESCO taxonomy was imported")]
    private static partial void LogStarter(ILogger logger, int occupations, int skills);

    [LoggerMessage(Level = LogLevel.Information, Message = "Taxonomy: imported version {Number} of {ImportedAtUtc:u} ({Occupations} occupations, {Skills} skills)")]
    private static partial void LogImported(ILogger logger, int number, DateTime importedAtUtc, int occupations, int skills);
}
