using Werkbrug.Domain.Common;
using LanguageLevel = Werkbrug.Domain.JobSeekers.LanguageLevel;

namespace Werkbrug.Domain.Vacancies;

/// <summary>
/// A vacancy of an employer of the region, shared with every partner of the region. Its status only changes
/// through <see cref="VacancyWorkflow"/> (<see cref="MoveTo"/>), with a history; it can be escalated from
/// local to regional once. A created function (gecreëerde functie, job carving) is a vacancy too, whose tasks
/// name the vacancy task they were carved from.
/// </summary>
public sealed class Vacancy : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid EmployerId { get; set; }

    public required string Title { get; set; }

    /// <summary>The occupation as free text.</summary>
    public required string Occupation { get; set; }

    /// <summary>The occupation's ESCO URI, when given or when the label could be resolved.</summary>
    public string? OccupationCode { get; set; }

    /// <summary>Whether the occupation and skills went through the taxonomy resolve step (see JobSeekerProfile.TaxonomyCoded).</summary>
    public bool TaxonomyCoded { get; set; }

    public string? Description { get; set; }

    public List<VacancyTask> Tasks { get; init; } = [];

    public List<VacancySkill> Skills { get; init; } = [];

    public List<VacancyCompetence> Competences { get; init; } = [];

    public EducationLevel? EducationLevel { get; set; }

    /// <summary>The MBO level (1–4) asked for, only with <see cref="EducationLevel"/> MBO/havo/vwo; null means any MBO level.</summary>
    public int? MboLevel { get; set; }

    /// <summary>The Dutch a candidate needs, per skill (the VUM codeNiveauTaalbeheersing scale); null asks nothing.</summary>
    public LanguageLevel? DutchSpeaking { get; set; }

    public LanguageLevel? DutchListening { get; set; }

    public LanguageLevel? DutchReading { get; set; }

    public LanguageLevel? DutchWriting { get; set; }

    /// <summary>The driving-licence category the job needs (a <see cref="JobSeekers.DrivingLicences"/> code), if any.</summary>
    public string? DrivingLicence { get; set; }

    /// <summary>The years of work experience asked for, if any.</summary>
    public int? MinExperienceYears { get; set; }

    /// <summary>Reserved for the banenafspraak target group (people in the doelgroepregister): only they are proposed.</summary>
    public bool ReservedForJobsAgreement { get; set; }

    public int HoursPerWeekMin { get; set; }

    public int HoursPerWeekMax { get; set; }

    public string? Schedule { get; set; }

    public ContractType ContractType { get; set; }

    public string? AddressLine { get; set; }

    /// <summary>Postcode of the work location as "3811 AB" (or "3811").</summary>
    public required string Postcode { get; set; }

    public required string Pc4 { get; set; }

    public required string MunicipalityName { get; set; }

    public int Positions { get; set; } = 1;

    /// <summary>
    /// The SBI section (letter A–U) of the work. Stored, not derived: when a vacancy is saved without one it takes the
    /// section of the employer's main activity (<see cref="Employers.Sbi.MainSection"/>), and an adviser may choose another,
    /// since a vacancy at another establishment may be in another branch. Null when neither names one.
    /// </summary>
    public string? SbiSection { get; set; }

    /// <summary>The employer's contact person for this vacancy (not a job seeker): optional, but a phone or e-mail needs a name.</summary>
    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? ClosingDate { get; set; }

    /// <summary>The employer is open to adapting the job (to a candidate's possibilities).</summary>
    public bool OpenToAdaptingJob { get; set; }

    public bool HardToFill { get; set; }

    /// <summary>
    /// The owner organisation marked the vacancy public (openbaar): it is published on the front door and in the public
    /// feed while it runs and applications are open (<see cref="PublicVacancies.IsShown"/>).
    /// </summary>
    public bool IsPublic { get; private set; }

    /// <summary>When the vacancy was last marked public (the posting's date); null while it is not public.</summary>
    public DateTime? PublicSinceUtc { get; private set; }

    public Guid OwnerOrganisationId { get; set; }

    public Guid AdviserUserId { get; set; }

    /// <summary>The id in a legacy system; unique per region and owner organisation (the CSV import matches on it).</summary>
    public string? ExternalId { get; set; }

    /// <summary>The partner system that delivers this vacancy through the exchange API (with <see cref="ExternalId"/> its key there); null when kept in Werkbrug.</summary>
    public string? SourceSystem { get; set; }

    /// <summary>The front-door request this vacancy was taken in from.</summary>
    public Guid? IntakeRequestId { get; init; }

    /// <summary>A gecreëerde functie: composed from separable tasks of other vacancies of the employer.</summary>
    public bool IsCreatedFunction { get; init; }

    public VacancyStatus Status { get; private set; } = VacancyStatus.Draft;

    public EscalationLevel EscalationLevel { get; private set; } = EscalationLevel.Local;

    public List<VacancyStatusChange> StatusHistory { get; init; } = [];

    public List<VacancyEscalation> Escalations { get; init; } = [];

    public DateTime CreatedAtUtc { get; init; }

    public Guid CreatedByUserId { get; init; }

    /// <summary>The last time anything happened to the vacancy; the stale mark counts from here.</summary>
    public DateTime LastActivityAtUtc { get; private set; }

    public int Version { get; set; }

    /// <summary>Records the creation as the first history entry (no "from" status).</summary>
    public void Created(DateTime atUtc, Guid byUserId, string? note = null)
    {
        StatusHistory.Add(new VacancyStatusChange { From = null, To = Status, AtUtc = atUtc, ByUserId = byUserId, Note = note });
        Touch(atUtc);
    }

    /// <summary>Moves to <paramref name="to"/> when the workflow allows it; otherwise the error and nothing changes.</summary>
    public Error? MoveTo(VacancyStatus to, DateTime atUtc, Guid byUserId, string? note)
    {
        if (!VacancyWorkflow.CanMove(Status, to))
        {
            return Error.Validation("Status", "Vacancy.TransitionNotAllowed", Status, to);
        }

        StatusHistory.Add(new VacancyStatusChange { From = Status, To = to, AtUtc = atUtc, ByUserId = byUserId, Note = note });
        Status = to;
        Touch(atUtc);
        return null;
    }

    /// <summary>Escalates from local to regional, once, and not after the vacancy has ended.</summary>
    public Error? Escalate(string reason, DateTime atUtc, Guid byUserId)
    {
        if (EscalationLevel == EscalationLevel.Regional)
        {
            return Error.Conflict("Vacancy.AlreadyEscalated");
        }

        if (VacancyWorkflow.IsFinal(Status))
        {
            return Error.Conflict("Vacancy.EscalateEnded");
        }

        Escalations.Add(new VacancyEscalation { From = EscalationLevel, To = EscalationLevel.Regional, Reason = reason, AtUtc = atUtc, ByUserId = byUserId });
        EscalationLevel = EscalationLevel.Regional;
        Touch(atUtc);
        return null;
    }

    /// <summary>
    /// Marks the vacancy public or not. A vacancy that has ended (filled, withdrawn, expired) cannot be made public; taking
    /// it off is always allowed. Marking an already public vacancy public again keeps its date.
    /// </summary>
    public Error? SetPublic(bool isPublic, DateTime atUtc)
    {
        if (isPublic && VacancyWorkflow.IsFinal(Status))
        {
            return Error.Validation(nameof(IsPublic), "Vacancy.PublishEnded");
        }

        if (isPublic != IsPublic)
        {
            PublicSinceUtc = isPublic ? atUtc : null;
            IsPublic = isPublic;
        }

        Touch(atUtc);
        return null;
    }

    public void Touch(DateTime atUtc)
    {
        if (atUtc > LastActivityAtUtc)
        {
            LastActivityAtUtc = atUtc;
        }
    }

    public bool IsStale(DateTime nowUtc, int staleAfterDays) => VacancyRules.IsStale(Status, LastActivityAtUtc, nowUtc, staleAfterDays);
}

/// <summary>A task (taak) of the job with its share of the hours; separable tasks can be carved into a new function.</summary>
public sealed class VacancyTask
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>Order on the page (0-based).</summary>
    public int Position { get; set; }

    public required string Description { get; set; }

    /// <summary>Share of the hours in percent, 1–100.</summary>
    public int SharePercent { get; set; }

    /// <summary>Could be split off (afsplitsbaar) into a created function.</summary>
    public bool Separable { get; set; }

    /// <summary>What the task demands (heavy lifting, night shifts, ...): what a job seeker's limitations are checked against.</summary>
    public TaskDemands Demands { get; set; }

    /// <summary>For a created function: the vacancy and task this one was copied from.</summary>
    public Guid? SourceVacancyId { get; init; }

    public Guid? SourceTaskId { get; init; }
}

/// <summary>A professional skill (vakvaardigheid) as free text, with its taxonomy code (ESCO skill URI) when given or resolved.</summary>
public sealed class VacancySkill
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>Order on the page (0-based).</summary>
    public int Position { get; set; }

    public required string Label { get; set; }

    public string? TaxonomyCode { get; set; }

    public SkillKind Kind { get; set; }

    public Importance Importance { get; set; }
}

/// <summary>A behavioural competence from the VUM list (<see cref="BehaviouralCompetences"/>).</summary>
public sealed class VacancyCompetence
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>Order on the page (0-based).</summary>
    public int Position { get; set; }

    public int Code { get; set; }

    public Importance Importance { get; set; }
}

/// <summary>One step in the status history; <see cref="From"/> is null for the creation.</summary>
public sealed class VacancyStatusChange
{
    public Guid Id { get; init; } = Ids.New();

    public VacancyStatus? From { get; init; }

    public VacancyStatus To { get; init; }

    public DateTime AtUtc { get; init; }

    public Guid ByUserId { get; init; }

    public string? Note { get; init; }
}

/// <summary>An escalation from one level to another, with its reason.</summary>
public sealed class VacancyEscalation
{
    public Guid Id { get; init; } = Ids.New();

    public EscalationLevel From { get; init; }

    public EscalationLevel To { get; init; }

    public required string Reason { get; init; }

    public DateTime AtUtc { get; init; }

    public Guid ByUserId { get; init; }
}
