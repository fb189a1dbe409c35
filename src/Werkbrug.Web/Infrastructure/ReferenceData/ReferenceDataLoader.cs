using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Geography;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Reference;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.ReferenceData;

/// <summary>
/// Loads the reference data shipped in this assembly (regions and municipalities, PC4 centroids, SBI
/// sections, staff roles). Idempotent: rows that exist are updated in place, missing rows are added, so every start
/// and every instance can run it.
/// </summary>
public sealed class ReferenceDataLoader(WerkbrugDb db, ILogger<ReferenceDataLoader> logger)
{
    /// <summary>
    /// The municipalities of the shipped file, today's. A database made before a merger keeps the merged municipalities
    /// (employers, vacancies and organisations point at them), but forms no longer offer them.
    /// </summary>
    public static IReadOnlySet<string> CurrentMunicipalities { get; } = Read("regions.csv", ';').SelectMany(f => f[2].Split('|')).ToHashSet(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        var municipalities = await db.Municipalities.Select(m => m.Name).ToHashSetAsync(cancellationToken);
        foreach (var fields in Read("regions.csv", ';'))
        {
            var (code, name) = (fields[0], fields[1]);
            if (regions.TryGetValue(code, out var region))
            {
                region.Name = name;
            }
            else
            {
                db.Regions.Add(new Region { Code = code, Name = name });
            }

            foreach (var municipality in fields[2].Split('|').Where(m => !municipalities.Contains(m)))
            {
                db.Municipalities.Add(new Municipality { Name = municipality, RegionCode = code });
            }
        }

        var sections = await db.SbiSections.ToDictionaryAsync(s => s.Letter, cancellationToken);
        foreach (var fields in Read("sbi-sections.csv", '|'))
        {
            if (sections.TryGetValue(fields[0], out var section))
            {
                (section.NameNl, section.NameEn) = (fields[1], fields[2]);
            }
            else
            {
                db.SbiSections.Add(new SbiSection { Letter = fields[0], NameNl = fields[1], NameEn = fields[2] });
            }
        }

        var areas = await db.PostcodeAreas.Select(p => p.Pc4).ToHashSetAsync(cancellationToken);
        var added = 0;
        foreach (var fields in Read("pc4.csv", ';').Where(f => !areas.Contains(f[0])))
        {
            db.PostcodeAreas.Add(new PostcodeArea
            {
                Pc4 = fields[0],
                Latitude = double.Parse(fields[1], CultureInfo.InvariantCulture),
                Longitude = double.Parse(fields[2], CultureInfo.InvariantCulture),
            });
            added++;
        }

        var roles = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Except(roles))
        {
            db.Roles.Add(new IdentityRole<Guid>(role!) { Id = Ids.New(), NormalizedName = role!.ToUpperInvariant() });
        }

        var changes = await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reference data loaded: {Changes} changes, {Pc4Added} postcode areas added", changes, added);
    }

    private static IEnumerable<string[]> Read(string file, char separator)
    {
        using var stream = typeof(ReferenceDataLoader).Assembly.GetManifestResourceStream($"{typeof(ReferenceDataLoader).Namespace}.{file}")
            ?? throw new InvalidOperationException($"Reference data file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split(separator);
            }
        }
    }
}
