using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Tests.Engine;

/// <summary>
/// Desired occupations (gewenste beroepen) and willingness to retrain (bereid tot omscholing): the occupation credit is the
/// highest of the worked occupation's similarity and each desired one's at 600 (800 when willing to retrain) per mille;
/// a desired occupation gives no skill credit. The vacancy (<see cref="World.Vacancy"/>) asks for O1; O2 is 500 similar, O3 0.
/// </summary>
public sealed class DesiredOccupationTests
{
    public static TheoryData<string, string?, string[], bool, int, string> Cases => new()
    {
        { "worked in the occupation", "O1", [], false, 1000, "zelfde beroep (heftruckchauffeur)" },
        { "only a wish for it", null, ["O1"], false, 600, "gewenst beroep (heftruckchauffeur)" },
        { "a wish for it, willing to retrain", null, ["O1"], true, 800, "gewenst beroep (heftruckchauffeur), bereid tot omscholing" },
        { "a wish for a related occupation", null, ["O2"], false, 300, "verwant aan gewenst beroep (reachtruckchauffeur)" },
        { "a wish for a related occupation, willing to retrain", null, ["O2"], true, 400, "verwant aan gewenst beroep (reachtruckchauffeur), bereid tot omscholing" },
        { "the wish beats the related worked occupation", "O2", ["O1"], false, 600, "gewenst beroep (heftruckchauffeur)" },
        { "the related worked occupation beats the related wish", "O2", ["O2"], true, 500, "verwant beroep (reachtruckchauffeur)" },
        { "the best of three wishes", "O3", ["O3", "O2", "O1"], true, 800, "gewenst beroep (heftruckchauffeur), bereid tot omscholing" },
        { "retraining does not raise a credit the worked occupation earns", "O2", ["O2"], false, 500, "verwant beroep (reachtruckchauffeur)" },
        { "an unrelated wish", null, ["O3"], true, 0, "ander gewenst beroep (schoonmaker)" },
        { "nothing recorded: the occupation the skills point to", null, [], false, 800, "beroep afgeleid uit vaardigheden (heftruckchauffeur)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void credits_and_explains_the_occupation(string name, string? worked, string[] desired, bool retrain, int credit, string detail)
    {
        var profile = World.Candidate() with
        {
            Occupation = worked is null ? null : World.Occupation(worked),
            DesiredOccupations = [.. desired.Select(World.Occupation)],
            WillingToRetrain = retrain,
        };
        var vacancy = World.Vacancy();
        using var index = CandidateIndex.Build(World.Options(), [profile]);
        using var vacancies = new VacancyIndex(World.Options());
        vacancies.Upsert(vacancy);

        var match = Assert.Single(index.FindCandidates(vacancy).Matches);
        var reverse = Assert.Single(vacancies.FindVacancies(profile, inferred: index.InferOccupations(profile)).Matches);

        var occupation = Assert.Single(match.Breakdown, b => b.Criterion == Criterion.Occupation);
        Assert.True(credit == occupation.Credit, $"{name}: {occupation.Credit}");
        Assert.Equal(detail, occupation.Detail);
        Assert.Contains(detail, match.Explanation, StringComparison.Ordinal);
        Assert.Equal(occupation, Assert.Single(reverse.Breakdown, b => b.Criterion == Criterion.Occupation));
        var expected = new ReferenceScorer(World.Taxonomy, World.Postcodes, inferred: index.InferOccupations).Score(vacancy, profile);
        Assert.Equal(expected, match.RawScore);
        Assert.Equal(expected, reverse.RawScore);
    }

    [Theory]
    [InlineData(false, 600)]
    [InlineData(true, 800)]
    [InlineData(false, 0)]
    public void scales_the_similarity_of_a_desired_occupation(bool retrain, int similarity) =>
        Assert.Equal(similarity * (retrain ? 800 : 600) / 1000, Rules.DesiredOccupationCredit(similarity, retrain));

    [Fact]
    public void a_desired_occupation_gives_no_skill_credit()
    {
        var worked = World.Candidate(1) with { Skills = [], Occupation = World.O1 };
        var wished = World.Candidate(2) with { Skills = [], Occupation = null, DesiredOccupations = [World.O1], WillingToRetrain = true };
        using var index = CandidateIndex.Build(World.Options(), [worked, wished]);

        var matches = index.FindCandidates(World.Vacancy()).Matches.ToDictionary(m => m.StableId);

        Assert.Equal(Rules.EssentialInOccupation, Credit(matches[worked.Id], Criterion.RequiredSkills));
        Assert.Equal(0, Credit(matches[wished.Id], Criterion.RequiredSkills));
        Assert.Equal(0, Credit(matches[wished.Id], Criterion.NiceToHaveSkills));
        Assert.All(matches[wished.Id].Breakdown.Single(b => b.Criterion == Criterion.RequiredSkills).Skills!, s => Assert.Equal(EvidenceSource.Missing, s.Source));
    }

    [Fact]
    public void upsert_and_remove_keep_each_profiles_desired_occupations()
    {
        using var index = new CandidateIndex(World.Options());
        CandidateProfile Wish(int n, params OccupationId[] desired) =>
            World.Candidate(n) with { Occupation = null, Skills = new[] { World.A, World.B, World.C }[..(n % 3)], DesiredOccupations = desired };

        // Many updates in one area: removed profiles leave holes in the pool, which a later append compacts.
        for (var round = 0; round < 5; round++)
        {
            for (var n = 1; n <= 12; n++)
            {
                index.Upsert(Wish(n, n % 2 == 0 ? World.O1 : World.O2, World.O3));
            }

            for (var n = 1; n <= 12; n += 3)
            {
                index.Remove(World.Id(n));
            }
        }

        // Without desired occupations now, the skills A and B point to O1 (OccupationInference).
        index.Upsert(Wish(2));
        index.Upsert(Wish(5, World.O1) with { WillingToRetrain = true });

        var credits = index.FindCandidates(World.Vacancy()).Matches.ToDictionary(m => m.StableId, m => Credit(m, Criterion.Occupation));
        Assert.Equal(8, credits.Count);
        Assert.Equal(Rules.InferredOccupation, credits[World.Id(2)]);
        Assert.Equal(800, credits[World.Id(5)]);
        foreach (var n in new[] { 3, 6, 8, 9, 11, 12 })
        {
            Assert.Equal(n % 2 == 0 ? 600 : 300, credits[World.Id(n)]);
        }
    }

    [Fact]
    public void refuses_more_than_three_desired_occupations_or_an_unknown_one()
    {
        using var index = CandidateIndex.Build(World.Options(), [World.Candidate(1)]);

        Assert.Throws<ArgumentException>(() => index.Upsert(World.Candidate(2) with { DesiredOccupations = [World.O1, World.O2, World.O3, World.O1] }));
        Assert.Throws<ArgumentException>(() => index.Upsert(World.Candidate(3) with { DesiredOccupations = [new OccupationId(ushort.MaxValue - 1)] }));

        Assert.Equal(1, index.Count);
    }

    private static int Credit(CandidateMatch match, Criterion criterion) => match.Breakdown.Single(b => b.Criterion == criterion).Credit;
}
