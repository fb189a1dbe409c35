using System.ComponentModel.DataAnnotations;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The profile as a case manager enters it, for registering and editing (pages and API alike). Lists are
/// JSON arrays in the API; the form posts its rows by index. An empty BSN on an edit keeps the number on file.
/// </summary>
public sealed record ProfileInput
{
    [StringLength(JobSeekerLimits.ExternalId)]
    public string? ExternalId { get; init; }

    [Required]
    [StringLength(JobSeekerLimits.Name)]
    public string? GivenName { get; init; }

    [Required]
    [StringLength(JobSeekerLimits.Name)]
    public string? Surname { get; init; }

    [Required]
    public DateOnly? BirthDate { get; init; }

    [StringLength(JobSeekerLimits.BsnInput)]
    public string? Bsn { get; init; }

    [EmailAddress]
    [StringLength(JobSeekerLimits.Email)]
    public string? Email { get; init; }

    [StringLength(JobSeekerLimits.Phone)]
    [DutchPhoneNumber]
    public string? Phone { get; init; }

    [StringLength(JobSeekerLimits.AddressLine)]
    public string? AddressLine { get; init; }

    [Required]
    [StringLength(JobSeekerLimits.Postcode + 1)]
    public string? Postcode { get; init; }

    [Required]
    [DefinedEnum]
    public WerkfitStatus? WerkfitStatus { get; init; }

    public DateOnly? WerkfitAssessedOn { get; init; }

    [Required]
    [DefinedEnum]
    public BenefitType? Benefit { get; init; }

    public bool JobsAgreementTarget { get; init; }

    [DefinedEnum]
    public WorkAndThinkingLevel? WorkAndThinkingLevel { get; init; }

    public List<CompetenceInput>? Competences { get; init; }

    public List<LanguageSkill>? Languages { get; init; }

    public List<string>? DrivingLicences { get; init; }

    public List<EducationInput>? Education { get; init; }

    public List<WorkExperienceInput>? WorkExperience { get; init; }

    public List<Skill>? Skills { get; init; }

    /// <summary>Traits, interests and training needs: one per item (a form's text area gives one item per line).</summary>
    public List<string>? Traits { get; init; }

    public List<string>? Interests { get; init; }

    public List<string>? TrainingNeeds { get; init; }

    /// <summary>Gewenste beroepen (VUM bemiddelingsberoep): at most three labels, each resolved to its taxonomy code on save.</summary>
    public List<DesiredOccupationInput>? DesiredOccupations { get; init; }

    /// <summary>Bereid tot omscholing.</summary>
    public bool WillingToRetrain { get; init; }

    [Range(0, 99)]
    public int? MinHoursPerWeek { get; init; }

    [Range(0, 99)]
    public int? MaxHoursPerWeek { get; init; }

    [Range(0, 999)]
    public int? MaxTravelKm { get; init; }

    [Range(0, 999)]
    public int? MaxTravelMinutes { get; init; }

    public List<string>? Branches { get; init; }

    public List<ContractDuration>? ContractDurations { get; init; }

    public List<AgreementType>? AgreementTypes { get; init; }

    [DefinedEnum]
    public Indicator? IrregularHours { get; init; }

    /// <summary>Functional work requirements (special-category data): adapted workplace, supervision, variation, agreed adjustments.</summary>
    [DefinedEnum]
    public Indicator? AdaptationNeeded { get; init; }

    [DefinedEnum]
    public Indicator? SupervisionNeeded { get; init; }

    [DefinedEnum]
    public Indicator? VariationNeeded { get; init; }

    [StringLength(JobSeekerLimits.Adjustments)]
    public string? Adjustments { get; init; }

    /// <summary>
    /// Task demands the person cannot meet (special-category data, sealed with the other work requirements): a vacancy task
    /// demanding one of these clashes, which only the person's case manager is told (job carving may help).
    /// </summary>
    public List<Domain.Vacancies.TaskDemands>? Limitations { get; init; }

    public DateOnly? AvailableFrom { get; init; }

    public DateOnly? LastContactOn { get; init; }

    public DateOnly? RegisteredOn { get; init; }

    public DateOnly? DeregisteredOn { get; init; }

    /// <summary>The version read; required when editing.</summary>
    public int? Version { get; init; }
}

/// <summary>A competence row: a form leaves Mastery empty for "not assessed", which drops the row.</summary>
public sealed record CompetenceInput(Competence Code, Mastery? Mastery);

/// <summary>An education row; <see cref="MboLevel"/> (1–4) only with level MBO.</summary>
public sealed record EducationInput(string? Name, EducationLevel? Level, EducationStatus? Status, DiplomaIndicator? Diploma, string? Institution, int? MboLevel = null);

public sealed record WorkExperienceInput(string? Occupation, string? Organisation, DateOnly? From, DateOnly? Until);

/// <summary>A desired occupation as typed (the taxonomy code is resolved on save, never taken from input).</summary>
public sealed record DesiredOccupationInput(string? Label);

/// <summary>Turns <see cref="ProfileInput"/> into the profile's values, collecting every error with the field it concerns.</summary>
public static class ProfileInputRules
{
    public sealed record Checked(
        List<CompetenceRating> Competences, List<LanguageSkill> Languages, List<string> Licences, List<EducationRecord> Education,
        List<WorkExperienceRecord> Experience, List<Skill> Skills, List<string> Traits, List<string> Interests, List<string> TrainingNeeds,
        List<string> Branches, string? Bsn, string? Pc4, FunctionalWorkRequirements Requirements, List<DesiredOccupation> DesiredOccupations);

    public static Checked Check(ProfileInput input, DateOnly today, List<Error> errors)
    {
        var competences = (input.Competences ?? []).Where(c => c.Mastery is not null).Select(c => new CompetenceRating(c.Code, c.Mastery!.Value)).ToList();
        if (competences.Any(c => !Enum.IsDefined(c.Code) || !Enum.IsDefined(c.Mastery)) || competences.DistinctBy(c => c.Code).Count() != competences.Count)
        {
            errors.Add(Error.Validation("Competences", "JobSeeker.InvalidCompetences"));
        }

        var languages = (input.Languages ?? []).Where(l => !string.IsNullOrWhiteSpace(l.Code)).Select(l => l with { Code = l.Code.Trim().ToLowerInvariant() }).ToList();
        if (languages.Any(l => !LanguageCodes.IsWellFormed(l.Code) || !new[] { l.Oral, l.Written, l.Reading, l.Listening }.All(Enum.IsDefined))
            || languages.DistinctBy(l => l.Code).Count() != languages.Count)
        {
            errors.Add(Error.Validation("Languages", "JobSeeker.InvalidLanguages"));
        }

        var licences = (input.DrivingLicences ?? []).Select(l => l.Trim().ToUpperInvariant()).Distinct().ToList();
        if (!licences.All(DrivingLicences.IsKnown))
        {
            errors.Add(Error.Validation("DrivingLicences", "JobSeeker.UnknownDrivingLicence"));
        }

        var education = (input.Education ?? []).Where(e => !string.IsNullOrWhiteSpace(e.Name))
            .Select(e => new EducationRecord(e.Name!.Trim(), e.Level ?? EducationLevel.Other, e.Status ?? EducationStatus.Unknown, e.Diploma ?? DiplomaIndicator.Unknown, InputText.Clean(e.Institution), e.MboLevel))
            .ToList();
        if (education.Any(e => e.Name.Length > JobSeekerLimits.Label || e.Institution?.Length > JobSeekerLimits.Institution
            || !Enum.IsDefined(e.Level) || !Enum.IsDefined(e.Status) || !Enum.IsDefined(e.Diploma)
            || e.MboLevel is not null && (e.Level != EducationLevel.Mbo || e.MboLevel is < 1 or > 4)))
        {
            errors.Add(Error.Validation("Education", "JobSeeker.InvalidEducation"));
        }

        var experience = (input.WorkExperience ?? []).Where(w => !string.IsNullOrWhiteSpace(w.Occupation))
            .Select(w => new WorkExperienceRecord(w.Occupation!.Trim(), InputText.Clean(w.Organisation), w.From, w.Until)).ToList();
        if (experience.Any(w => w.Occupation.Length > JobSeekerLimits.Label || w.Organisation?.Length > JobSeekerLimits.Organisation))
        {
            errors.Add(Error.Validation("WorkExperience", "JobSeeker.InvalidWorkExperience"));
        }

        var desired = (input.DesiredOccupations ?? []).Where(d => !string.IsNullOrWhiteSpace(d?.Label))
            .Select(d => new DesiredOccupation(d.Label!.Trim())).DistinctBy(d => d.Label, StringComparer.OrdinalIgnoreCase).ToList();
        if (desired.Count > WorkPreferences.MaxDesiredOccupations)
        {
            errors.Add(Error.Validation("DesiredOccupations", "JobSeeker.TooManyDesiredOccupations", WorkPreferences.MaxDesiredOccupations));
        }
        else if (desired.Any(d => d.Label.Length > JobSeekerLimits.Label))
        {
            errors.Add(Error.Validation("DesiredOccupations", "JobSeeker.DesiredOccupationTooLong", JobSeekerLimits.Label));
        }
        else if (desired.Any(d => PersonalDataDetector.LooksLikeBsn(d.Label)))
        {
            errors.Add(Error.Validation("DesiredOccupations", "JobSeeker.LooksLikeBsn"));
        }

        var skills = (input.Skills ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Label)).Select(s => new Skill(s.Label.Trim(), InputText.Clean(s.TaxonomyCode))).ToList();
        if (skills.Any(s => s.Label.Length > JobSeekerLimits.Label || s.TaxonomyCode?.Length > JobSeekerLimits.TaxonomyCode))
        {
            errors.Add(Error.Validation("Skills", "Validation.MaxLength", JobSeekerLimits.Label));
        }

        var branches = (input.Branches ?? []).Select(b => b.Trim().ToUpperInvariant()).Where(b => b.Length > 0).Distinct().ToList();
        if (branches.Any(b => b.Length != 1 || b[0] is < 'A' or > 'U'))
        {
            errors.Add(Error.Validation("Branches", "JobSeeker.UnknownBranch"));
        }

        if ((input.ContractDurations ?? []).Any(c => !Enum.IsDefined(c)) || (input.AgreementTypes ?? []).Any(a => !Enum.IsDefined(a)))
        {
            errors.Add(Error.Validation("ContractDurations", "Validation.Invalid"));
        }

        var traits = Lines(input.Traits, "Traits", errors);
        var interests = Lines(input.Interests, "Interests", errors);
        var training = Lines(input.TrainingNeeds, "TrainingNeeds", errors);

        // What the region sees (skills, traits, interests, occupations) must not carry a BSN.
        if (skills.Any(s => PersonalDataDetector.LooksLikeBsn(s.Label)) || experience.Any(w => PersonalDataDetector.LooksLikeBsn(w.Occupation)))
        {
            errors.Add(Error.Validation("Skills", "JobSeeker.LooksLikeBsn"));
        }

        string? bsn = null;
        if (InputText.Clean(input.Bsn) is { } typed && (bsn = Domain.JobSeekers.Bsn.Normalise(typed)) is null)
        {
            errors.Add(Error.Validation("Bsn", "JobSeeker.InvalidBsn"));
        }

        var pc4 = Domain.Geography.Postcode.ToPc4(input.Postcode);
        if (input.Postcode is not null && (pc4 is null || input.Postcode.Replace(" ", string.Empty, StringComparison.Ordinal).Length != 6))
        {
            errors.Add(Error.Validation("Postcode", "JobSeeker.InvalidPostcode"));
        }

        if (input.BirthDate is { } birth)
        {
            errors.AddRange(ProfileRules.Check(birth, input.MinHoursPerWeek, input.MaxHoursPerWeek, experience, today));
        }

        if ((input.Limitations ?? []).Any(l => !Domain.Vacancies.TaskDemandList.IsSingle(l)))
        {
            errors.Add(Error.Validation("Limitations", "Validation.Invalid"));
        }

        var requirements = new FunctionalWorkRequirements(
            input.AdaptationNeeded ?? Indicator.Unknown, input.SupervisionNeeded ?? Indicator.Unknown, input.VariationNeeded ?? Indicator.Unknown, InputText.Clean(input.Adjustments))
        {
            Limitations = Domain.Vacancies.TaskDemandList.Combine(input.Limitations),
        };
        return new Checked(competences, languages, licences, education, experience, skills, traits, interests, training, branches, bsn, pc4, requirements, desired);
    }

    private static List<string> Lines(List<string>? items, string field, List<Error> errors)
    {
        var lines = (items ?? []).SelectMany(i => (i ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        if (lines.Count > JobSeekerLimits.ListItems || lines.Any(l => l.Length > JobSeekerLimits.Label))
        {
            errors.Add(Error.Validation(field, "JobSeeker.TooLongList", JobSeekerLimits.ListItems, JobSeekerLimits.Label));
        }
        else if (field != "TrainingNeeds" && lines.Any(PersonalDataDetector.LooksLikeBsn))
        {
            errors.Add(Error.Validation(field, "JobSeeker.LooksLikeBsn"));
        }

        return lines;
    }
}
