using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Tests.Vacancies;

public sealed class VacancyTests
{
    private static readonly DateTime Now = new(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Adviser = Guid.NewGuid();

    private static Vacancy NewVacancy()
    {
        var vacancy = new Vacancy { RegionCode = "AM14", Title = "Orderpicker", Occupation = "Orderpicker", Postcode = "3811 AB", Pc4 = "3811", MunicipalityName = "Amersfoort" };
        vacancy.Created(Now, Adviser);
        return vacancy;
    }

    [Fact]
    public void creation_is_the_first_history_entry_and_counts_as_activity()
    {
        var vacancy = NewVacancy();

        var entry = Assert.Single(vacancy.StatusHistory);
        Assert.Null(entry.From);
        Assert.Equal(VacancyStatus.Draft, entry.To);
        Assert.Equal(Now, vacancy.LastActivityAtUtc);
    }

    [Fact]
    public void an_allowed_move_is_recorded_with_who_when_and_note()
    {
        var vacancy = NewVacancy();

        Assert.Null(vacancy.MoveTo(VacancyStatus.Open, Now.AddDays(1), Adviser, "Gepubliceerd"));

        Assert.Equal(VacancyStatus.Open, vacancy.Status);
        var entry = vacancy.StatusHistory[^1];
        Assert.Equal((VacancyStatus?)VacancyStatus.Draft, entry.From);
        Assert.Equal(VacancyStatus.Open, entry.To);
        Assert.Equal("Gepubliceerd", entry.Note);
        Assert.Equal(Now.AddDays(1), vacancy.LastActivityAtUtc);
    }

    [Theory]
    [InlineData(VacancyStatus.Filled)]
    [InlineData(VacancyStatus.CandidatesProposed)]
    [InlineData(VacancyStatus.Draft)]
    public void a_forbidden_move_changes_nothing(VacancyStatus to)
    {
        var vacancy = NewVacancy();

        var error = vacancy.MoveTo(to, Now.AddDays(1), Adviser, null);

        Assert.Equal("Vacancy.TransitionNotAllowed", error?.Code);
        Assert.Equal("Status", error?.Field);
        Assert.Equal(VacancyStatus.Draft, vacancy.Status);
        Assert.Single(vacancy.StatusHistory);
        Assert.Equal(Now, vacancy.LastActivityAtUtc);
    }

    [Fact]
    public void escalates_once_with_its_reason()
    {
        var vacancy = NewVacancy();

        Assert.Null(vacancy.Escalate("Geen kandidaten lokaal", Now.AddHours(1), Adviser));
        var again = vacancy.Escalate("Nog eens", Now.AddHours(2), Adviser);

        Assert.Equal(EscalationLevel.Regional, vacancy.EscalationLevel);
        var escalation = Assert.Single(vacancy.Escalations);
        Assert.Equal((EscalationLevel.Local, EscalationLevel.Regional, "Geen kandidaten lokaal"), (escalation.From, escalation.To, escalation.Reason));
        Assert.Equal("Vacancy.AlreadyEscalated", again?.Code);
    }

    [Fact]
    public void an_ended_vacancy_is_not_escalated()
    {
        var vacancy = NewVacancy();
        vacancy.MoveTo(VacancyStatus.Withdrawn, Now, Adviser, null);

        Assert.Equal("Vacancy.EscalateEnded", vacancy.Escalate("Te laat", Now, Adviser)?.Code);
        Assert.Equal(EscalationLevel.Local, vacancy.EscalationLevel);
    }
}
