using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Vacancies;

/// <summary>One task row as entered (before it becomes a <see cref="VacancyTask"/>); <paramref name="Row"/> numbers it in messages (0: its place in the list).</summary>
public sealed record TaskLine(string? Description, int? SharePercent, bool Separable, int Row = 0);

/// <summary>One competence row as entered; <paramref name="Row"/> as in <see cref="TaskLine"/>.</summary>
public sealed record CompetenceLine(int? Code, int Row = 0);

/// <summary>The values of a vacancy the cross-field rules look at. Field names in errors are the command's.</summary>
public sealed record VacancyFacts(
    int? HoursPerWeekMin, int? HoursPerWeekMax, IReadOnlyList<TaskLine> Tasks, IReadOnlyList<CompetenceLine> Competences);

/// <summary>The pure rules of a vacancy's content (A-frame: the handler loads, calls these, saves).</summary>
public static class VacancyRules
{
    public const int MaxHoursPerWeek = 60;

    /// <summary>The default of <c>Vacancies:StaleAfterDays</c>.</summary>
    public const int DefaultStaleAfterDays = 14;

    /// <summary>
    /// The cross-field errors: minimum hours above the maximum, task rows
    /// without a description or with a share outside 1–100, shares adding up to more than 100%, unknown or
    /// repeated competences. Rows are numbered from 1 in the messages.
    /// </summary>
    public static List<Error> Check(VacancyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var errors = new List<Error>();
        if (facts.HoursPerWeekMin is { } min && facts.HoursPerWeekMax is { } max && min > max)
        {
            errors.Add(Error.Validation("HoursPerWeekMin", "Vacancy.HoursMinAboveMax", max));
        }

        for (var i = 0; i < facts.Tasks.Count; i++)
        {
            var task = facts.Tasks[i];
            var row = task.Row > 0 ? task.Row : i + 1;
            if (string.IsNullOrWhiteSpace(task.Description))
            {
                errors.Add(Error.Validation("Tasks", "Vacancy.TaskDescriptionRequired", row));
            }

            if (task.SharePercent is not (>= 1 and <= 100))
            {
                errors.Add(Error.Validation("Tasks", "Vacancy.TaskShare", row));
            }
        }

        var sum = facts.Tasks.Sum(t => t.SharePercent is (>= 1 and <= 100) ? t.SharePercent.Value : 0);
        if (sum > 100)
        {
            errors.Add(Error.Validation("Tasks", "Vacancy.TaskSharesSum", sum));
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < facts.Competences.Count; i++)
        {
            var code = facts.Competences[i].Code;
            var row = facts.Competences[i].Row > 0 ? facts.Competences[i].Row : i + 1;
            if (!BehaviouralCompetences.IsKnown(code))
            {
                errors.Add(Error.Validation("Competences", "Vacancy.UnknownCompetence", row));
            }
            else if (!seen.Add(code!.Value))
            {
                errors.Add(Error.Validation("Competences", "Vacancy.DuplicateCompetence", row));
            }
        }

        return errors;
    }

    /// <summary>
    /// The dates of a published vacancy: neither the start nor the closing date may lie in the past when a draft is
    /// published (<paramref name="published"/> null) or when a published vacancy's date is changed; a date that has
    /// passed since publication may stay (<paramref name="published"/>: the dates as they were). The closing date may
    /// lie before the start date (applications usually close before the job starts), and either may be left open.
    /// </summary>
    public static List<Error> CheckPublishedDates(DateOnly? start, DateOnly? closing, DateOnly today, (DateOnly? Start, DateOnly? Closing)? published = null)
    {
        var errors = new List<Error>();
        if (start is { } s && s < today && (published is null || published.Value.Start != start))
        {
            errors.Add(Error.Validation("StartDate", "Vacancy.StartInPast"));
        }

        if (closing is { } c && c < today && (published is null || published.Value.Closing != closing))
        {
            errors.Add(Error.Validation("ClosingDate", "Vacancy.ClosingInPast"));
        }

        return errors;
    }

    /// <summary>
    /// Where a running vacancy goes when one of its candidates is hired: <paramref name="hired"/> hires (this one
    /// included) fill its <paramref name="positions"/> (filled) or part of them (partly filled). Null: no move (a
    /// vacancy already there, ended, or still a draft).
    /// </summary>
    public static VacancyStatus? StatusAfterHire(VacancyStatus status, int positions, int hired)
    {
        var next = hired >= positions ? VacancyStatus.Filled : VacancyStatus.PartlyFilled;
        return status != next && status != VacancyStatus.Draft && VacancyWorkflow.CanMove(status, next) ? next : null;
    }

    /// <summary>Stale: still running (not filled, withdrawn or expired) and nothing happened for <paramref name="staleAfterDays"/> days.</summary>
    public static bool IsStale(VacancyStatus status, DateTime lastActivityAtUtc, DateTime nowUtc, int staleAfterDays) =>
        !VacancyWorkflow.IsFinal(status) && lastActivityAtUtc < StaleBefore(nowUtc, staleAfterDays);

    /// <summary>Activity before this moment makes a running vacancy stale.</summary>
    public static DateTime StaleBefore(DateTime nowUtc, int staleAfterDays) => nowUtc.AddDays(-staleAfterDays);

    /// <summary>The statuses that are not final (draft, open, candidates proposed, partly filled).</summary>
    public static IReadOnlyList<VacancyStatus> Running { get; } =
        Enum.GetValues<VacancyStatus>().Where(s => !VacancyWorkflow.IsFinal(s)).ToArray();
}
