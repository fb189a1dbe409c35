using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.VacancyOffers;

/// <summary>The offers of one of the own region's vacancies, newest first: the log of who offered it where, and who withdrew it.</summary>
public static class VacancyOfferLog
{
    public sealed record Offer(
        Guid Id, Guid VacancyId, bool ToAllRegions, IReadOnlyList<string> Regions, string? Note, string OfferedBy, DateTime OfferedAtUtc,
        bool Active, string? WithdrawnBy, DateTime? WithdrawnAtUtc, string? WithdrawalReason, int Version);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<Paged<Offer>>> HandleAsync(Guid vacancyId, PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<Offer>>.Failure(errors);
            }

            if (!await db.Vacancies.AnyAsync(v => v.Id == vacancyId, cancellationToken))
            {
                return Error.NotFound();
            }

            return await db.VacancyOffers.AsNoTracking().Where(o => o.VacancyId == vacancyId).OrderByDescending(o => o.OfferedAtUtc).ThenBy(o => o.Id)
                .Select(o => new Offer(
                    o.Id, o.VacancyId, o.ToAllRegions, o.TargetRegionCodes, o.Note,
                    db.Users.Where(u => u.Id == o.OfferedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                    o.OfferedAtUtc, o.WithdrawnAtUtc == null,
                    db.Users.Where(u => u.Id == o.WithdrawnByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                    o.WithdrawnAtUtc, o.WithdrawalReason, o.Version))
                .ToPagedAsync(paging, cancellationToken);
        }

        /// <summary>The title of the own region's vacancy (null when it is not the region's).</summary>
        public Task<string?> TitleAsync(Guid vacancyId, CancellationToken cancellationToken) =>
            db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.Title).FirstOrDefaultAsync(cancellationToken);
    }
}

/// <summary>"Aangeboden vacatures": the vacancies other regions offer to the caller's region while their offers run, newest first.</summary>
public static class OfferedVacancyList
{
    public sealed record Row(
        Guid OfferId, Guid VacancyId, string Title, string Occupation, string EmployerName, string MunicipalityName, int HoursPerWeekMin,
        int HoursPerWeekMax, VacancyStatus Status, string OfferingRegionCode, string OfferingRegionName, DateTime OfferedAtUtc)
    {
        [System.Text.Json.Serialization.JsonIgnore]
        internal Guid EmployerId { get; init; }
    }

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<Paged<Row>>> HandleAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<Row>>.Failure(errors);
            }

            // The region's own rows first (the region filter), then their vacancies in the offering regions (OfferedVacancies).
            var page = await OfferedVacancies.Received(db).AsNoTracking().OrderByDescending(t => t.OfferedAtUtc).ThenBy(t => t.Id)
                .Select(t => new { t.OfferId, t.VacancyId, t.OfferingRegionCode, t.OfferedAtUtc }).ToPagedAsync(paging, cancellationToken);
            var rows = new List<Row>();
            foreach (var t in page.Items)
            {
                var row = await OfferedVacancies.Vacancies(db, t.OfferingRegionCode).Where(v => v.Id == t.VacancyId)
                    .Select(v => new Row(
                        t.OfferId, v.Id, v.Title, v.Occupation, string.Empty, v.MunicipalityName, v.HoursPerWeekMin, v.HoursPerWeekMax, v.Status,
                        t.OfferingRegionCode, string.Empty, t.OfferedAtUtc)
                    { EmployerId = v.EmployerId })
                    .FirstOrDefaultAsync(cancellationToken);
                if (row is not null)
                {
                    var employer = await OfferedVacancies.Employers(db, t.OfferingRegionCode).Where(e => e.Id == row.EmployerId).Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken);
                    var region = await db.Regions.Where(r => r.Code == t.OfferingRegionCode).Select(r => r.Name).FirstAsync(cancellationToken);
                    rows.Add(row with { EmployerName = employer ?? string.Empty, OfferingRegionName = region });
                }
            }

            return new Paged<Row>(rows, page.Page, page.PageSize, page.Total);
        }
    }
}

/// <summary>
/// One offer with its vacancy, as the receiving regions see it (and the offering region, which sees its withdrawn offers
/// too): the work, the hours, the place and the employer's name; never the employer's contact person.
/// </summary>
public static class OfferedVacancyDetails
{
    public sealed record View(
        Guid OfferId, Guid VacancyId, bool Own, string Title, string Occupation, string? Description, IReadOnlyList<string> Tasks,
        IReadOnlyList<string> Skills, int HoursPerWeekMin, int HoursPerWeekMax, ContractType ContractType, string MunicipalityName, string Pc4,
        int Positions, VacancyStatus Status, bool OpenToAdaptingJob, string EmployerName, string OfferingRegionCode, string OfferingRegionName,
        string? Note, DateTime OfferedAtUtc, DateTime? WithdrawnAtUtc, int Version);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<View>> HandleAsync(Guid offerId, CancellationToken cancellationToken)
        {
            var own = await db.VacancyOffers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken);
            var received = own is null
                ? await OfferedVacancies.Received(db).AsNoTracking().FirstOrDefaultAsync(t => t.OfferId == offerId, cancellationToken)
                : null;
            if (own is null && received is null)
            {
                return Error.NotFound();
            }

            var region = own?.RegionCode ?? received!.OfferingRegionCode;
            var vacancyId = own?.VacancyId ?? received!.VacancyId;
            var offer = own ?? await db.VacancyOffers.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).AsNoTracking()
                .FirstAsync(o => o.Id == offerId && o.RegionCode == region, cancellationToken);
            var vacancy = await OfferedVacancies.Vacancies(db, region).AsNoTracking().AsSplitQuery().FirstAsync(v => v.Id == vacancyId, cancellationToken);
            var employer = await OfferedVacancies.Employers(db, region).Where(e => e.Id == vacancy.EmployerId).Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken);
            var regionName = await db.Regions.Where(r => r.Code == region).Select(r => r.Name).FirstAsync(cancellationToken);
            return new View(
                offer.Id, vacancy.Id, own is not null, vacancy.Title, vacancy.Occupation, vacancy.Description,
                [.. vacancy.Tasks.OrderBy(t => t.Position).Select(t => t.Description)], [.. vacancy.Skills.OrderBy(s => s.Position).Select(s => s.Label)],
                vacancy.HoursPerWeekMin, vacancy.HoursPerWeekMax, vacancy.ContractType, vacancy.MunicipalityName, vacancy.Pc4, vacancy.Positions,
                vacancy.Status, vacancy.OpenToAdaptingJob, employer ?? string.Empty, region, regionName, offer.Note, offer.OfferedAtUtc, offer.WithdrawnAtUtc,
                offer.Version);
        }
    }
}
