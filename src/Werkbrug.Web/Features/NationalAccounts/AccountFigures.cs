using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>
/// An account's figures per region: open vacancies, those past an arrangement's reaction term without the agreed number
/// of candidates, referrals, placements and contact moments. Reviewed exception to the region filter (ADR 0034), like
/// NationalPresence: it reads the registrations of one KvK number in every region, but only counts leave this class;
/// no job seeker, name or note of another region does.
/// </summary>
public static class AccountFigures
{
    /// <summary>The counts of one region; <see cref="VacanciesPastTerm"/> judged against the given terms.</summary>
    public sealed record Counts(int OpenVacancies, int VacanciesPastTerm, int Referrals, int Placements, int Contacts)
    {
        public static Counts None { get; } = new(0, 0, 0, 0, 0);

        public RegionFigures ForTarget(int target) => new(OpenVacancies, VacanciesPastTerm, Referrals, Placements, target);
    }

    private static readonly VacancyStatus[] Open = [VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled];

    /// <summary>
    /// The counts per region code for <paramref name="kvkNumber"/>: placements starting on or after <paramref name="since"/>,
    /// a vacancy past the term when it opened <paramref name="reactionTermWorkingDays"/> working days before
    /// <paramref name="today"/> or earlier and has fewer than <paramref name="candidates"/> referrals.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Counts>> PerRegionAsync(
        WerkbrugDb db, string kvkNumber, DateOnly since, int reactionTermWorkingDays, int candidates, DateOnly today, CancellationToken cancellationToken)
    {
        var employers = db.Employers.IgnoreQueryFilters().Where(e => e.KvkNumber == kvkNumber).Select(e => e.Id);
        var vacancies = await db.Vacancies.IgnoreQueryFilters()
            .Where(v => employers.Contains(v.EmployerId) && Open.Contains(v.Status))
            .Select(v => new { v.RegionCode, v.CreatedAtUtc, Referrals = db.Referrals.IgnoreQueryFilters().Count(r => r.VacancyId == v.Id) })
            .ToListAsync(cancellationToken);
        var referrals = await db.Referrals.IgnoreQueryFilters().Where(r => employers.Contains(r.EmployerId))
            .GroupBy(r => r.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var placements = await db.Placements.IgnoreQueryFilters().Where(p => employers.Contains(p.EmployerId) && p.StartDate >= since)
            .GroupBy(p => p.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var contacts = await db.ContactMoments.IgnoreQueryFilters().Where(c => employers.Contains(c.EmployerId))
            .GroupBy(c => c.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var regions = await db.Employers.IgnoreQueryFilters().Where(e => e.KvkNumber == kvkNumber).Select(e => e.RegionCode).Distinct().ToListAsync(cancellationToken);

        return regions.ToDictionary(region => region, region =>
        {
            var open = vacancies.Where(v => v.RegionCode == region).ToList();
            var past = open.Count(v => v.Referrals < candidates
                && WorkingDays.Add(DateOnly.FromDateTime(DutchTime.ToLocal(v.CreatedAtUtc)), reactionTermWorkingDays) <= today);
            return new Counts(open.Count, past, referrals.GetValueOrDefault(region), placements.GetValueOrDefault(region), contacts.GetValueOrDefault(region));
        });
    }
}
