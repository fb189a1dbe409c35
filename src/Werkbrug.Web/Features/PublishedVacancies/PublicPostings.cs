using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.FrontDoor;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.PublishedVacancies;

/// <summary>
/// The front door region's published vacancies: those their owner marked public that are running and still take
/// applications (<see cref="PublicVacancies.IsShown"/>), newest posting first. Reads no personal data: no contact person,
/// adviser, note, candidate or referral, only the vacancy's own public fields and the employer's trade name.
/// </summary>
public static class PublicPostings
{
    /// <summary>The paging of the feed and the list page.</summary>
    public sealed record Query : PageRequest;

    /// <summary>What the public sees of one vacancy (the page shows it; <see cref="JobPosting"/> is its schema.org shape).</summary>
    public sealed record Posting(
        Guid Id,
        string Title,
        string Occupation,
        string? OccupationCode,
        string? Description,
        string EmployerName,
        string MunicipalityName,
        string Pc4,
        string RegionName,
        int HoursPerWeekMin,
        int HoursPerWeekMax,
        string? Schedule,
        ContractType ContractType,
        int Positions,
        DateOnly? StartDate,
        DateOnly? ClosingDate,
        DateTime PublicSinceUtc);

    public sealed class Handler(WerkbrugDb db, FrontDoorSettings settings, TimeProvider clock)
    {
        /// <summary>One page of the region's published vacancies.</summary>
        public async Task<Result<Paged<Posting>>> ListAsync(Query query, CancellationToken cancellationToken)
        {
            if (InputValidator.Validate(query) is { Count: > 0 } errors)
            {
                return Result<Paged<Posting>>.Failure(errors);
            }

            return await Select(Shown().OrderByDescending(v => v.PublicSinceUtc).ThenBy(v => v.Id)).ToPagedAsync(query, cancellationToken);
        }

        /// <summary>One published vacancy; not found when it is unknown, of another region, not public, not running or closed (all alike).</summary>
        public async Task<Result<Posting>> OneAsync(Guid id, CancellationToken cancellationToken) =>
            await Select(Shown().Where(v => v.Id == id)).FirstOrDefaultAsync(cancellationToken) is { } posting ? posting : Error.NotFound();

        /// <summary>
        /// Reviewed exception to the region filter (the visitor has no region): the front door's own region only, and of
        /// it only what <see cref="PublicVacancies.IsShown"/> allows.
        /// </summary>
        private IQueryable<Vacancy> Shown()
        {
            var region = settings.RegionCode;
            var statuses = PublicVacancies.ShownStatuses.ToArray();
            var today = DutchTime.Today(clock);
            return db.Vacancies.IgnoreQueryFilters().AsNoTracking()
                .Where(v => v.RegionCode == region && v.IsPublic && v.PublicSinceUtc != null && statuses.Contains(v.Status) && (v.ClosingDate == null || v.ClosingDate >= today));
        }

        private IQueryable<Posting> Select(IQueryable<Vacancy> vacancies)
        {
            var region = settings.RegionCode;
            return vacancies.Select(v => new Posting(
                v.Id, v.Title, v.Occupation, v.OccupationCode, v.Description,
                db.Employers.IgnoreQueryFilters().Where(e => e.Id == v.EmployerId && e.RegionCode == region).Select(e => e.TradeName).First(),
                v.MunicipalityName, v.Pc4,
                db.Regions.Where(r => r.Code == region).Select(r => r.Name).First(),
                v.HoursPerWeekMin, v.HoursPerWeekMax, v.Schedule, v.ContractType, v.Positions, v.StartDate, v.ClosingDate, v.PublicSinceUtc!.Value));
        }
    }
}
