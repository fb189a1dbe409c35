using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.LabourMarket;

/// <summary>
/// The picture's SQL: one GROUP BY per figure, keyed by the occupation's ESCO URI (empty: unknown). The region is the
/// caller's (query filter) or, for the public page, <paramref name="publicRegion"/> given explicitly; counts only.
/// </summary>
internal sealed class MarketQueries(WerkbrugDb db, string? publicRegion, string? municipality, List<string>? occupations, DateOnly placedAfter)
{
    /// <summary>Open vacancies: in a searchable status (open, candidates proposed, partly filled), one per vacancy.</summary>
    public async Task<Dictionary<string, long>> VacanciesAsync(CancellationToken cancellationToken)
    {
        var groups = await Vacancies().Where(v => MatchingIndexFeed.Searchable.Contains(v.Status))
            .GroupBy(v => v.OccupationCode).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        return groups.ToDictionary(g => g.Key ?? string.Empty, g => g.Count);
    }

    /// <summary>Placements that started in the last 12 months, by the occupation of their vacancy.</summary>
    public async Task<Dictionary<string, long>> PlacementsAsync(CancellationToken cancellationToken)
    {
        var groups = await Scoped(db.Placements).Where(p => p.StartDate > placedAfter)
            .Join(Vacancies(), p => p.VacancyId, v => v.Id, (p, v) => v.OccupationCode)
            .GroupBy(c => c).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        return groups.ToDictionary(g => g.Key ?? string.Empty, g => g.Count);
    }

    /// <summary>
    /// Werkfit candidates in the pool (active profiles) per occupation of their work experience: a person counts once
    /// under every occupation they worked in. The pool has no municipality (a PC4 area only), so the whole region counts.
    /// </summary>
    public async Task<Dictionary<string, long>> CandidatesAsync(CancellationToken cancellationToken)
    {
        var groups = await WorkExperience().GroupBy(w => w.Code).Select(g => new { g.Key, Count = g.Select(w => w.Id).Distinct().LongCount() }).ToListAsync(cancellationToken);
        return groups.Where(g => occupations is null || occupations.Contains(g.Key)).ToDictionary(g => g.Key, g => g.Count);
    }

    /// <summary>Werkfit candidates in the pool with work experience in any of <paramref name="codes"/> (a group: once per person).</summary>
    public Task<long> CandidatesInAsync(List<string> codes, CancellationToken cancellationToken) =>
        WorkExperience().Where(w => codes.Contains(w.Code)).Select(w => w.Id).Distinct().LongCountAsync(cancellationToken);

    /// <summary>
    /// (profile, occupation code) of the werkfit candidates in the pool, one per coded work-experience record. SQLite cannot
    /// join a JSON column's elements laterally through LINQ (APPLY), so this one reads the JSON in SQL of each provider;
    /// the region is explicit because raw SQL passes no query filter.
    /// </summary>
    private IQueryable<WorkRecord> WorkExperience()
    {
        var region = publicRegion ?? db.Scope.RegionCode;
        var ready = WerkfitStatus.WorkReady.ToString();
        return db.Database.IsSqlite()
            ? db.Database.SqlQuery<WorkRecord>($"""
                SELECT j."Id", json_extract(w.value, '$.OccupationCode') AS "Code" FROM "JobSeekers" AS j, json_each(j."WorkExperience") AS w
                WHERE j."RegionCode" = {region} AND j."DeregisteredOn" IS NULL AND j."WerkfitStatus" = {ready} AND json_extract(w.value, '$.OccupationCode') IS NOT NULL
                """)
            : db.Database.SqlQuery<WorkRecord>($"""
                SELECT j."Id", w.value ->> 'OccupationCode' AS "Code" FROM "JobSeekers" AS j, jsonb_array_elements(j."WorkExperience") AS w
                WHERE j."RegionCode" = {region} AND j."DeregisteredOn" IS NULL AND j."WerkfitStatus" = {ready} AND w.value ->> 'OccupationCode' IS NOT NULL
                """);
    }

    private IQueryable<Domain.Vacancies.Vacancy> Vacancies()
    {
        var vacancies = Scoped(db.Vacancies);
        if (municipality is not null)
        {
            vacancies = vacancies.Where(v => v.MunicipalityName == municipality);
        }

        return occupations is null ? vacancies : vacancies.Where(v => v.OccupationCode != null && occupations.Contains(v.OccupationCode));
    }

    private IQueryable<T> Scoped<T>(DbSet<T> set)
        where T : class, IRegionScoped =>
        publicRegion is null ? set.AsNoTracking() : set.AsNoTracking().IgnoreQueryFilters().Where(e => e.RegionCode == publicRegion);
}

/// <summary>One coded work-experience record of a werkfit candidate: the profile's id (to count people once) and the occupation.</summary>
internal sealed class WorkRecord
{
    public Guid Id { get; init; }

    public string Code { get; init; } = "";
}
