using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.VacancyOffers;

/// <summary>
/// The offering region withdraws its offer, with a reason: the receiving regions no longer see the vacancy or refer to
/// it. Referrals already made run on (the offering region accepts or refuses them as before).
/// </summary>
public static class WithdrawVacancyOffer
{
    public sealed record Command
    {
        [Required]
        [StringLength(VacancyLimits.Reason)]
        public string? Reason { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Guid>> HandleAsync(Guid offerId, Command command, CancellationToken cancellationToken)
        {
            var offer = await db.VacancyOffers.FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken);
            if (offer is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Guid>.Failure(errors);
            }

            if (!db.IsCurrentVersion(offer, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (offer.Withdraw(command.Reason, now, db.Scope.UserId!.Value) is { } refused)
            {
                return refused;
            }

            // The receiving regions' rows of this offer (they live in those regions): the offering region closes them with it.
            var targets = await db.VacancyOfferTargets.IgnoreQueryFilters([WerkbrugDb.RegionFilter])
                .Where(t => t.OfferId == offer.Id && t.OfferingRegionCode == offer.RegionCode).ToListAsync(cancellationToken);
            targets.ForEach(t => t.WithdrawnAtUtc = now);
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : offer.Id;
        }
    }
}
