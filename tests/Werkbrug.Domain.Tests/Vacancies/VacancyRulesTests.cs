using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Tests.Vacancies;

public sealed class VacancyRulesTests
{
    private static VacancyFacts Facts(int? min = 20, int? max = 32, TaskLine[]? tasks = null, int?[]? competences = null) =>
        new(min, max, tasks ?? [], (competences ?? []).Select(c => new CompetenceLine(c)).ToList());

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static string Codes(VacancyFacts facts) => string.Join(",", VacancyRules.Check(facts).Select(e => $"{e.Field}:{e.Code}"));

    [Theory]
    [InlineData(20, 32, "")]
    [InlineData(32, 32, "")]
    [InlineData(33, 32, "HoursPerWeekMin:Vacancy.HoursMinAboveMax")]
    [InlineData(null, 32, "")]
    [InlineData(0, 1, "")]
    public void hours_minimum_may_not_exceed_the_maximum(int? min, int? max, string expected) => Assert.Equal(expected, Codes(Facts(min, max)));

    // Today is 2026-03-10. Applications usually close before the job starts: that is no error.
    [Theory]
    [InlineData("2026-04-01", "2026-03-20", null, null, "")]
    [InlineData("2026-03-20", "2026-04-01", null, null, "")]
    [InlineData("2026-03-10", "2026-03-10", null, null, "")]
    [InlineData(null, null, null, null, "")]
    [InlineData("2026-03-09", "2026-03-20", null, null, "StartDate:Vacancy.StartInPast")]
    [InlineData("2026-04-01", "2026-03-01", null, null, "ClosingDate:Vacancy.ClosingInPast")]
    [InlineData("2026-03-01", "2026-03-01", null, null, "StartDate:Vacancy.StartInPast,ClosingDate:Vacancy.ClosingInPast")]
    // A published vacancy: a date that passed since publication may stay; a changed date may not be in the past.
    [InlineData("2026-03-01", "2026-02-20", "2026-03-01", "2026-02-20", "")]
    [InlineData("2026-03-02", "2026-02-20", "2026-03-01", "2026-02-20", "StartDate:Vacancy.StartInPast")]
    [InlineData("2026-03-01", "2026-02-21", "2026-03-01", "2026-02-20", "ClosingDate:Vacancy.ClosingInPast")]
    [InlineData("2026-03-01", "2026-03-31", "2026-03-01", "2026-02-20", "")]
    public void neither_date_of_a_published_vacancy_lies_in_the_past(string? start, string? closing, string? publishedStart, string? publishedClosing, string expected)
    {
        (DateOnly?, DateOnly?)? published = publishedStart is null ? null : (Date(publishedStart), Date(publishedClosing));
        var errors = VacancyRules.CheckPublishedDates(Date(start), Date(closing), new DateOnly(2026, 3, 10), published);
        Assert.Equal(expected, string.Join(",", errors.Select(e => $"{e.Field}:{e.Code}")));
    }

    [Theory]
    [InlineData(VacancyStatus.Open, 1, 1, VacancyStatus.Filled)]
    [InlineData(VacancyStatus.Open, 3, 1, VacancyStatus.PartlyFilled)]
    [InlineData(VacancyStatus.CandidatesProposed, 2, 1, VacancyStatus.PartlyFilled)]
    [InlineData(VacancyStatus.CandidatesProposed, 2, 2, VacancyStatus.Filled)]
    [InlineData(VacancyStatus.PartlyFilled, 3, 2, null)]
    [InlineData(VacancyStatus.PartlyFilled, 3, 3, VacancyStatus.Filled)]
    [InlineData(VacancyStatus.PartlyFilled, 2, 4, VacancyStatus.Filled)]
    [InlineData(VacancyStatus.Filled, 1, 2, null)]
    [InlineData(VacancyStatus.Withdrawn, 1, 1, null)]
    [InlineData(VacancyStatus.Expired, 1, 1, null)]
    [InlineData(VacancyStatus.Draft, 1, 1, null)]
    public void a_hire_fills_the_vacancys_places(VacancyStatus status, int positions, int hired, VacancyStatus? expected) =>
        Assert.Equal(expected, VacancyRules.StatusAfterHire(status, positions, hired));

    public static TheoryData<TaskLine[], string> TaskCases => new()
    {
        { [new("Orderpicken", 60, true), new("Inpakken", 40, false)], "" },
        { [new("Orderpicken", 60, true), new("Inpakken", 41, false)], "Tasks:Vacancy.TaskSharesSum" },
        { [new(" ", 10, true)], "Tasks:Vacancy.TaskDescriptionRequired" },
        { [new("Schoonmaken", 0, true)], "Tasks:Vacancy.TaskShare" },
        { [new("Schoonmaken", 101, true)], "Tasks:Vacancy.TaskShare" },
        { [new("Schoonmaken", null, true)], "Tasks:Vacancy.TaskShare" },
        { [new("Schoonmaken", 100, true)], "" },
    };

    [Theory]
    [MemberData(nameof(TaskCases))]
    public void tasks_need_a_description_and_shares_of_at_most_100_percent_together(TaskLine[] tasks, string expected) =>
        Assert.Equal(expected, Codes(Facts(tasks: tasks)));

    [Fact]
    public void task_errors_name_the_row()
    {
        var error = Assert.Single(VacancyRules.Check(Facts(tasks: [new("Een", 10, false), new(null, 10, false)])));
        var numbered = Assert.Single(VacancyRules.Check(Facts(tasks: [new("Een", 10, false), new(null, 10, false, Row: 5)])));

        Assert.Equal([2], error.Arguments);
        Assert.Equal([5], numbered.Arguments);
    }

    [Theory]
    [InlineData(new[] { 24105, 24121 }, "")]
    [InlineData(new[] { 24103 }, "Competences:Vacancy.UnknownCompetence")]
    [InlineData(new[] { 24105, 24105 }, "Competences:Vacancy.DuplicateCompetence")]
    public void competences_come_from_the_vum_list_once_each(int[] codes, string expected) =>
        Assert.Equal(expected, Codes(Facts(competences: codes.Select(c => (int?)c).ToArray())));

    [Theory]
    [InlineData(VacancyStatus.Open, 15, 14, true)]
    [InlineData(VacancyStatus.Open, 13, 14, false)]
    [InlineData(VacancyStatus.Draft, 30, 14, true)]
    [InlineData(VacancyStatus.PartlyFilled, 30, 14, true)]
    [InlineData(VacancyStatus.Filled, 30, 14, false)]
    [InlineData(VacancyStatus.Withdrawn, 30, 14, false)]
    [InlineData(VacancyStatus.Expired, 30, 14, false)]
    [InlineData(VacancyStatus.Open, 8, 7, true)]
    public void a_running_vacancy_without_activity_for_n_days_is_stale(VacancyStatus status, int daysAgo, int staleAfter, bool stale)
    {
        var now = new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(stale, VacancyRules.IsStale(status, now.AddDays(-daysAgo), now, staleAfter));
    }

    [Theory]
    [InlineData(ContractType.Regular, "01")]
    [InlineData(ContractType.Leerbaan, "02")]
    [InlineData(ContractType.Volunteering, "03")]
    [InlineData(ContractType.WorkExperiencePlace, "04")]
    [InlineData(ContractType.TrialPlacement, null)]
    public void contract_types_map_to_the_vum_codes(ContractType type, string? vum) => Assert.Equal(vum, ContractTypes.VumCode(type));
}
