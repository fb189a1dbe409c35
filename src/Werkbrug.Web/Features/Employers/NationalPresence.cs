using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// In how many labour-market regions a business (a KvK number) is present: the regions where it is
/// registered as an employer plus the regions of the municipalities of all those registrations' locations.
/// Four or more makes it a national account (report ch. 5).
/// </summary>
public static class NationalPresence
{
    /// <summary>
    /// Region counts per KvK number. Reviewed exception to the region filter: it reads other regions'
    /// registrations, but counts distinct region codes inside the database and returns nothing else
    /// (no names, ids, locations or contacts of another region leave this method).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> RegionCountsAsync(this WerkbrugDb db, IReadOnlyCollection<string> kvkNumbers, CancellationToken cancellationToken)
    {
        if (kvkNumbers.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        var registrations = db.Employers.IgnoreQueryFilters().Where(e => kvkNumbers.Contains(e.KvkNumber));
        var registeredIn = registrations.Select(e => new { e.KvkNumber, e.RegionCode });
        var locatedIn = registrations
            .SelectMany(e => e.Locations, (e, l) => new { e.KvkNumber, l.MunicipalityName })
            .Join(db.Municipalities, x => x.MunicipalityName, m => m.Name, (x, m) => new { x.KvkNumber, m.RegionCode });
        return await registeredIn.Union(locatedIn)
            .GroupBy(x => x.KvkNumber)
            .Select(g => new { Kvk = g.Key, Regions = g.Count() })
            .ToDictionaryAsync(x => x.Kvk, x => x.Regions, cancellationToken);
    }
}
