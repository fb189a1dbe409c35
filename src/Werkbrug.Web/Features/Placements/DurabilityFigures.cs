using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Placements;

/// <summary>
/// Durability per placing organisation of the region and for the region as a whole: how many placements have a known
/// status at 6 and at 12 months, and the share of them still employed (<see cref="DurabilityShare"/>). Counts only,
/// so every organisation of the region is shown, with zero counts too.
/// </summary>
public static class DurabilityFigures
{
    public sealed record Share(int Checked, int StillEmployed, double? Percentage)
    {
        public static Share Of(DurabilityShare share) =>
            new(share.Checked, share.StillEmployed, share.Share is { } s ? Math.Round(s * 100, 1) : null);
    }

    public sealed record Row(Guid? OrganisationId, string Name, int Placements, Share SixMonths, Share TwelveMonths);

    public sealed record View(string? RegionCode, Row Region, IReadOnlyList<Row> Organisations);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<View>> HandleAsync(CancellationToken cancellationToken)
        {
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            var placements = await db.Placements.AsNoTracking()
                .Select(p => new { p.PlacingOrganisationId, p.EmployedAtSixMonths, p.EmployedAtTwelveMonths })
                .ToListAsync(cancellationToken);
            Row RowOf(Guid? id, string name, IEnumerable<(bool? Six, bool? Twelve)> statuses)
            {
                var list = statuses.ToList();
                return new Row(id, name, list.Count, Share.Of(DurabilityShare.Of(list.Select(s => s.Six))), Share.Of(DurabilityShare.Of(list.Select(s => s.Twelve))));
            }

            var rows = organisations.Select(o => RowOf(o.Id, o.Name, placements.Where(p => p.PlacingOrganisationId == o.Id).Select(p => (p.EmployedAtSixMonths, p.EmployedAtTwelveMonths)))).ToList();
            var region = RowOf(null, db.Scope.RegionCode ?? string.Empty, placements.Select(p => (p.EmployedAtSixMonths, p.EmployedAtTwelveMonths)));
            return new View(db.Scope.RegionCode, region, rows);
        }
    }
}
