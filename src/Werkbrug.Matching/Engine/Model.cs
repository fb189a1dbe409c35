using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>Werkfit status: ready for work, ready in due course ("werkfit op termijn"), or not yet.</summary>
public enum WorkReadiness : byte
{
    Ready = 0,
    ReadyInTime = 1,
    NotReady = 2,
}

[Flags]
public enum ContractTypes : byte
{
    None = 0,
    Permanent = 1,
    Temporary = 2,
    Agency = 4,
    WorkExperience = 8,
    Apprenticeship = 16,
    ShelteredWork = 32,
}

/// <summary>Target groups a vacancy can be reserved for. Membership is sensitive: it is filtered on, never explained.</summary>
[Flags]
public enum TargetGroups : byte
{
    None = 0,
    JobAgreement = 1,
    ParticipationAct = 2,
    StatusHolder = 4,
    Youth = 8,
    Over50 = 16,
    Unemployment = 32,
}

[Flags]
public enum DrivingLicences : byte
{
    None = 0,
    B = 1,
    BE = 2,
    C = 4,
    CE = 8,
    D = 16,
    AM = 32,
}

/// <summary>Education level, ordered (Dutch system: basisonderwijs up to wo).</summary>
public enum EducationLevel : byte
{
    None = 0,
    Primary = 1,
    Vmbo = 2,
    Mbo1 = 3,
    Mbo2 = 4,
    Mbo3 = 5,
    Mbo4HavoVwo = 6,
    Hbo = 7,
    Wo = 8,
}

/// <summary>Dutch language level on the CEFR scale.</summary>
public enum LanguageLevel : byte
{
    None = 0,
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}

/// <summary>
/// Functional indicators: what a task demands and, on a candidate, what their work requirements rule out. A
/// candidate's indicators are special-category (health) data: the engine compares them with task demands and never
/// names them in an explanation.
/// </summary>
[Flags]
public enum FunctionalIndicators : ushort
{
    None = 0,
    HeavyLifting = 1,
    ProlongedStanding = 2,
    ProlongedWalking = 4,
    Bending = 8,
    FineMotorWork = 16,
    NightShifts = 32,
    IrregularHours = 64,
    Noise = 128,
    TimePressure = 256,
    CustomerContact = 512,
    WorkingAtHeight = 1024,
    Driving = 2048,
    ScreenWork = 4096,
    OutdoorWork = 8192,
    TeamWork = 16384,
    ComplexInstructions = 32768,
}

/// <summary>Sixteen behavioural competences (gedragscompetenties), scored with a mastery of 0–3.</summary>
public enum Competence : byte
{
    Cooperation = 0,
    CustomerFocus = 1,
    Accuracy = 2,
    Independence = 3,
    Flexibility = 4,
    StressResistance = 5,
    EagerToLearn = 6,
    Communication = 7,
    Reliability = 8,
    Initiative = 9,
    Perseverance = 10,
    Planning = 11,
    Responsibility = 12,
    FollowingRules = 13,
    Creativity = 14,
    Leadership = 15,
}

/// <summary>A competence with its mastery: 1 basic, 2 good, 3 strong (0 means not shown).</summary>
public readonly record struct CompetenceLevel(Competence Competence, int Mastery);

/// <summary>
/// The engine's own compact view of a job seeker. The web layer maps its entities to this; nothing here refers to a
/// database. <see cref="WorkRequirements"/> is special-category data (see <see cref="FunctionalIndicators"/>).
/// </summary>
public sealed record CandidateProfile
{
    public required Guid Id { get; init; }

    public required Guid OwnerOrganisationId { get; init; }

    /// <summary>Home PC4 (1000–9999).</summary>
    public required int Pc4 { get; init; }

    /// <summary>The furthest the candidate will travel, in kilometres between PC4 centroids (0–255).</summary>
    public int MaxTravelKm { get; init; } = 25;

    public DateOnly AvailableFrom { get; init; }

    public WorkReadiness Readiness { get; init; }

    public ContractTypes AcceptedContracts { get; init; } = ContractTypes.Permanent | ContractTypes.Temporary;

    public TargetGroups TargetGroups { get; init; }

    public int MinHoursPerWeek { get; init; }

    public int MaxHoursPerWeek { get; init; } = 40;

    public EducationLevel Education { get; init; }

    public LanguageLevel Dutch { get; init; }

    public DrivingLicences Licences { get; init; }

    public int ExperienceYears { get; init; }

    /// <summary>The occupation the candidate worked in or trained for, if any.</summary>
    public OccupationId? Occupation { get; init; }

    /// <summary>
    /// Gewenste beroepen: occupations the candidate wants to work in (at most <see cref="MaxDesiredOccupations"/>). A wish
    /// earns part of the occupation credit (<see cref="Rules.DesiredOccupation"/>) and no skill credit: it says nothing
    /// about the skills the candidate holds.
    /// </summary>
    public IReadOnlyList<OccupationId> DesiredOccupations { get; init; } = [];

    /// <summary>Bereid tot omscholing: a desired occupation then earns <see cref="Rules.DesiredWillingToRetrain"/>.</summary>
    public bool WillingToRetrain { get; init; }

    /// <summary>The most desired occupations a profile holds.</summary>
    public const int MaxDesiredOccupations = 3;

    public IReadOnlyList<SkillId> Skills { get; init; } = [];

    public IReadOnlyList<CompetenceLevel> Competences { get; init; } = [];

    public FunctionalIndicators WorkRequirements { get; init; }
}

/// <summary>A task of a vacancy (or of a carved function) with what it demands.</summary>
public sealed record JobTask(string Name, FunctionalIndicators Demands);

/// <summary>The engine's compact view of a vacancy: what is searched for and where.</summary>
public sealed record VacancyQuery
{
    public required Guid Id { get; init; }

    public required int Pc4 { get; init; }

    /// <summary>Region code (e.g. an AMxx labour-market region) that selects the weights.</summary>
    public string? Region { get; init; }

    /// <summary>The furthest a candidate may live, in km between PC4 centroids; null means only the candidate's maximum counts.</summary>
    public int? MaxDistanceKm { get; init; }

    public DateOnly StartDate { get; init; }

    /// <summary>Whether candidates who are "werkfit op termijn" may be proposed.</summary>
    public bool AcceptsReadyInTime { get; init; }

    public ContractTypes Contract { get; init; } = ContractTypes.Permanent;

    /// <summary>When not None, only candidates in one of these target groups are eligible.</summary>
    public TargetGroups ReservedFor { get; init; }

    public int HoursPerWeek { get; init; }

    public EducationLevel MinEducation { get; init; }

    public LanguageLevel MinDutch { get; init; }

    public DrivingLicences RequiredLicences { get; init; }

    public int MinExperienceYears { get; init; }

    public OccupationId? Occupation { get; init; }

    public IReadOnlyList<SkillId> RequiredSkills { get; init; } = [];

    public IReadOnlyList<SkillId> NiceToHaveSkills { get; init; } = [];

    public IReadOnlyList<CompetenceLevel> Competences { get; init; } = [];

    public IReadOnlyList<JobTask> Tasks { get; init; } = [];
}
