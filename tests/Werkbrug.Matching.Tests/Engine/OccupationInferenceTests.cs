using Werkbrug.Matching.Engine;

namespace Werkbrug.Matching.Tests.Engine;

/// <summary>
/// Beroep afgeleid uit vaardigheden: a candidate with neither a worked nor a desired occupation gets the occupations
/// their skills point to, at <see cref="Rules.InferredOccupation"/> per mille of the similarity, named as such in the
/// explanation. World: O1 has essential A and B and optional C, O2 essential A, O3 essential C.
/// </summary>
public sealed class OccupationInferenceTests
{
    public static TheoryData<string, string[], string[], string[]> Cases => new()
    {
        { "both essential skills of O1, and one of O2", ["A", "B"], [], ["O1", "O2"] },
        { "the only essential skill of O2 beats half of O1", ["A"], [], ["O2", "O1"] },
        { "an essential skill beats an optional one", ["C"], [], ["O3", "O1"] },
        { "a pool where O2 is common tips the balance", ["A", "B"], ["O2", "O2"], ["O2", "O1"] },
        { "a skill no occupation lists", ["T"], [], [] },
        { "no skills", [], ["O1"], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void infers_the_occupations_the_skills_point_to(string name, string[] skills, string[] pool, string[] expected)
    {
        var inference = new OccupationInference(World.Taxonomy);
        foreach (var o in pool)
        {
            inference.Add(World.Occupation(o));
        }

        var inferred = inference.Infer([.. skills.Select(s => World.Skill(s).Value)]);

        Assert.True(expected.Select(o => World.Occupation(o).Value).SequenceEqual(inferred), $"{name}: {string.Join(", ", inferred)}");
    }

    [Fact]
    public void the_scores_follow_the_documented_probabilities()
    {
        var inference = new OccupationInference(World.Taxonomy);
        var skills = World.Taxonomy.Skills.Count;

        Assert.Equal((int)Math.Round(1000 * Math.Log(0.45 * skills / 2)), inference.ListedEssential);
        Assert.Equal((int)Math.Round(1000 * Math.Log(0.15 * skills / 2)), inference.ListedOptional);
        Assert.Equal(598, inference.MissingEssential);
        var occupations = World.Taxonomy.Occupations.Count;
        Assert.Equal(-(int)Math.Round(1000 * Math.Log(occupations)), inference.Prior(World.O1));
        inference.Add(World.O1);
        inference.Add(World.O1);
        inference.Add(null);
        inference.Remove(World.O1);
        Assert.Equal(693 - (int)Math.Round(1000 * Math.Log(1 + occupations)), inference.Prior(World.O1));
        Assert.Equal(-(int)Math.Round(1000 * Math.Log(1 + occupations)), inference.Prior(World.O2));
    }

    [Fact]
    public void refuses_a_skill_outside_the_taxonomy_and_infers_right_afterwards()
    {
        var inference = new OccupationInference(World.Taxonomy);

        Assert.Throws<ArgumentException>(() => inference.Infer([World.A.Value, ushort.MaxValue]));

        Assert.Equal([World.O1.Value, World.O2.Value], inference.Infer([World.A.Value, World.B.Value]));
        Assert.Equal([World.O2.Value, World.O1.Value], inference.Infer([World.A.Value]));
    }

    [Fact]
    public void only_a_candidate_without_worked_or_desired_occupations_gets_one()
    {
        var nothing = World.Candidate(1) with { Occupation = null };
        using var index = CandidateIndex.Build(World.Options(), [nothing]);

        Assert.Equal([World.O1, World.O2], index.InferOccupations(nothing));
        Assert.Empty(index.InferOccupations(nothing with { Occupation = World.O3 }));
        Assert.Empty(index.InferOccupations(nothing with { DesiredOccupations = [World.O3] }));
        Assert.Empty(index.InferOccupations(nothing with { Skills = [] }));
    }

    [Fact]
    public void explains_an_inferred_occupation_and_gives_it_no_skill_credit()
    {
        // Skill A only: O2 (its one essential skill) comes first, O1 second; the vacancy asks for O1 with A and B.
        var candidate = World.Candidate(1) with { Occupation = null, Skills = [World.A] };
        using var index = CandidateIndex.Build(World.Options(), [candidate]);

        var match = Assert.Single(index.FindCandidates(World.Vacancy()).Matches);

        var occupation = match.Breakdown.Single(b => b.Criterion == Criterion.Occupation);
        Assert.Equal(Rules.InferredOccupation, occupation.Credit);
        Assert.Equal("beroep afgeleid uit vaardigheden (heftruckchauffeur)", occupation.Detail);
        var required = match.Breakdown.Single(b => b.Criterion == Criterion.RequiredSkills).Skills!;
        Assert.Equal([EvidenceSource.Held, EvidenceSource.Missing], required.Select(s => s.Source));

        // For O3 (essential C, which O1 lists as optional: similarity 450), O1 earns 450 × 800 / 1000.
        var related = Assert.Single(index.FindCandidates(World.Vacancy() with { Occupation = World.O3 }).Matches).Breakdown.Single(b => b.Criterion == Criterion.Occupation);
        Assert.Equal("verwant aan beroep afgeleid uit vaardigheden (heftruckchauffeur)", related.Detail);
        Assert.Equal(360, related.Credit);
    }

    [Fact]
    public void the_prior_follows_upserts_and_removals()
    {
        using var index = new CandidateIndex(World.Options());
        var nothing = World.Candidate(100) with { Occupation = null };
        Assert.Equal([World.O1, World.O2], index.InferOccupations(nothing));

        index.Upsert(World.Candidate(1) with { Occupation = World.O2 });
        index.Upsert(World.Candidate(2) with { Occupation = World.O2 });
        Assert.Equal([World.O2, World.O1], index.InferOccupations(nothing));

        index.Upsert(World.Candidate(1) with { Occupation = World.O1 });
        index.Remove(World.Id(2));
        Assert.Equal([World.O1, World.O2], index.InferOccupations(nothing));

        // A candidate is scored with the inference made when it was indexed.
        index.Upsert(nothing);
        var match = index.FindCandidates(World.Vacancy()).Matches.Single(m => m.StableId == nothing.Id);
        Assert.Equal(Rules.InferredOccupation, match.Breakdown.Single(b => b.Criterion == Criterion.Occupation).Credit);
    }

    [Theory]
    [InlineData(1000, 800)]
    [InlineData(500, 400)]
    [InlineData(0, 0)]
    public void scales_the_similarity_of_an_inferred_occupation(int similarity, int credit) =>
        Assert.Equal(credit, Rules.InferredOccupationCredit(similarity));
}
