using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>
/// One national account as its national account manager sees it, per region: the employer's registrations with their
/// locations and account managers, its vacancies (all read through the national-account scope of the region filter),
/// the contact moments and placements as counts, and the placement targets of the arrangements the region signed.
/// </summary>
public static class AccountDetails
{
    public sealed record View(
        Guid Id, string KvkNumber, string Name, string ManagerName, int Version, DateOnly Since,
        IReadOnlyList<RegionView> Regions, IReadOnlyList<ArrangementRow> Arrangements);

    /// <summary>A region: placements since <see cref="View.Since"/> against <see cref="PlacementTarget"/> (null: no signed arrangement).</summary>
    public sealed record RegionView(
        string RegionCode, string RegionName, IReadOnlyList<Registration> Registrations, IReadOnlyList<VacancyRow> Vacancies,
        int Contacts, int Placements, int? PlacementTarget);

    public sealed record Registration(Guid EmployerId, string TradeName, IReadOnlyList<string> AccountManagers, IReadOnlyList<string> Locations);

    public sealed record VacancyRow(Guid Id, string Title, VacancyStatus Status, string MunicipalityName, int Positions);

    public sealed record ArrangementRow(Guid Id, string Title, ArrangementStage Stage);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        /// <summary>The account, when it is the current user's; else not found.</summary>
        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var me = db.Scope.UserId;
            var account = await db.NationalAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.ManagerUserId == me, cancellationToken);
            if (account is null)
            {
                return Error.NotFound();
            }

            var today = DutchTime.Today(clock);
            var since = new DateOnly(today.Year, 1, 1);
            // Through the region filter: the national account manager sees these registrations and vacancies in every region.
            var employers = await db.Employers.AsNoTracking().Where(e => e.KvkNumber == account.KvkNumber)
                .OrderBy(e => e.RegionCode).ThenBy(e => e.TradeName)
                .Select(e => new { e.Id, e.RegionCode, e.TradeName, e.AccountManagerUserId, e.Locations })
                .ToListAsync(cancellationToken);
            var employerIds = employers.Select(e => e.Id).ToList();
            var vacancies = await db.Vacancies.AsNoTracking().Where(v => employerIds.Contains(v.EmployerId))
                .OrderBy(v => v.Title).Select(v => new { v.RegionCode, Row = new VacancyRow(v.Id, v.Title, v.Status, v.MunicipalityName, v.Positions) })
                .ToListAsync(cancellationToken);
            var managerIds = employers.Select(e => e.AccountManagerUserId).OfType<Guid>().Append(account.ManagerUserId).Distinct().ToList();
            // The account managers of the other regions' registrations: their names only, past the users' region filter.
            var names = await db.Users.IgnoreQueryFilters().Where(u => managerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var regionNames = await db.Regions.ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);
            var counts = await AccountFigures.PerRegionAsync(db, account.KvkNumber, since, 1, 0, today, cancellationToken);
            var arrangements = await db.NationalArrangements.AsNoTracking().Where(a => a.NationalAccountId == id)
                .OrderByDescending(a => a.CreatedAtUtc).ToListAsync(cancellationToken);
            var targets = arrangements.Where(a => a.Stage >= ArrangementStage.ExecutionPlan)
                .SelectMany(a => a.Regions.Where(r => r.Decision == RegionDecision.Accepted))
                .GroupBy(r => r.RegionCode).ToDictionary(g => g.Key, g => g.Sum(r => r.PlacementTarget));

            var regions = employers.GroupBy(e => e.RegionCode).Select(g => new RegionView(
                g.Key, regionNames.GetValueOrDefault(g.Key, g.Key),
                [.. g.Select(e => new Registration(
                    e.Id, e.TradeName,
                    e.AccountManagerUserId is { } m && names.TryGetValue(m, out var n) ? [n] : [],
                    [.. e.Locations.Select(l => $"{l.AddressLine}, {l.Postcode} {l.MunicipalityName}")]))],
                [.. vacancies.Where(v => v.RegionCode == g.Key).Select(v => v.Row)],
                counts.GetValueOrDefault(g.Key, AccountFigures.Counts.None).Contacts,
                counts.GetValueOrDefault(g.Key, AccountFigures.Counts.None).Placements,
                targets.TryGetValue(g.Key, out var t) ? t : null)).ToList();

            return new View(
                account.Id, account.KvkNumber, account.Name, names.GetValueOrDefault(account.ManagerUserId, string.Empty), account.Version, since,
                regions, [.. arrangements.Select(a => new ArrangementRow(a.Id, a.Title, a.Stage))]);
        }
    }
}
