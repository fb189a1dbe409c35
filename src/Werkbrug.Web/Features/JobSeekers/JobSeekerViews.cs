using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>A row of the own organisation's list.</summary>
public sealed record JobSeekerSummary(
    Guid Id, string Pseudonym, string GivenName, string Surname, WerkfitStatus WerkfitStatus, DateOnly? AvailableFrom, DateOnly? LastContactOn,
    string CaseManager, bool IsActive);

/// <summary>
/// The profile by name, for the owner organisation's case managers (<see cref="AccessFull"/>) and managers
/// (<see cref="AccessSupervision"/>: without the sealed fields, so <see cref="BsnMasked"/> and
/// <see cref="WorkRequirements"/> are null). The BSN is never returned, only whether one is on file and, for the case
/// manager, its last three digits; exact search by BSN is a POST (find-by-bsn).
/// </summary>
public sealed record FullProfile(
    string Access, Guid Id, string Pseudonym, string? ExternalId, string GivenName, string Surname, DateOnly BirthDate, bool HasBsn, string? BsnMasked,
    string? Email, string? Phone, string? AddressLine, string Postcode,
    WerkfitStatus WerkfitStatus, DateOnly WerkfitAssessedOn, string WerkfitAssessedBy,
    BenefitType Benefit, bool JobsAgreementTarget, WorkAndThinkingLevel WorkAndThinkingLevel,
    IReadOnlyList<CompetenceRating> Competences, IReadOnlyList<LanguageSkill> Languages, IReadOnlyList<string> DrivingLicences,
    IReadOnlyList<EducationRecord> Education, IReadOnlyList<WorkExperienceRecord> WorkExperience, IReadOnlyList<Skill> Skills,
    IReadOnlyList<string> Traits, IReadOnlyList<string> Interests, IReadOnlyList<string> TrainingNeeds,
    WorkPreferences Preferences, FunctionalWorkRequirements? WorkRequirements,
    DateOnly? AvailableFrom, DateOnly? LastContactOn, DateOnly RegisteredOn, DateOnly? DeregisteredOn,
    Guid OwnerOrganisationId, string OwnerOrganisation, Guid CaseManagerUserId, string CaseManager, int Version)
{
    public const string AccessFull = "full";

    public const string AccessSupervision = "supervision";

    /// <summary>The profile as <paramref name="level"/> shows it; only for a level that shows the identity.</summary>
    public static FullProfile From(JobSeekerProfile p, DisclosureLevel level, PersonalDataVault vault, IReadOnlyDictionary<Guid, string> names)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(names);
        if (!level.ShowsIdentity())
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The profile by name is for the owner's case managers and managers only.");
        }

        var sealedFields = level.ShowsSealedFields();
        var bsn = sealedFields && p.SealedBsn is not null ? Bsn.Masked(vault.OpenBsn(p.RegionCode, p.SealedBsn)) : null;
        return new FullProfile(
            sealedFields ? AccessFull : AccessSupervision, p.Id, p.Pseudonym, p.ExternalId, p.GivenName, p.Surname, p.BirthDate, p.SealedBsn is not null, bsn,
            p.Email, p.Phone, p.AddressLine, p.Postcode,
            p.WerkfitStatus, p.WerkfitAssessedOn, names.GetValueOrDefault(p.WerkfitAssessedByUserId) ?? string.Empty,
            p.Benefit, p.JobsAgreementTarget, p.WorkAndThinkingLevel,
            p.Competences, p.Languages, p.DrivingLicences, p.Education, p.WorkExperience, p.Skills, p.Traits, p.Interests, p.TrainingNeeds,
            p.Preferences, sealedFields ? vault.OpenWorkRequirements(p.RegionCode, p.SealedWorkRequirements) : null,
            p.AvailableFrom, p.LastContactOn, p.RegisteredOn, p.DeregisteredOn,
            p.OwnerOrganisationId, names.GetValueOrDefault(p.OwnerOrganisationId) ?? string.Empty,
            p.CaseManagerUserId, names.GetValueOrDefault(p.CaseManagerUserId) ?? string.Empty, p.Version);
    }
}

/// <summary>The pseudonymised matching profile as the API and pages show it (<see cref="MatchingProfile"/> with its access kind).</summary>
public sealed record MatchingProfileView(string Access, MatchingProfile Profile)
{
    public const string AccessPseudonymised = "pseudonymised";

    public static MatchingProfileView From(JobSeekerProfile profile, DateOnly today) => new(AccessPseudonymised, MatchingProfile.From(profile, today));
}

/// <summary>
/// What another organisation of the region sees when a consent or legal basis (or, later, an accepted referral)
/// grants it more than the matching profile: each part only when its category is granted. Never the BSN.
/// </summary>
public sealed record SharedProfile(
    string Access, Guid Id, string Pseudonym, DataCategories Granted, SharedContact? Contact, SharedDetails? Details,
    FunctionalWorkRequirements? WorkRequirements, MatchingProfile Matching)
{
    public const string AccessShared = "shared";

    public static SharedProfile From(JobSeekerProfile p, DataCategories granted, PersonalDataVault vault, string ownerOrganisation, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(vault);
        return new SharedProfile(
            AccessShared, p.Id, p.Pseudonym, granted,
            granted.HasFlag(DataCategories.ContactDetails) ? new SharedContact(p.GivenName, p.Surname, p.Email, p.Phone, p.AddressLine, p.Postcode) : null,
            granted.HasFlag(DataCategories.FullProfile)
                ? new SharedDetails(p.BirthDate, p.Benefit, p.JobsAgreementTarget, p.Education, p.WorkExperience, p.TrainingNeeds, p.AvailableFrom, p.RegisteredOn, ownerOrganisation)
                : null,
            granted.HasFlag(DataCategories.WorkRequirements) ? vault.OpenWorkRequirements(p.RegionCode, p.SealedWorkRequirements) : null,
            MatchingProfile.From(p, today));
    }
}

public sealed record SharedContact(string GivenName, string Surname, string? Email, string? Phone, string? AddressLine, string Postcode);

public sealed record SharedDetails(
    DateOnly BirthDate, BenefitType Benefit, bool JobsAgreementTarget, IReadOnlyList<EducationRecord> Education,
    IReadOnlyList<WorkExperienceRecord> WorkExperience, IReadOnlyList<string> TrainingNeeds, DateOnly? AvailableFrom, DateOnly RegisteredOn,
    string OwnerOrganisation);
