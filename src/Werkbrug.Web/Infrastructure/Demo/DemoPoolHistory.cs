using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Demo;

/// <summary>
/// Pool snapshots (docs/adr/0042) for the last day of each of the past <see cref="Months"/> months, so the pool indicators
/// of the demo region have a previous period (a month, quarter or year before). Derived from the generated profiles, as
/// if the region had run the daily job: in the pool on a day by <see cref="PoolHistory.InPool"/>; werkfit only when
/// assessed werkfit on or before that day (an assessment after it counts as werkfit op termijn); the freshness by
/// <see cref="FreshnessRule"/> with the profile's last contact and update as far before that day as they are before today
/// now (the same rhythm), never before its registration. Written once: a region that has snapshots gets none.
/// </summary>
public static class DemoPoolHistory
{
    public const int Months = 25;

    public static async Task<int> AddAsync(WerkbrugDb db, string regionCode, DateOnly today, FreshnessThresholds thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.PoolDays.AnyAsync(d => d.RegionCode == regionCode, cancellationToken))
        {
            return 0;
        }

        var profiles = await db.JobSeekers.AsNoTracking().Where(j => j.RegionCode == regionCode)
            .Select(j => new { j.OwnerOrganisationId, j.Benefit, j.WerkfitStatus, j.WerkfitAssessedOn, j.RegisteredOn, j.DeregisteredOn, j.LastContactOn, j.UpdatedAtUtc })
            .ToListAsync(cancellationToken);
        var rows = new List<PoolDay>();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        for (var month = 1; month <= Months; month++)
        {
            var day = monthStart.AddMonths(1 - month).AddDays(-1);
            var back = today.DayNumber - day.DayNumber;
            rows.AddRange(profiles.Where(p => PoolHistory.InPool(p.RegisteredOn, p.DeregisteredOn, day))
                .GroupBy(p =>
                {
                    var werkfit = p.WerkfitAssessedOn <= day ? p.WerkfitStatus : WerkfitStatus.WorkReadyLater;
                    var contact = p.LastContactOn is { } last ? Latest(last.AddDays(-back), p.RegisteredOn) : (DateOnly?)null;
                    var updated = Latest(DateOnly.FromDateTime(DutchTime.ToLocal(p.UpdatedAtUtc)).AddDays(-back), p.RegisteredOn);
                    var fresh = FreshnessRule.Of(contact, updated, p.RegisteredOn, day, thresholds) != Freshness.Stale;
                    return (p.OwnerOrganisationId, p.Benefit, werkfit, fresh);
                })
                .Select(g => new PoolDay
                {
                    RegionCode = regionCode,
                    Day = day,
                    OwnerOrganisationId = g.Key.OwnerOrganisationId,
                    Benefit = g.Key.Benefit,
                    WerkfitStatus = g.Key.werkfit,
                    Fresh = g.Key.fresh,
                    Count = g.Count(),
                }));
        }

        db.PoolDays.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return rows.Count;
    }

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;
}
