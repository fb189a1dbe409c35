using System.ComponentModel.DataAnnotations;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;
using LanguageLevel = Werkbrug.Domain.JobSeekers.LanguageLevel;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>The `Vacancies` section.</summary>
public sealed class VacancyOptions
{
    public const string Section = "Vacancies";

    /// <summary>A running vacancy without any activity for this many days is marked stale (verouderd).</summary>
    [Range(1, 365)]
    public int StaleAfterDays { get; set; } = VacancyRules.DefaultStaleAfterDays;
}

/// <summary>
/// What an adviser enters about a vacancy, shared by create and update (the input shape only; the rules are in
/// <see cref="VacancyInput"/> and <see cref="VacancyRules"/>). Empty rows of tasks, skills and competences are ignored.
/// </summary>
public abstract record VacancyFields
{
    [Required]
    public Guid? EmployerId { get; init; }

    [Required]
    [StringLength(VacancyLimits.Title)]
    public string? Title { get; init; }

    [Required]
    [StringLength(VacancyLimits.Occupation)]
    public string? Occupation { get; init; }

    /// <summary>An ESCO occupation URI, when known.</summary>
    [StringLength(VacancyLimits.OccupationCode)]
    public string? OccupationCode { get; init; }

    [StringLength(VacancyLimits.Description)]
    public string? Description { get; init; }

    public List<TaskInput>? Tasks { get; init; }

    public List<SkillInput>? Skills { get; init; }

    public List<CompetenceInput>? Competences { get; init; }

    [DefinedEnum]
    public EducationLevel? EducationLevel { get; init; }

    /// <summary>The MBO level (1–4) asked for; only with education level MBO/havo/vwo.</summary>
    [Range(1, 4)]
    public int? MboLevel { get; init; }

    /// <summary>Dutch needed for speaking (VUM codeNiveauTaalbeheersing: None, Reasonable, Good, Excellent); left out asks nothing.</summary>
    [DefinedEnum]
    public LanguageLevel? DutchSpeaking { get; init; }

    /// <summary>Dutch needed for listening.</summary>
    [DefinedEnum]
    public LanguageLevel? DutchListening { get; init; }

    /// <summary>Dutch needed for reading.</summary>
    [DefinedEnum]
    public LanguageLevel? DutchReading { get; init; }

    /// <summary>Dutch needed for writing.</summary>
    [DefinedEnum]
    public LanguageLevel? DutchWriting { get; init; }

    /// <summary>The driving-licence category the job needs (AM, B, BE, C1, C, C1E, CE, D1, D), if any.</summary>
    [StringLength(4)]
    public string? DrivingLicence { get; init; }

    /// <summary>Years of work experience asked for (0–50).</summary>
    [Range(0, 50)]
    public int? MinExperienceYears { get; init; }

    /// <summary>Reserved for the banenafspraak target group (doelgroepregister): only people registered there are proposed.</summary>
    public bool ReservedForJobsAgreement { get; init; }

    [Range(0, VacancyRules.MaxHoursPerWeek)]
    public int? HoursPerWeekMin { get; init; }

    [Required]
    [Range(1, VacancyRules.MaxHoursPerWeek)]
    public int? HoursPerWeekMax { get; init; }

    [StringLength(VacancyLimits.Schedule)]
    public string? Schedule { get; init; }

    [Required]
    [DefinedEnum]
    public ContractType? ContractType { get; init; }

    [StringLength(VacancyLimits.AddressLine)]
    public string? AddressLine { get; init; }

    [Required]
    [StringLength(VacancyLimits.Postcode)]
    public string? Postcode { get; init; }

    [Required]
    [StringLength(VacancyLimits.MunicipalityName)]
    public string? MunicipalityName { get; init; }

    [Required]
    [Range(1, VacancyLimits.Positions)]
    public int? Positions { get; init; }

    /// <summary>The SBI section (letter A–U) of the work; left out, the section of the employer's main activity (its first SBI code).</summary>
    [StringLength(VacancyLimits.SbiSection)]
    public string? SbiSection { get; init; }

    /// <summary>The employer's contact person for this vacancy; needed when a phone number or e-mail address is given.</summary>
    [StringLength(VacancyLimits.ContactName)]
    public string? ContactName { get; init; }

    /// <summary>The contact person's Dutch phone number ("033 123 45 67", "06 12345678", "+31 6 12345678").</summary>
    [StringLength(VacancyLimits.ContactPhone)]
    [DutchPhoneNumber]
    public string? ContactPhone { get; init; }

    /// <summary>The contact person's e-mail address.</summary>
    [StringLength(VacancyLimits.ContactEmail)]
    [EmailAddress]
    public string? ContactEmail { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? ClosingDate { get; init; }

    public bool OpenToAdaptingJob { get; init; }

    public bool HardToFill { get; init; }

    /// <summary>The organisation that owns the vacancy; the user's own when left out.</summary>
    public Guid? OwnerOrganisationId { get; init; }

    /// <summary>The adviser in charge (working for the owner organisation); the user when left out.</summary>
    public Guid? AdviserUserId { get; init; }

    /// <summary>The id in a legacy system, unique per owner organisation.</summary>
    [StringLength(VacancyLimits.ExternalId)]
    public string? ExternalId { get; init; }
}

/// <summary>A task row. <see cref="Id"/> keeps an existing task (and its job-carving links) on update.</summary>
public sealed record TaskInput
{
    public Guid? Id { get; init; }

    public string? Description { get; init; }

    /// <summary>Share of the hours in percent (1–100); together at most 100.</summary>
    public int? SharePercent { get; init; }

    public bool Separable { get; init; }

    /// <summary>What the task demands (each one value: HeavyLifting, NightShifts, ...); a job seeker's limitations are checked against these.</summary>
    public List<TaskDemands>? Demands { get; init; }

    public bool IsEmpty() => string.IsNullOrWhiteSpace(Description) && SharePercent is null;
}

public sealed record SkillInput
{
    public string? Label { get; init; }

    public string? TaxonomyCode { get; init; }

    /// <summary>Required (default) or trainable.</summary>
    public SkillKind? Kind { get; init; }

    /// <summary>Must (default) or nice.</summary>
    public Importance? Importance { get; init; }

    public bool IsEmpty() => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(TaxonomyCode);
}

public sealed record CompetenceInput
{
    /// <summary>A VUM gedragscompetentie code, 24100–24126.</summary>
    public int? Code { get; init; }

    /// <summary>Must (default) or nice.</summary>
    public Importance? Importance { get; init; }

    public bool IsEmpty() => Code is null;
}
