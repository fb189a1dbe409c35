using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>What the figures are asked for: the period, and optionally one organisation and one municipality of the region.</summary>
public sealed record Selection(Period Period, Guid? Organisation, string? Municipality);

/// <summary>One row of a breakdown as the database counted it: the key (an enum name, an id or a name; empty: unknown) and its cell.</summary>
public sealed record KeyedCell(string Key, Cell Cell);

/// <summary>
/// One record as an indicator counts it: the breakdown key and whether it meets the indicator's condition (1/0, for
/// shares). Every indicator projects its records to this, so one GROUP BY serves them all.
/// </summary>
public sealed class Fact<TKey>
{
    public TKey Key { get; init; } = default!;

    public int Hit { get; init; }
}

/// <summary>
/// The indicators' SQL: per indicator and breakdown one GROUP BY in the database (region scope from the global query
/// filter), never rows loaded to be counted. <see cref="CellsAsync"/> answers the rows of one breakdown for one period.
/// </summary>
public sealed class IndicatorQueries(WerkbrugDb db)
{
    public Task<IReadOnlyList<KeyedCell>> CellsAsync(IndicatorDefinition indicator, string breakdown, Selection selection, Period period, CancellationToken cancellationToken) =>
        indicator.Key switch
        {
            IndicatorCatalogue.Placements or IndicatorCatalogue.CrossPartnerPlacements =>
                PlacementsAsync(breakdown, Started(selection, period), indicator.Kind, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Key, "No query for this indicator."),
        };

    /// <summary>Placements that started in the period; the organisation is the placing one, the municipality the work location's.</summary>
    private IQueryable<Placement> Started(Selection selection, Period period)
    {
        var placements = db.Placements.AsNoTracking().Where(p => p.StartDate >= period.From && p.StartDate <= period.To);
        if (selection.Organisation is { } organisation)
        {
            placements = placements.Where(p => p.PlacingOrganisationId == organisation);
        }

        if (selection.Municipality is { } municipality)
        {
            placements = placements.Where(p => db.Vacancies.Any(v => v.Id == p.VacancyId && v.MunicipalityName == municipality));
        }

        return placements;
    }

    /// <summary>
    /// Placements per <paramref name="breakdown"/>. A hit is a placement of another partner's candidate (the owner
    /// organisation is not the placing one): the cross-partner share counts hits, the placement count ignores them.
    /// </summary>
    private Task<IReadOnlyList<KeyedCell>> PlacementsAsync(string breakdown, IQueryable<Placement> placements, IndicatorKind kind, CancellationToken cancellationToken)
    {
        var rows = placements.Select(p => new { Placement = p, Hit = p.OwnerOrganisationId != p.PlacingOrganisationId ? 1 : 0 });
        return breakdown switch
        {
            Breakdowns.Benefit => GroupAsync(
                from r in rows
                join j in db.JobSeekers on r.Placement.JobSeekerId equals j.Id into profiles
                from j in profiles.DefaultIfEmpty()
                select new Fact<BenefitType?> { Key = j == null ? null : j.Benefit, Hit = r.Hit },
                kind, cancellationToken),
            Breakdowns.Municipality => GroupAsync(
                from r in rows
                join v in db.Vacancies on r.Placement.VacancyId equals v.Id into vacancies
                from v in vacancies.DefaultIfEmpty()
                select new Fact<string?> { Key = v == null ? null : v.MunicipalityName, Hit = r.Hit },
                kind, cancellationToken),
            Breakdowns.OwnerOrganisation => GroupAsync(rows.Select(r => new Fact<Guid> { Key = r.Placement.OwnerOrganisationId, Hit = r.Hit }), kind, cancellationToken),
            Breakdowns.PlacingOrganisation => GroupAsync(rows.Select(r => new Fact<Guid> { Key = r.Placement.PlacingOrganisationId, Hit = r.Hit }), kind, cancellationToken),
            Breakdowns.ContractType => GroupAsync(rows.Select(r => new Fact<ContractType> { Key = r.Placement.ContractType, Hit = r.Hit }), kind, cancellationToken),
            Breakdowns.Instrument => GroupAsync(rows.Select(r => new Fact<PlacementInstrument> { Key = r.Placement.Instrument, Hit = r.Hit }), kind, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of placements."),
        };
    }

    private static async Task<IReadOnlyList<KeyedCell>> GroupAsync<TKey>(IQueryable<Fact<TKey>> facts, IndicatorKind kind, CancellationToken cancellationToken)
    {
        var groups = await facts.GroupBy(f => f.Key)
            .Select(g => new { g.Key, Rows = g.Count(), Hits = g.Sum(f => f.Hit) })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new KeyedCell(
                Convert.ToString(g.Key, CultureInfo.InvariantCulture) ?? string.Empty,
                kind == IndicatorKind.Share ? new Cell(g.Hits, g.Rows) : new Cell(g.Rows)))
            .ToList();
    }
}
