using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.VacancyOffers;

/// <summary>
/// The one place where a region reads another region's vacancy (ADR 0035): only a vacancy offered to the caller's
/// region, while the offer runs. The offers a region received are its own rows (<see cref="VacancyOfferTarget"/>, under
/// the region filter); from there the offered vacancy, its employer's name and the offering region are read across the
/// border, nothing else. Job seekers never: the receiving region matches and refers its own pool.
/// </summary>
public static class OfferedVacancies
{
    /// <summary>The running offers the caller's region received.</summary>
    public static IQueryable<VacancyOfferTarget> Received(WerkbrugDb db) => db.VacancyOfferTargets.Where(t => t.WithdrawnAtUtc == null);

    /// <summary>A vacancy of another region offered to the caller's region, with the offer; null when there is no running offer.</summary>
    public static async Task<(Vacancy Vacancy, VacancyOfferTarget Offer)?> FindAsync(WerkbrugDb db, Guid vacancyId, CancellationToken cancellationToken)
    {
        var offer = await Received(db).AsNoTracking().Where(t => t.VacancyId == vacancyId).OrderByDescending(t => t.OfferedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            return null;
        }

        var vacancy = await Vacancies(db, offer.OfferingRegionCode).AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        return vacancy is null ? null : (vacancy, offer);
    }

    /// <summary>The own region's vacancy, or another region's offered to it (null when neither).</summary>
    public static async Task<Vacancy?> OwnOrOfferedAsync(WerkbrugDb db, Guid vacancyId, CancellationToken cancellationToken) =>
        await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vacancyId, cancellationToken)
            ?? (await FindAsync(db, vacancyId, cancellationToken))?.Vacancy;

    /// <summary>The vacancies of the offering region (to be narrowed to an offered one by the caller).</summary>
    internal static IQueryable<Vacancy> Vacancies(WerkbrugDb db, string offeringRegion) =>
        db.Vacancies.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(v => v.RegionCode == offeringRegion);

    /// <summary>The employers' trade names of the offering region (shown with an offered vacancy).</summary>
    internal static IQueryable<Domain.Employers.Employer> Employers(WerkbrugDb db, string offeringRegion) =>
        db.Employers.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(e => e.RegionCode == offeringRegion);
}
