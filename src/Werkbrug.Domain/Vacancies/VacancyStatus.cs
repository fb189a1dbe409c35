namespace Werkbrug.Domain.Vacancies;

/// <summary>The life of a vacancy from intake to its end (issue: vacancies, status workflow).</summary>
public enum VacancyStatus
{
    Draft = 1,
    Open = 2,
    CandidatesProposed = 3,
    PartlyFilled = 4,
    Filled = 5,
    Withdrawn = 6,
    Expired = 7,
}

public static class VacancyWorkflow
{
    private static readonly Dictionary<VacancyStatus, VacancyStatus[]> Allowed = new()
    {
        [VacancyStatus.Draft] = [VacancyStatus.Open, VacancyStatus.Withdrawn],
        [VacancyStatus.Open] = [VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled, VacancyStatus.Filled, VacancyStatus.Withdrawn, VacancyStatus.Expired],
        [VacancyStatus.CandidatesProposed] = [VacancyStatus.Open, VacancyStatus.PartlyFilled, VacancyStatus.Filled, VacancyStatus.Withdrawn, VacancyStatus.Expired],
        [VacancyStatus.PartlyFilled] = [VacancyStatus.CandidatesProposed, VacancyStatus.Filled, VacancyStatus.Withdrawn, VacancyStatus.Expired],
        [VacancyStatus.Filled] = [],
        [VacancyStatus.Withdrawn] = [],
        [VacancyStatus.Expired] = [],
    };

    /// <summary>The statuses a vacancy in <paramref name="from"/> may move to. Filled, withdrawn and expired are final.</summary>
    public static IReadOnlyList<VacancyStatus> NextFrom(VacancyStatus from) => Allowed[from];

    public static bool CanMove(VacancyStatus from, VacancyStatus to) => Allowed[from].Contains(to);

    public static bool IsFinal(VacancyStatus status) => Allowed[status].Length == 0;
}
