using Werkbrug.Matching.Engine;

namespace Werkbrug.Matching.Tests.Engine;

public sealed class IndexTests
{
    [Fact]
    public void orders_equal_scores_by_candidate_id_whatever_the_insertion_order()
    {
        int[] order = [7, 3, 9, 1, 5];
        var profiles = order.Select(n => World.Candidate(n)).ToList();
        using var forward = CandidateIndex.Build(World.Options(), profiles);
        using var backward = new CandidateIndex(World.Options());
        foreach (var p in Enumerable.Reverse(profiles))
        {
            backward.Upsert(p);
        }

        var expected = order.Order().Select(World.Id).ToList();
        Assert.Equal(expected, forward.FindCandidates(World.Vacancy()).Matches.Select(m => m.StableId));
        Assert.Equal(expected, backward.FindCandidates(World.Vacancy()).Matches.Select(m => m.StableId));
        Assert.Equal([1, 2, 3], forward.FindCandidates(World.Vacancy(), 3).Matches.Select(m => m.Rank));
    }

    [Fact]
    public void a_result_asked_without_a_viewer_hides_the_id_and_carries_the_indexed_id_for_the_caller_that_owns_the_profiles()
    {
        using var index = CandidateIndex.Build(World.Options(), [World.Candidate(1), World.Candidate(2)]);

        var matches = index.FindCandidates(World.Vacancy()).Matches;

        Assert.Equal([World.Id(1), World.Id(2)], matches.Select(m => m.StableId).Order());
        Assert.All(matches, m => Assert.Null(m.CandidateId));
        Assert.All(matches, m => Assert.StartsWith("K-", m.Pseudonym, StringComparison.Ordinal));
    }

    [Fact]
    public void a_skill_outside_the_taxonomy_is_refused_and_the_index_keeps_what_it_held()
    {
        using var index = CandidateIndex.Build(World.Options(), [World.Candidate(1) with { Skills = [World.A, World.B, World.A] }, World.Candidate(2)]);

        Assert.Throws<ArgumentException>(() => index.Upsert(World.Candidate(3) with { Skills = [World.A, new Werkbrug.Matching.Taxonomy.SkillId(ushort.MaxValue)] }));

        Assert.Equal(2, index.Count);
        Assert.Equal([World.Id(1), World.Id(2)], index.FindCandidates(World.Vacancy()).Matches.Select(m => m.StableId).Order());
    }

    [Fact]
    public void ranks_better_candidates_first()
    {
        using var index = CandidateIndex.Build(World.Options(),
        [
            World.Candidate(1) with { Skills = [], Occupation = World.O3 },
            World.Candidate(2) with { Skills = [World.A], Occupation = World.O2 },
            World.Candidate(3) with { Skills = [World.A, World.B, World.C] },
        ]);
        Assert.Equal([World.Id(3), World.Id(2), World.Id(1)], index.FindCandidates(World.Vacancy()).Matches.Select(m => m.StableId));
    }

    public static TheoryData<string, Action<CandidateIndex>, int[]> Updates => new()
    {
        { "add", i => i.Upsert(World.Candidate(4)), [1, 2, 3, 4] },
        { "remove", i => Assert.True(i.Remove(World.Id(2))), [1, 3] },
        { "remove unknown", i => Assert.False(i.Remove(World.Id(42))), [1, 2, 3] },
        { "move out of reach", i => i.Upsert(World.Candidate(1) with { Pc4 = 1011 }), [2, 3] },
        { "move into reach", i => { i.Upsert(World.Candidate(5) with { Pc4 = 1011 }); i.Upsert(World.Candidate(5)); }, [1, 2, 3, 5] },
        { "become unavailable", i => i.Upsert(World.Candidate(3) with { Readiness = WorkReadiness.NotReady }), [1, 2] },
        { "remove all then add", i => { i.Remove(World.Id(1)); i.Remove(World.Id(2)); i.Remove(World.Id(3)); i.Upsert(World.Candidate(6)); }, [6] },
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public void applies_incremental_updates(string name, Action<CandidateIndex> update, int[] expected)
    {
        using var index = CandidateIndex.Build(World.Options(), [World.Candidate(1), World.Candidate(2), World.Candidate(3)]);
        update(index);
        Assert.True(expected.Select(World.Id).SequenceEqual(index.FindCandidates(World.Vacancy()).Matches.Select(m => m.StableId)), name);
    }

    [Fact]
    public void an_update_changes_the_score()
    {
        using var index = CandidateIndex.Build(World.Options(), [World.Candidate(1) with { Skills = [], Occupation = null }]);
        var before = index.FindCandidates(World.Vacancy()).Matches[0].RawScore;
        index.Upsert(World.Candidate(1));
        var after = index.FindCandidates(World.Vacancy()).Matches[0].RawScore;
        Assert.True(after > before);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void keeps_skills_right_after_many_updates_in_one_area()
    {
        using var index = new CandidateIndex(World.Options());
        for (var round = 0; round < 50; round++)
        {
            for (var n = 0; n < 20; n++)
            {
                index.Upsert(World.Candidate(n) with { Skills = (n + round) % 2 == 0 ? [World.A, World.B] : [World.C] });
            }
        }

        var reference = new ReferenceScorer(World.Taxonomy, World.Postcodes);
        var matches = index.FindCandidates(World.Vacancy()).Matches;
        Assert.Equal(20, matches.Count);
        foreach (var m in matches)
        {
            var n = int.Parse(m.StableId.ToString()[^12..], System.Globalization.CultureInfo.InvariantCulture);
            var profile = World.Candidate(n) with { Skills = (n + 49) % 2 == 0 ? [World.A, World.B] : [World.C] };
            Assert.Equal(reference.Score(World.Vacancy(), profile), m.RawScore);
        }
    }

    [Fact]
    public void finds_vacancies_for_a_candidate()
    {
        using var vacancies = new VacancyIndex(World.Options());
        vacancies.Upsert(World.Vacancy() with { Id = World.Id(101) });
        vacancies.Upsert(World.Vacancy() with { Id = World.Id(102), Occupation = World.O3, RequiredSkills = [World.C, World.T] });
        vacancies.Upsert(World.Vacancy() with { Id = World.Id(103), Pc4 = 1011 });
        vacancies.Upsert(World.Vacancy() with { Id = World.Id(104) });
        Assert.True(vacancies.Remove(World.Id(104)));
        var candidate = World.Candidate() with { Skills = [World.A, World.B, World.C] };
        var results = vacancies.FindVacancies(candidate);
        Assert.Equal([World.Id(101), World.Id(102)], results.Matches.Select(m => m.VacancyId));
        Assert.StartsWith("Match 100%", results.Matches[0].Explanation, StringComparison.Ordinal);
        Assert.True(results.Matches[1].IsNearMiss);
        Assert.Equal(new ReferenceScorer(World.Taxonomy, World.Postcodes).Score(World.Vacancy() with { Occupation = World.O3, RequiredSkills = [World.C, World.T] }, candidate), results.Matches[1].RawScore);
    }
}
