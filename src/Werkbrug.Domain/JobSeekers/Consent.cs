using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.JobSeekers;

/// <summary>Whether a record is the person's own consent or a legal basis that permits the sharing without it.</summary>
public enum ConsentKind
{
    Consent = 1,
    LegalBasis = 2,
}

/// <summary>The statutory grounds the owner organisation may record for sharing within the region (GDPR art. 6(1)(c)/(e)).</summary>
public enum LegalBasisCode
{
    /// <summary>Participatiewet: the municipality's duty to support towards work (art. 7), incl. the regional labour-market approach.</summary>
    Participatiewet = 1,

    /// <summary>Wet SUWI: the cooperation of municipalities and UWV in the labour-market region (art. 10) and its data exchange (art. 30c).</summary>
    WetSuwi = 2,
}

/// <summary>What is shared. The categories add to the pseudonymised matching profile that the region always sees.</summary>
[Flags]
public enum DataCategories
{
    None = 0,

    /// <summary>Name, e-mail, phone, address and full postcode.</summary>
    ContactDetails = 1,

    /// <summary>The rest of the profile: birth date, benefit, target group, employers, institutions, dates. Never the BSN.</summary>
    FullProfile = 2,

    /// <summary>The functional work requirements: special-category data (GDPR art. 9); only with explicit consent.</summary>
    WorkRequirements = 4,
}

/// <summary>Why it is shared.</summary>
public enum ConsentPurpose
{
    Matching = 1,
    Referral = 2,
    Exchange = 3,
}

/// <summary>Why a profile was erased; no free text, so a placeholder never holds personal data.</summary>
public enum ErasureReason
{
    /// <summary>The retention term after deregistration ran out (the daily job).</summary>
    RetentionExpired = 1,

    /// <summary>The person asked for erasure (GDPR art. 17).</summary>
    DataSubjectRequest = 2,

    /// <summary>The data should not have been processed (registered by mistake, unlawful).</summary>
    NotLawful = 3,
}

/// <summary>
/// A consent or a recorded legal basis: which <see cref="DataCategories"/> of a job seeker the owner organisation
/// shares with whom (one organisation of the region, or a recipient outside the region), for what purpose and
/// in which period. Withdrawal is final and takes effect on the day it is recorded. Nothing leaves the region
/// without consent for exchange; the special category needs explicit consent.
/// </summary>
public sealed class Consent : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required Guid JobSeekerId { get; init; }

    public required ConsentKind Kind { get; init; }

    public LegalBasisCode? LegalBasis { get; init; }

    public required DataCategories Categories { get; init; }

    /// <summary>The organisation of the region it is shared with; null when the recipient is outside the region.</summary>
    public Guid? RecipientOrganisationId { get; init; }

    /// <summary>Who outside the region receives it (only with <see cref="OutsideRegion"/>).</summary>
    public string? OutsideRecipient { get; init; }

    public bool OutsideRegion => RecipientOrganisationId is null;

    public required ConsentPurpose Purpose { get; init; }

    /// <summary>The person consented explicitly (in writing, for this purpose); required for the special category.</summary>
    public bool Explicit { get; init; }

    /// <summary>How and where it was given or what the basis rests on (free text: erased with the profile).</summary>
    public string? Note { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public DateOnly? ValidUntil { get; init; }

    public DateOnly? WithdrawnOn { get; private set; }

    public Guid? WithdrawnByUserId { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public required Guid RecordedByUserId { get; init; }

    public DateTime RecordedAtUtc { get; init; }

    public int Version { get; set; }

    public bool IsWithdrawn => WithdrawnOn is not null;

    /// <summary>Valid on <paramref name="day"/>: started, not ended, not withdrawn on or before that day.</summary>
    public bool IsActiveOn(DateOnly day) =>
        ValidFrom <= day && (ValidUntil is not { } until || day <= until) && (WithdrawnOn is not { } withdrawn || day < withdrawn);

    /// <summary>The categories this record grants its recipient on <paramref name="day"/> (none when inactive).</summary>
    public DataCategories GrantsOn(DateOnly day)
    {
        if (!IsActiveOn(day))
        {
            return DataCategories.None;
        }

        return Kind == ConsentKind.Consent && Explicit ? Categories : Categories & ~DataCategories.WorkRequirements;
    }

    /// <summary>The cross-field rules of a new record; field formats and lengths are checked at the edge.</summary>
    public static IEnumerable<Error> Check(
        ConsentKind kind, LegalBasisCode? legalBasis, DataCategories categories, Guid? recipientOrganisationId, string? outsideRecipient,
        ConsentPurpose purpose, bool isExplicit, DateOnly validFrom, DateOnly? validUntil)
    {
        if (categories == DataCategories.None)
        {
            yield return Error.Validation("Categories", "Validation.Required");
        }

        if (kind == ConsentKind.LegalBasis && legalBasis is null)
        {
            yield return Error.Validation("LegalBasis", "Consent.LegalBasisRequired");
        }

        if (kind == ConsentKind.Consent && legalBasis is not null)
        {
            yield return Error.Validation("LegalBasis", "Consent.LegalBasisOnlyForBasis");
        }

        if (categories.HasFlag(DataCategories.WorkRequirements) && (kind != ConsentKind.Consent || !isExplicit))
        {
            yield return Error.Validation("Categories", "Consent.SpecialCategoryNeedsExplicitConsent");
        }

        if (recipientOrganisationId is null && string.IsNullOrWhiteSpace(outsideRecipient))
        {
            yield return Error.Validation("RecipientOrganisationId", "Consent.RecipientRequired");
        }

        if (recipientOrganisationId is not null && !string.IsNullOrWhiteSpace(outsideRecipient))
        {
            yield return Error.Validation("OutsideRecipient", "Consent.OneRecipient");
        }

        if (recipientOrganisationId is null && (kind != ConsentKind.Consent || purpose != ConsentPurpose.Exchange))
        {
            yield return Error.Validation("OutsideRecipient", "Consent.OutsideRegionNeedsExchangeConsent");
        }

        if (validUntil is { } until && until < validFrom)
        {
            yield return Error.Validation("ValidUntil", "Consent.UntilBeforeFrom");
        }
    }

    /// <summary>Withdraws the record from <paramref name="on"/>; a withdrawal is final and cannot be repeated or undone.</summary>
    public Result<Consent> Withdraw(DateOnly on, Guid byUserId, string? reason)
    {
        if (IsWithdrawn)
        {
            return Error.Conflict("Consent.AlreadyWithdrawn");
        }

        WithdrawnOn = on;
        WithdrawnByUserId = byUserId;
        WithdrawalReason = reason;
        return this;
    }
}

/// <summary>
/// What remains of an erased profile: no personal data, only what keeps the placement statistics consistent
/// (region, owner, months of registration and deregistration) and the pseudonym the audit log refers to.
/// </summary>
public sealed class ErasedJobSeeker : IRegionScoped
{
    public required Guid Id { get; init; }

    public required string RegionCode { get; init; }

    public required Guid OwnerOrganisationId { get; init; }

    public required string Pseudonym { get; init; }

    /// <summary>The first day of the month of registration.</summary>
    public required DateOnly RegisteredMonth { get; init; }

    /// <summary>The first day of the month of deregistration (or of erasure, for a profile erased while active).</summary>
    public required DateOnly DeregisteredMonth { get; init; }

    public required DateOnly ErasedOn { get; init; }

    public required ErasureReason Reason { get; init; }

    public static ErasedJobSeeker Of(JobSeekerProfile profile, DateOnly erasedOn, ErasureReason reason)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ErasedJobSeeker
        {
            Id = profile.Id,
            RegionCode = profile.RegionCode,
            OwnerOrganisationId = profile.OwnerOrganisationId,
            Pseudonym = profile.Pseudonym,
            RegisteredMonth = new DateOnly(profile.RegisteredOn.Year, profile.RegisteredOn.Month, 1),
            // Erased while still active: it left the pool on the day of erasure.
            DeregisteredMonth = profile.DeregisteredOn is { } off ? new DateOnly(off.Year, off.Month, 1) : new DateOnly(erasedOn.Year, erasedOn.Month, 1),
            ErasedOn = erasedOn,
            Reason = reason,
        };
    }

    /// <summary>Whether a profile deregistered on <paramref name="deregisteredOn"/> is due for erasure on <paramref name="today"/>.</summary>
    public static bool IsDue(DateOnly? deregisteredOn, int monthsAfterDeregistration, DateOnly today) =>
        deregisteredOn is { } off && off.AddMonths(monthsAfterDeregistration) <= today;
}
