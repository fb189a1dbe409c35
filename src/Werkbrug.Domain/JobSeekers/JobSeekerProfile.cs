using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.JobSeekers;

/// <summary>
/// A job seeker (werkzoekende) as the organisation that registered them knows them, modelled on the VUM
/// profile contract plus what the report adds (werkfit status, benefit, target group, freshness dates).
/// The profile belongs to its owner organisation; other organisations of the region only ever see the
/// <see cref="MatchingProfile"/> projection. The BSN and the functional work requirements (special-category
/// data, GDPR art. 9) are held here only sealed: encrypted by the application before they reach this type,
/// with the BSN also as a keyed hash for exact search. The domain never handles them in plain text.
/// </summary>
public sealed class JobSeekerProfile : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>The organisation that registered the person and is controller of the full profile.</summary>
    public required Guid OwnerOrganisationId { get; init; }

    public required Guid CaseManagerUserId { get; set; }

    /// <summary>The id in the owner's own system (for imports); unique per organisation.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The partner system that delivers this profile through the exchange API (with <see cref="ExternalId"/> its key there); null when kept in Werkbrug.</summary>
    public string? SourceSystem { get; set; }

    /// <summary>The stable per-region pseudonym (<see cref="Pseudonyms"/>), set once at registration.</summary>
    public required string Pseudonym { get; init; }

    public required string GivenName { get; set; }

    public required string Surname { get; set; }

    public required DateOnly BirthDate { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? AddressLine { get; set; }

    /// <summary>bemiddelingspostcode: the postcode from which the person wants to be placed ("3811 AB").</summary>
    public required string Postcode { get; set; }

    /// <summary>The four digits of <see cref="Postcode"/>: the only location other organisations see.</summary>
    public required string Pc4 { get; set; }

    /// <summary>The BSN, encrypted (opaque to the domain).</summary>
    public string? SealedBsn { get; set; }

    /// <summary>A keyed hash of the BSN under the region's secret, for exact search by the owner.</summary>
    public string? BsnHash { get; set; }

    /// <summary>The <see cref="FunctionalWorkRequirements"/>, encrypted (opaque to the domain).</summary>
    public string? SealedWorkRequirements { get; set; }

    public WerkfitStatus WerkfitStatus { get; private set; }

    public DateOnly WerkfitAssessedOn { get; private set; }

    public Guid WerkfitAssessedByUserId { get; private set; }

    public BenefitType Benefit { get; set; }

    /// <summary>Doelgroep banenafspraak (registered in the doelgroepregister).</summary>
    public bool JobsAgreementTarget { get; set; }

    public WorkAndThinkingLevel WorkAndThinkingLevel { get; set; } = WorkAndThinkingLevel.NotYetKnown;

    public List<CompetenceRating> Competences { get; set; } = [];

    public List<LanguageSkill> Languages { get; set; } = [];

    public List<string> DrivingLicences { get; set; } = [];

    public List<EducationRecord> Education { get; set; } = [];

    public List<WorkExperienceRecord> WorkExperience { get; set; } = [];

    public List<Skill> Skills { get; set; } = [];

    /// <summary>
    /// Whether the occupations and skills went through the taxonomy resolve step (their codes are set where a label
    /// could be resolved); rows written before that step existed are resolved once at start-up.
    /// </summary>
    public bool TaxonomyCoded { get; set; }

    public List<string> Traits { get; set; } = [];

    public List<string> Interests { get; set; } = [];

    public List<string> TrainingNeeds { get; set; } = [];

    public WorkPreferences Preferences { get; set; } = new();

    public DateOnly? AvailableFrom { get; set; }

    public DateOnly? LastContactOn { get; set; }

    public required DateOnly RegisteredOn { get; set; }

    /// <summary>Set when the person leaves the pool; the retention term for erasure runs from here (a later step).</summary>
    public DateOnly? DeregisteredOn { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }

    public bool IsActive => DeregisteredOn is null;

    /// <summary>Records a werkfit assessment; returns false (and changes nothing) when status and date are unchanged.</summary>
    public bool AssessWerkfit(WerkfitStatus status, DateOnly on, Guid byUserId)
    {
        if (status == WerkfitStatus && on == WerkfitAssessedOn && WerkfitAssessedByUserId != Guid.Empty)
        {
            return false;
        }

        WerkfitStatus = status;
        WerkfitAssessedOn = on;
        WerkfitAssessedByUserId = byUserId;
        return true;
    }
}

public sealed record CompetenceRating(Competence Code, Mastery Mastery);

public sealed record LanguageSkill(string Code, LanguageLevel Oral, LanguageLevel Written, LanguageLevel Reading, LanguageLevel Listening);

/// <summary>An education; <see cref="MboLevel"/> (1–4) is the MBO level of an MBO education, when known.</summary>
public sealed record EducationRecord(string Name, EducationLevel Level, EducationStatus Status, DiplomaIndicator Diploma, string? Institution, int? MboLevel = null);

/// <summary>Work done, with the occupation's taxonomy code (an ESCO URI) when the label could be resolved.</summary>
public sealed record WorkExperienceRecord(string Occupation, string? Organisation, DateOnly? From, DateOnly? Until, string? OccupationCode = null);

/// <summary>
/// A desired occupation (gewenst beroep, VUM bemiddelingsberoep) as typed, with its taxonomy code (an ESCO URI) when the
/// label could be resolved at write time, like <see cref="WorkExperienceRecord.OccupationCode"/>.
/// </summary>
public sealed record DesiredOccupation(string Label, string? OccupationCode = null);

/// <summary>A skill (vakvaardigheid) as a label, with its taxonomy code (an ESCO URI) when the label could be resolved.</summary>
public sealed record Skill(string Label, string? TaxonomyCode);

/// <summary>
/// What work the person looks for: desired occupations and willingness to retrain, hours, travel, branches (SBI sections),
/// contract forms, irregular hours.
/// </summary>
public sealed class WorkPreferences
{
    /// <summary>The most desired occupations a profile holds.</summary>
    public const int MaxDesiredOccupations = 3;

    /// <summary>Gewenste beroepen (VUM bemiddelingsberoep), at most <see cref="MaxDesiredOccupations"/>.</summary>
    public List<DesiredOccupation> DesiredOccupations { get; set; } = [];

    /// <summary>Bereid tot omscholing: willing to retrain for another occupation.</summary>
    public bool WillingToRetrain { get; set; }

    public int? MinHoursPerWeek { get; set; }

    public int? MaxHoursPerWeek { get; set; }

    /// <summary>maximaleReisafstand, km.</summary>
    public int? MaxTravelKm { get; set; }

    /// <summary>maximaleReistijd, minutes.</summary>
    public int? MaxTravelMinutes { get; set; }

    public List<string> Branches { get; set; } = [];

    public List<ContractDuration> ContractDurations { get; set; } = [];

    public List<AgreementType> AgreementTypes { get; set; } = [];

    public Indicator IrregularHours { get; set; } = Indicator.Unknown;
}

/// <summary>
/// Limitations expressed only functionally (EisAanWerk): does the person need an adapted workplace, supervision
/// or variation in the work, plus the adjustments agreed, in words. Never a diagnosis. Special-category data:
/// sealed at rest, shown only to the owner organisation.
/// </summary>
public sealed record FunctionalWorkRequirements(Indicator Adaptation, Indicator Supervision, Indicator Variation, string? Adjustments)
{
    /// <summary>The task demands the person cannot meet (what a task clash is computed from); sealed like the rest.</summary>
    public Vacancies.TaskDemands Limitations { get; init; }

    public static FunctionalWorkRequirements None { get; } = new(Indicator.Unknown, Indicator.Unknown, Indicator.Unknown, null);

    public bool IsEmpty => this == None;
}
