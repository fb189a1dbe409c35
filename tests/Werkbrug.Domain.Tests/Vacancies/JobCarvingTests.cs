using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Tests.Vacancies;

public sealed class JobCarvingTests
{
    private static readonly Guid Employer = Guid.NewGuid();
    private static readonly Guid VacancyA = Guid.NewGuid();
    private static readonly Guid VacancyB = Guid.NewGuid();

    private static CarvingSource Source(Guid vacancy, string description, int share, bool separable, Guid? employer = null) =>
        new(vacancy, employer ?? Employer, new VacancyTask { Description = description, SharePercent = share, Separable = separable });

    [Fact]
    public void copies_separable_tasks_of_several_vacancies_with_their_sources()
    {
        var sources = new[] { Source(VacancyA, "Post sorteren", 20, true), Source(VacancyB, "Koffie zetten", 30, true), Source(VacancyB, "Boekhouding", 50, false) };

        var result = JobCarving.Compose(Employer, [sources[0].Task.Id, sources[1].Task.Id], sources);

        Assert.True(result.IsSuccess);
        Assert.Equal(["Post sorteren", "Koffie zetten"], result.Value.Select(t => t.Description));
        Assert.Equal([VacancyA, VacancyB], result.Value.Select(t => t.SourceVacancyId!.Value));
        Assert.Equal([sources[0].Task.Id, sources[1].Task.Id], result.Value.Select(t => t.SourceTaskId!.Value));
        Assert.Equal([40, 60], result.Value.Select(t => t.SharePercent));
        Assert.All(result.Value, t => Assert.NotEqual(Guid.Empty, t.Id));
        Assert.DoesNotContain(result.Value, t => sources.Any(s => s.Task.Id == t.Id));
    }

    public static TheoryData<string, string> ErrorCases => new()
    {
        { "none", "JobCarving.NoTasks" },
        { "not-separable", "JobCarving.NotSeparable" },
        { "other-employer", "JobCarving.OtherEmployer" },
        { "unknown", "JobCarving.UnknownTask" },
    };

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void refuses_a_composition_that_breaks_a_rule(string situation, string code)
    {
        var ok = Source(VacancyA, "Post sorteren", 20, true);
        var bad = situation switch
        {
            "not-separable" => Source(VacancyA, "Boekhouding", 50, false),
            "other-employer" => Source(VacancyB, "Kopiëren", 10, true, Guid.NewGuid()),
            _ => null,
        };
        IReadOnlyCollection<Guid> chosen = situation switch
        {
            "none" => [],
            "unknown" => [ok.Task.Id, Guid.NewGuid()],
            _ => [ok.Task.Id, bad!.Task.Id],
        };

        var result = JobCarving.Compose(Employer, chosen, bad is null ? [ok] : [ok, bad]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((JobCarving.TasksField, code), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(new[] { 50, 50 }, new[] { 50, 50 })]
    [InlineData(new[] { 60, 60 }, new[] { 50, 50 })]
    [InlineData(new[] { 10, 20, 30 }, new[] { 16, 33, 50 })]
    [InlineData(new[] { 1, 99, 99 }, new[] { 1, 49, 49 })]
    public void shares_are_scaled_to_at_most_100_percent(int[] shares, int[] expected)
    {
        var scaled = JobCarving.ScaleShares(shares);

        Assert.Equal(expected, scaled);
        Assert.True(scaled.Sum() <= 100);
    }
}
