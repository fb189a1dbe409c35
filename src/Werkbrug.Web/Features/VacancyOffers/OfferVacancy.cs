using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.VacancyOffers;

/// <summary>
/// A region offers one of its hard-to-fill open vacancies to named other regions, or to all: each receiving region gets
/// its own row of the offer (its advisers find it under "Aangeboden vacatures"). One running offer per vacancy (withdraw it
/// to offer anew).
/// </summary>
public static class OfferVacancy
{
    public sealed record Command
    {
        /// <summary>Region codes (AMxx) to offer to; leave empty with <see cref="AllRegions"/>.</summary>
        public List<string>? Regions { get; init; }

        public bool AllRegions { get; init; }

        [StringLength(VacancyLimits.Note)]
        public string? Note { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Guid>> HandleAsync(Guid vacancyId, Command command, CancellationToken cancellationToken)
        {
            var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId)
                .Select(v => new { v.Id, v.RegionCode, v.Status, v.HardToFill }).FirstOrDefaultAsync(cancellationToken);
            if (vacancy is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Guid>.Failure(errors);
            }

            var known = (await db.Regions.Select(r => r.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var targets = VacancyOfferRules.Targets(vacancy.RegionCode, command.AllRegions, command.Regions, known);
            if (!targets.IsSuccess)
            {
                return Result<Guid>.Failure(targets.Errors);
            }

            if (!vacancy.HardToFill)
            {
                return Error.Conflict("VacancyOffer.NotHardToFill", "Regions");
            }

            if (!VacancyOfferRules.OfferableStatuses.Contains(vacancy.Status))
            {
                return Error.Conflict("VacancyOffer.VacancyNotOpen", "Regions");
            }

            if (await db.VacancyOffers.AnyAsync(o => o.VacancyId == vacancy.Id && o.WithdrawnAtUtc == null, cancellationToken))
            {
                return Error.Conflict("VacancyOffer.AlreadyOffered", "Regions");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var me = db.Scope.UserId ?? throw new InvalidOperationException("An offer is made by a signed-in user.");
            var offer = new VacancyOffer
            {
                RegionCode = vacancy.RegionCode,
                VacancyId = vacancy.Id,
                ToAllRegions = command.AllRegions,
                TargetRegionCodes = targets.Value,
                Note = InputText.Clean(command.Note),
                OfferedByUserId = me,
                OfferedAtUtc = now,
            };
            db.VacancyOffers.Add(offer);
            db.VacancyOfferTargets.AddRange(targets.Value.Select(region =>
                new VacancyOfferTarget { RegionCode = region, OfferId = offer.Id, VacancyId = vacancy.Id, OfferingRegionCode = vacancy.RegionCode, OfferedAtUtc = now }));

            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : offer.Id;
        }

        /// <summary>The regions an offer may go to (every one but the own), as the form offers them: "AM14 Amersfoort".</summary>
        public async Task<IReadOnlyList<KeyValuePair<string, string>>> RegionChoicesAsync(CancellationToken cancellationToken)
        {
            var own = db.Scope.RegionCode;
            var regions = await db.Regions.Where(r => r.Code != own).OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(cancellationToken);
            return [.. regions.Select(r => KeyValuePair.Create(r.Code, $"{r.Code} {r.Name}"))];
        }
    }
}
