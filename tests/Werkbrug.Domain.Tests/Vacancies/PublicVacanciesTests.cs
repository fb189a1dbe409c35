using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Tests.Vacancies;

public sealed class PublicVacanciesTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);
    private static readonly DateTime Now = new(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<bool, VacancyStatus, int?, bool> Visibility => new()
    {
        { true, VacancyStatus.Open, null, true },
        { true, VacancyStatus.CandidatesProposed, 10, true },
        { true, VacancyStatus.PartlyFilled, 0, true }, // the closing date is the last day to apply
        { true, VacancyStatus.Open, -1, false },
        { true, VacancyStatus.Draft, null, false },
        { true, VacancyStatus.Filled, null, false },
        { true, VacancyStatus.Withdrawn, null, false },
        { true, VacancyStatus.Expired, null, false },
        { false, VacancyStatus.Open, null, false },
    };

    [Theory]
    [MemberData(nameof(Visibility))]
    public void only_a_public_running_vacancy_with_applications_open_is_shown(bool isPublic, VacancyStatus status, int? closesInDays, bool shown) =>
        Assert.Equal(shown, PublicVacancies.IsShown(isPublic, status, closesInDays is { } days ? Today.AddDays(days) : null, Today));

    public static TheoryData<ContractType, int, int, string> EmploymentTypes => new()
    {
        { ContractType.Regular, 36, 40, "FULL_TIME" },
        { ContractType.Regular, 24, 32, "PART_TIME" },
        { ContractType.Regular, 0, 35, "PART_TIME" },
        { ContractType.Regular, 24, 40, "FULL_TIME PART_TIME" },
        { ContractType.Leerbaan, 38, 38, "FULL_TIME" },
        { ContractType.Leerbaan, 20, 20, "PART_TIME" },
        { ContractType.TrialPlacement, 40, 40, "TEMPORARY" },
        { ContractType.WorkExperiencePlace, 16, 24, "INTERN" },
        { ContractType.Volunteering, 4, 8, "VOLUNTEER" },
    };

    [Theory]
    [MemberData(nameof(EmploymentTypes))]
    public void contract_and_hours_map_to_employment_types(ContractType contract, int min, int max, string expected) =>
        Assert.Equal(expected, string.Join(' ', PublicVacancies.EmploymentTypes(contract, min, max)));

    private static Vacancy NewVacancy()
    {
        var vacancy = new Vacancy { RegionCode = "AM14", Title = "Orderpicker", Occupation = "Orderpicker", Postcode = "3811 AB", Pc4 = "3811", MunicipalityName = "Amersfoort" };
        vacancy.Created(Now, Guid.NewGuid());
        return vacancy;
    }

    [Fact]
    public void marking_public_dates_the_posting_once_and_taking_it_off_clears_the_date()
    {
        var vacancy = NewVacancy();

        Assert.Null(vacancy.SetPublic(true, Now));
        Assert.Null(vacancy.SetPublic(true, Now.AddDays(3)));
        var dated = vacancy.PublicSinceUtc;
        Assert.Null(vacancy.SetPublic(false, Now.AddDays(4)));

        Assert.Equal(Now, dated);
        Assert.False(vacancy.IsPublic);
        Assert.Null(vacancy.PublicSinceUtc);
        Assert.Equal(Now.AddDays(4), vacancy.LastActivityAtUtc);
    }

    [Fact]
    public void an_ended_vacancy_cannot_be_made_public_but_can_be_taken_off()
    {
        var vacancy = NewVacancy();
        vacancy.SetPublic(true, Now);
        vacancy.MoveTo(VacancyStatus.Withdrawn, Now, Guid.NewGuid(), null);

        var refused = vacancy.SetPublic(true, Now.AddDays(1));
        var takenOff = vacancy.SetPublic(false, Now.AddDays(1));

        Assert.Equal(("IsPublic", "Vacancy.PublishEnded"), (refused?.Field, refused?.Code));
        Assert.Null(takenOff);
        Assert.False(vacancy.IsPublic);
    }
}
