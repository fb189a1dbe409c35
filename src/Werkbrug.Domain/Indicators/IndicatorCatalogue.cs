namespace Werkbrug.Domain.Indicators;

/// <summary>The themes the dashboard groups its indicators under.</summary>
public enum IndicatorGroup
{
    Placements = 1,
    Referrals = 2,
    Service = 3,
    Employers = 4,

    /// <summary>The job seekers' pool on the period's last day (stock figures from daily snapshots).</summary>
    Pool = 5,
}

/// <summary>
/// An indicator: its stable key (in URLs, the API and, later, goals), its theme, what kind of figure it is and the
/// breakdowns it is shown in. Its Dutch name and definition (what is counted, from which records, known limits) are
/// resources "Indicator.&lt;key&gt;.*" of the web project. <paramref name="ByMunicipality"/> is false for an indicator whose
/// records have no municipality (the pool has a postcode area only): under a municipality filter it has no figure.
/// </summary>
public sealed record IndicatorDefinition(string Key, IndicatorGroup Group, IndicatorKind Kind, IReadOnlyList<string> Breakdowns, bool ByMunicipality = true);

/// <summary>The dimensions an indicator can be broken down by; the keys are stable (API, goals).</summary>
public static class Breakdowns
{
    /// <summary>The candidate's benefit (uitkering) as the profile holds it now.</summary>
    public const string Benefit = "benefit";

    /// <summary>The organisation that registered the candidate (eigenaar).</summary>
    public const string OwnerOrganisation = "owner-organisation";

    /// <summary>The organisation whose adviser made the referral and so the placement.</summary>
    public const string PlacingOrganisation = "placing-organisation";

    /// <summary>The municipality of the work location (the vacancy's).</summary>
    public const string Municipality = "municipality";

    public const string ContractType = "contract-type";

    public const string Instrument = "instrument";

    /// <summary>The organisation whose adviser made the referral.</summary>
    public const string ReferringOrganisation = "referring-organisation";

    public const string RejectionReason = "rejection-reason";

    /// <summary>How a vacancy ended: filled, withdrawn or expired.</summary>
    public const string Outcome = "outcome";

    /// <summary>The kind of aftercare task: feedback, contact moment, durability check.</summary>
    public const string TaskKind = "task-kind";

    /// <summary>The kind of front-door request: a vacancy or a question.</summary>
    public const string RequestType = "request-type";

    /// <summary>The employer's size class (number of employees).</summary>
    public const string SizeClass = "size-class";

    /// <summary>Who took the initiative for a contact: the service point or the employer.</summary>
    public const string Initiator = "initiator";

    /// <summary>The organisation of the adviser who had the contact.</summary>
    public const string ContactOrganisation = "contact-organisation";

    /// <summary>The organisation that owns the vacancy (took it in).</summary>
    public const string VacancyOrganisation = "vacancy-organisation";

    /// <summary>The SBI section (letter A–U) of the employer's first SBI code, as the survey weighting assigns it.</summary>
    public const string SbiSection = "sbi-section";

    /// <summary>The survey's size band of the employer (1–9, 10–49, 50–99, 100+ employees), as the register counts it.</summary>
    public const string SizeBand = "size-band";
}

/// <summary>Every indicator Werkbrug computes, in the order the dashboard shows them.</summary>
public static class IndicatorCatalogue
{
    /// <summary>Placements that started in the period.</summary>
    public const string Placements = "placements";

    /// <summary>The share of those placements whose candidate belongs to another organisation than the one that placed them.</summary>
    public const string CrossPartnerPlacements = "cross-partner-placements";

    /// <summary>Of the referrals sent to the employer in the period, the share the employer invited (or hired straight away).</summary>
    public const string ReferralsInvited = "referrals-invited";

    /// <summary>Of the referrals sent to the employer in the period, the share that ended in a hire.</summary>
    public const string ReferralsHired = "referrals-hired";

    /// <summary>Referrals the employer rejected in the period, by reason.</summary>
    public const string Rejections = "rejections";

    /// <summary>Vacancies that were filled, withdrawn or expired in the period.</summary>
    public const string VacanciesClosed = "vacancies-closed";

    /// <summary>Of the placements whose six-month checkpoint falls in the period and whose status then is known, the share still employed.</summary>
    public const string LastingSixMonths = "placements-lasting-6-months";

    /// <summary>The same at twelve months.</summary>
    public const string LastingTwelveMonths = "placements-lasting-12-months";

    /// <summary>Of the aftercare tasks due in the period (up to yesterday), the share done on or before the due date.</summary>
    public const string AftercareOnTime = "aftercare-on-time";

    /// <summary>Of the referrals the employer rejected in the period, the share whose feedback task was done on or before its due date.</summary>
    public const string FeedbackToCaseManager = "feedback-to-case-manager";

    /// <summary>Of the region's employers registered before the period's end, the share with a contact in the period.</summary>
    public const string EmployersReached = "employers-reached";

    /// <summary>
    /// Of all the region's employers by the register the region imported (the surveys' population table: SBI section ×
    /// size band), the share Werkbrug's employers with a contact in the period make up.
    /// </summary>
    public const string RegisterReached = "employers-reached-of-register";

    /// <summary>Employers registered in the period.</summary>
    public const string EmployersNew = "employers-new";

    /// <summary>Contact moments with employers in the period, by who took the initiative.</summary>
    public const string EmployerContacts = "employer-contacts";

    /// <summary>The average number of days from taking a vacancy in to filling it, for the vacancies filled in the period.</summary>
    public const string TimeToFill = "time-to-fill";

    /// <summary>Of the front-door requests due in the period (up to yesterday), the share answered on or before the due date (the reaction term).</summary>
    public const string IntakeAnsweredInTime = "intake-answered-in-time";

    /// <summary>Of the region's pool on the period's last day, the share that is werkfit (<see cref="JobSeekers.WerkfitStatus.WorkReady"/>).</summary>
    public const string PoolWerkfit = "pool-werkfit";

    /// <summary>Of the region's pool on the period's last day, the share whose profile is not stale (the freshness rule).</summary>
    public const string PoolFresh = "pool-fresh";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(Placements, IndicatorGroup.Placements, IndicatorKind.Count,
            [Breakdowns.Benefit, Breakdowns.OwnerOrganisation, Breakdowns.Municipality, Breakdowns.ContractType, Breakdowns.Instrument]),
        new(CrossPartnerPlacements, IndicatorGroup.Placements, IndicatorKind.Share, [Breakdowns.PlacingOrganisation]),
        new(LastingSixMonths, IndicatorGroup.Placements, IndicatorKind.Share, [Breakdowns.PlacingOrganisation]),
        new(LastingTwelveMonths, IndicatorGroup.Placements, IndicatorKind.Share, [Breakdowns.PlacingOrganisation]),
        new(ReferralsInvited, IndicatorGroup.Referrals, IndicatorKind.Share, [Breakdowns.ReferringOrganisation]),
        new(ReferralsHired, IndicatorGroup.Referrals, IndicatorKind.Share, [Breakdowns.ReferringOrganisation]),
        new(Rejections, IndicatorGroup.Referrals, IndicatorKind.Count, [Breakdowns.RejectionReason]),
        new(VacanciesClosed, IndicatorGroup.Referrals, IndicatorKind.Count, [Breakdowns.Outcome, Breakdowns.VacancyOrganisation]),
        new(TimeToFill, IndicatorGroup.Referrals, IndicatorKind.AverageDays, [Breakdowns.VacancyOrganisation]),
        new(IntakeAnsweredInTime, IndicatorGroup.Service, IndicatorKind.Share, [Breakdowns.RequestType]),
        new(AftercareOnTime, IndicatorGroup.Service, IndicatorKind.Share, [Breakdowns.TaskKind]),
        new(FeedbackToCaseManager, IndicatorGroup.Service, IndicatorKind.Share, [Breakdowns.ReferringOrganisation]),
        new(EmployersReached, IndicatorGroup.Employers, IndicatorKind.Share, [Breakdowns.SizeClass]),
        new(RegisterReached, IndicatorGroup.Employers, IndicatorKind.Share, [Breakdowns.SbiSection, Breakdowns.SizeBand], ByMunicipality: false),
        new(EmployersNew, IndicatorGroup.Employers, IndicatorKind.Count, [Breakdowns.SizeClass]),
        new(EmployerContacts, IndicatorGroup.Employers, IndicatorKind.Count, [Breakdowns.Initiator, Breakdowns.ContactOrganisation]),
        new(PoolWerkfit, IndicatorGroup.Pool, IndicatorKind.Share, [Breakdowns.OwnerOrganisation, Breakdowns.Benefit], ByMunicipality: false),
        new(PoolFresh, IndicatorGroup.Pool, IndicatorKind.Share, [Breakdowns.OwnerOrganisation], ByMunicipality: false),
    ];

    public static IndicatorDefinition? Find(string key) => All.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.Ordinal));
}
