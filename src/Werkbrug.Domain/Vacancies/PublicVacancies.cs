namespace Werkbrug.Domain.Vacancies;

/// <summary>
/// What a published vacancy (schema.org JobPosting on the front door and in the public feed) shows, decided here once:
/// which vacancies are shown and how the contract and hours become employment types.
/// </summary>
public static class PublicVacancies
{
    /// <summary>Hours per week from which a job counts as full-time (the usual Dutch full-time week is 36 to 40 hours).</summary>
    public const int FullTimeHours = 36;

    /// <summary>The running statuses in which a public vacancy is shown: a draft is not published yet, a filled, withdrawn or expired one has ended.</summary>
    public static IReadOnlyList<VacancyStatus> ShownStatuses { get; } = [VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled];

    /// <summary>
    /// Whether a vacancy is shown to the public: marked public by its owner, running, and its closing date (the last day
    /// to apply) not passed on <paramref name="today"/> (Dutch date).
    /// </summary>
    public static bool IsShown(bool isPublic, VacancyStatus status, DateOnly? closingDate, DateOnly today) =>
        isPublic && ShownStatuses.Contains(status) && (closingDate is null || closingDate >= today);

    /// <summary>
    /// The employment types (the values Google documents for JobPosting.employmentType) of a vacancy: volunteering is
    /// VOLUNTEER, a work-experience place INTERN, a trial placement TEMPORARY; a regular job or a leerbaan is FULL_TIME when
    /// its hours reach <see cref="FullTimeHours"/>, PART_TIME when they may stay below it, both when its range spans it.
    /// </summary>
    public static IReadOnlyList<string> EmploymentTypes(ContractType contract, int hoursPerWeekMin, int hoursPerWeekMax) => contract switch
    {
        ContractType.Volunteering => ["VOLUNTEER"],
        ContractType.WorkExperiencePlace => ["INTERN"],
        ContractType.TrialPlacement => ["TEMPORARY"],
        _ => ByHours(hoursPerWeekMin, hoursPerWeekMax),
    };

    private static string[] ByHours(int min, int max) => (max >= FullTimeHours, Math.Min(min, max) < FullTimeHours) switch
    {
        (true, true) => ["FULL_TIME", "PART_TIME"],
        (true, false) => ["FULL_TIME"],
        _ => ["PART_TIME"],
    };
}
