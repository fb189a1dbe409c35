using Werkbrug.Domain.Vacancies;
using static Werkbrug.Domain.Vacancies.VacancyStatus;

namespace Werkbrug.Domain.Tests.Vacancies;

public sealed class VacancyWorkflowTests
{
    [Theory]
    [InlineData(Draft, Open, true)]
    [InlineData(Draft, Withdrawn, true)]
    [InlineData(Draft, CandidatesProposed, false)]
    [InlineData(Draft, Filled, false)]
    [InlineData(Open, CandidatesProposed, true)]
    [InlineData(Open, Expired, true)]
    [InlineData(Open, Draft, false)]
    [InlineData(CandidatesProposed, Filled, true)]
    [InlineData(CandidatesProposed, PartlyFilled, true)]
    [InlineData(CandidatesProposed, Open, true)]
    [InlineData(PartlyFilled, Filled, true)]
    [InlineData(PartlyFilled, Open, false)]
    [InlineData(Filled, Open, false)]
    [InlineData(Withdrawn, Open, false)]
    [InlineData(Expired, Open, false)]
    public void allowed_transitions(VacancyStatus from, VacancyStatus to, bool allowed) => Assert.Equal(allowed, VacancyWorkflow.CanMove(from, to));

    [Theory]
    [InlineData(Filled, true)]
    [InlineData(Withdrawn, true)]
    [InlineData(Expired, true)]
    [InlineData(Draft, false)]
    [InlineData(PartlyFilled, false)]
    public void final_statuses(VacancyStatus status, bool final) => Assert.Equal(final, VacancyWorkflow.IsFinal(status));

    [Fact]
    public void every_status_has_a_row_in_the_table()
    {
        foreach (var status in Enum.GetValues<VacancyStatus>())
        {
            Assert.NotNull(VacancyWorkflow.NextFrom(status));
        }
    }
}
