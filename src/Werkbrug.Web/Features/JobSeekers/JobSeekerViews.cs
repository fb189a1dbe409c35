using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>A row of the own organisation's list.</summary>
public sealed record JobSeekerSummary(
    Guid Id, string Pseudonym, string GivenName, string Surname, WerkfitStatus WerkfitStatus, DateOnly? AvailableFrom, DateOnly? LastContactOn,
    string CaseManager, bool IsActive);

/// <summary>
/// The full profile, for the owner organisation only. The BSN is never returned, only whether one is on file and
/// its last three digits; exact search by BSN is a POST (find-by-bsn).
/// </summary>
public sealed record FullProfile(
    string Access, Guid Id, string Pseudonym, string? ExternalId, string GivenName, string Surname, DateOnly BirthDate, bool HasBsn, string? BsnMasked,
    string? Email, string? Phone, string? AddressLine, string Postcode,
    WerkfitStatus WerkfitStatus, DateOnly WerkfitAssessedOn, string WerkfitAssessedBy,
    BenefitType Benefit, bool JobsAgreementTarget, WorkAndThinkingLevel WorkAndThinkingLevel,
    IReadOnlyList<CompetenceRating> Competences, IReadOnlyList<LanguageSkill> Languages, IReadOnlyList<string> DrivingLicences,
    IReadOnlyList<EducationRecord> Education, IReadOnlyList<WorkExperienceRecord> WorkExperience, IReadOnlyList<Skill> Skills,
    IReadOnlyList<string> Traits, IReadOnlyList<string> Interests, IReadOnlyList<string> TrainingNeeds,
    WorkPreferences Preferences, FunctionalWorkRequirements WorkRequirements,
    DateOnly? AvailableFrom, DateOnly? LastContactOn, DateOnly RegisteredOn, DateOnly? DeregisteredOn,
    Guid OwnerOrganisationId, string OwnerOrganisation, Guid CaseManagerUserId, string CaseManager, int Version)
{
    public const string AccessFull = "full";

    public static FullProfile From(JobSeekerProfile p, PersonalDataVault vault, IReadOnlyDictionary<Guid, string> names)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(names);
        var bsn = p.SealedBsn is null ? null : vault.OpenBsn(p.RegionCode, p.SealedBsn);
        return new FullProfile(
            AccessFull, p.Id, p.Pseudonym, p.ExternalId, p.GivenName, p.Surname, p.BirthDate, bsn is not null, bsn is null ? null : Bsn.Masked(bsn),
            p.Email, p.Phone, p.AddressLine, p.Postcode,
            p.WerkfitStatus, p.WerkfitAssessedOn, names.GetValueOrDefault(p.WerkfitAssessedByUserId) ?? string.Empty,
            p.Benefit, p.JobsAgreementTarget, p.WorkAndThinkingLevel,
            p.Competences, p.Languages, p.DrivingLicences, p.Education, p.WorkExperience, p.Skills, p.Traits, p.Interests, p.TrainingNeeds,
            p.Preferences, vault.OpenWorkRequirements(p.RegionCode, p.SealedWorkRequirements),
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
