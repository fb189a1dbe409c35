using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Vacancies;

/// <summary>
/// A hard-to-fill vacancy a region offers to named other regions (or to all of them): their advisers see it and may
/// refer their own region's candidates, which the offering region accepts before the employer sees them. The offer is
/// the log: who offered it to which regions and when, and who withdrew it, when and why. It lives in the offering
/// region; each region it reaches holds a <see cref="VacancyOfferTarget"/> in its own region.
/// </summary>
public sealed class VacancyOffer : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>The offering region (the vacancy's).</summary>
    public required string RegionCode { get; init; }

    public required Guid VacancyId { get; init; }

    /// <summary>Offered to every other region (the targets then name each of them).</summary>
    public bool ToAllRegions { get; init; }

    /// <summary>The regions it was offered to, in code order.</summary>
    public List<string> TargetRegionCodes { get; init; } = [];

    /// <summary>What the offering region tells the others (why it is hard to fill, what is flexible).</summary>
    public string? Note { get; init; }

    public required Guid OfferedByUserId { get; init; }

    public DateTime OfferedAtUtc { get; init; }

    public Guid? WithdrawnByUserId { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public int Version { get; set; }

    public bool IsActive => WithdrawnAtUtc is null;

    /// <summary>Withdraws the offer, with a reason; the regions it reached no longer see the vacancy. Once only.</summary>
    public Error? Withdraw(string? reason, DateTime atUtc, Guid byUserId)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Validation("Reason", "Validation.Required");
        }

        if (!IsActive)
        {
            return Error.Conflict("VacancyOffer.AlreadyWithdrawn", "Reason");
        }

        WithdrawnByUserId = byUserId;
        WithdrawnAtUtc = atUtc;
        WithdrawalReason = reason.Trim();
        return null;
    }
}

/// <summary>
/// The offer as one receiving region holds it (in that region, so the region filter shows it to that region's staff
/// only). Withdrawn together with its offer.
/// </summary>
public sealed class VacancyOfferTarget : IPartnerRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>The receiving region.</summary>
    public required string RegionCode { get; init; }

    public required Guid OfferId { get; init; }

    public required Guid VacancyId { get; init; }

    /// <summary>The offering region.</summary>
    public required string OfferingRegionCode { get; init; }

    string? IPartnerRegionScoped.PartnerRegionCode => OfferingRegionCode;

    public DateTime OfferedAtUtc { get; init; }

    public DateTime? WithdrawnAtUtc { get; set; }
}

/// <summary>The rules of offering a vacancy to other regions (A-frame: the handler loads, calls these, saves).</summary>
public static class VacancyOfferRules
{
    /// <summary>Only a vacancy that candidates can still be referred to may be offered.</summary>
    public static IReadOnlyList<VacancyStatus> OfferableStatuses { get; } = [VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled];

    /// <summary>
    /// The regions an offer reaches: every known region but the own when <paramref name="toAll"/>, else the named ones,
    /// each known, not the own, none twice; at least one. Errors name the field <c>Regions</c>.
    /// </summary>
    public static Result<List<string>> Targets(string ownRegion, bool toAll, IReadOnlyList<string>? named, IReadOnlySet<string> knownRegions)
    {
        ArgumentNullException.ThrowIfNull(knownRegions);
        if (toAll)
        {
            return named is { Count: > 0 }
                ? Error.Validation("Regions", "VacancyOffer.AllOrNamed")
                : knownRegions.Where(r => r != ownRegion).Order(StringComparer.Ordinal).ToList();
        }

        var codes = (named ?? []).Select(c => c?.Trim().ToUpperInvariant() ?? string.Empty).ToList();
        if (codes.Count == 0)
        {
            return Error.Validation("Regions", "VacancyOffer.NoRegions");
        }

        if (codes.FirstOrDefault(c => !knownRegions.Contains(c)) is { } unknown)
        {
            return Error.Validation("Regions", "VacancyOffer.UnknownRegion", unknown);
        }

        if (codes.Contains(ownRegion))
        {
            return Error.Validation("Regions", "VacancyOffer.OwnRegion");
        }

        return codes.Distinct().Count() != codes.Count
            ? Error.Validation("Regions", "VacancyOffer.RegionTwice")
            : codes.Order(StringComparer.Ordinal).ToList();
    }
}
