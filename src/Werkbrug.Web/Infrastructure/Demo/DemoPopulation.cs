using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Demo;

/// <summary>
/// A population table of employers (SBI section × size band) for the demo region, for this year and the year before, as
/// a region coordinator would import it from CBS figures: so the survey weighting and the reach among all the region's
/// employers (indicator "employers-reached-of-register") have a register to divide by. Invented from the generated
/// employers: the service point knows about one in <see cref="Known"/> establishments of each stratum. Written once: a
/// region that has a table gets none.
/// </summary>
public static class DemoPopulation
{
    public const int Known = 5;

    public static async Task<int> AddAsync(WerkbrugDb db, string regionCode, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.PopulationCounts.AnyAsync(p => p.RegionCode == regionCode, cancellationToken))
        {
            return 0;
        }

        var employers = await db.Employers.AsNoTracking().Where(e => e.RegionCode == regionCode).Select(e => new { e.SbiSections, e.SizeClass }).ToListAsync(cancellationToken);
        var strata = employers.Where(e => e.SbiSections.Count > 0)
            .GroupBy(e => (Section: e.SbiSections[0], Size: Bands.Of(e.SizeClass)))
            .Select(g => (g.Key.Section, g.Key.Size, Count: (long)g.Count() * Known))
            .ToList();
        var rows = new[] { year - 1, year }.SelectMany(y => strata.Select(s => new PopulationCount
        {
            RegionCode = regionCode,
            Year = y,
            Section = s.Section,
            Size = s.Size,

            // The year before had a few establishments fewer.
            Count = y == year ? s.Count : s.Count - (s.Count / 20),
        })).ToList();
        db.PopulationCounts.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }
}
