using Werkbrug.Matching.Engine;

namespace Werkbrug.Matching.Tests.Engine;

public sealed class ExplanationTests
{
    private static CandidateMatch Match(CandidateProfile profile, VacancyQuery? vacancy = null, IReadOnlyList<IGapBridgeProvider>? providers = null, Guid? viewer = null)
    {
        using var index = CandidateIndex.Build(World.Options(providers), [profile]);
        return Assert.Single(index.FindCandidates(vacancy ?? World.Vacancy(), 50, viewer).Matches);
    }

    [Fact]
    public void explains_a_full_match_in_dutch()
    {
        var match = Match(World.Candidate() with { Skills = [World.A, World.B, World.C] });
        Assert.Equal(100, match.Score);
        Assert.False(match.IsNearMiss);
        Assert.Equal("Match 100% (100 van de 100 punten die voor deze vacature te halen zijn): 2 van 2 vereiste vaardigheden, zelfde beroep (heftruckchauffeur), reisafstand ca. 1 km.", match.Explanation);
        Assert.Contains(match.Breakdown, b => b.Criterion == Criterion.RequiredSkills && b.Detail.Contains("heftruck besturen", StringComparison.Ordinal));
    }

    public static TheoryData<string, Func<CandidateProfile, CandidateProfile>, GapKind, BridgeKind?> GapCases => new()
    {
        { "missing trainable skill", c => c with { Skills = [World.A], Occupation = World.O3 }, GapKind.MissingSkill, BridgeKind.Training },
        { "partial skill through a sibling", c => c with { Skills = [World.A2, World.B], Occupation = null }, GapKind.PartialSkill, BridgeKind.Training },
        { "task clashes with work requirements", c => c with { WorkRequirements = FunctionalIndicators.HeavyLifting }, GapKind.TaskAdjustment, BridgeKind.JobCarving },
        { "hours differ", c => c with { MinHoursPerWeek = 8, MaxHoursPerWeek = 16 }, GapKind.Hours, BridgeKind.JobCarving },
        { "no licence", c => c with { Licences = DrivingLicences.None }, GapKind.DrivingLicence, BridgeKind.Training },
        { "language", c => c with { Dutch = LanguageLevel.A2 }, GapKind.Language, BridgeKind.Training },
        { "education", c => c with { Education = EducationLevel.Vmbo }, GapKind.Education, BridgeKind.Training },
        { "experience", c => c with { ExperienceYears = 0 }, GapKind.Experience, BridgeKind.Other },
        { "competence", c => c with { Competences = [] }, GapKind.Competence, BridgeKind.Training },
    };

    [Theory]
    [MemberData(nameof(GapCases))]
    public void names_each_gap_with_a_bridge(string name, Func<CandidateProfile, CandidateProfile> candidate, GapKind kind, BridgeKind? bridge)
    {
        var match = Match(candidate(World.Candidate()));
        Assert.True(match.IsNearMiss, name);
        var gap = Assert.Single(match.Gaps, g => g.Kind == kind);
        if (bridge is { } b)
        {
            Assert.Contains(gap.Bridges, x => x.Kind == b);
        }
    }

    [Fact]
    public void names_the_related_skill_that_earned_a_partial_credit()
    {
        var match = Match(World.Candidate() with { Skills = [World.A2, World.B], Occupation = null });
        var required = Assert.Single(match.Breakdown, b => b.Criterion == Criterion.RequiredSkills);
        Assert.Equal(
            [
                new SkillEvidence("heftruck besturen", Rules.Sibling, EvidenceSource.RelatedSkill, "reachtruck besturen"),
                new SkillEvidence("orderpicken", Rules.Full, EvidenceSource.Held, null),
            ],
            required.Skills);
        Assert.Equal("'heftruck besturen' via verwante vaardigheid 'reachtruck besturen' (40%); 'orderpicken' zelf aanwezig", required.Detail);
        var gap = Assert.Single(match.Gaps, g => g.Kind == GapKind.PartialSkill);
        Assert.Equal("Vaardigheid 'heftruck besturen' deels aanwezig (via verwante vaardigheid 'reachtruck besturen')", gap.Description);
    }

    [Fact]
    public void names_the_occupation_that_earned_a_credit_and_marks_a_label_only_in_english()
    {
        var group = World.Taxonomy.FindSkill("urn:group:G")!.Id;
        var match = Match(World.Candidate() with { Skills = [World.B], Occupation = World.O1 }, World.Vacancy() with { RequiredSkills = [World.A, group] });
        var required = Assert.Single(match.Breakdown, b => b.Criterion == Criterion.RequiredSkills);
        Assert.Equal(new SkillEvidence("heftruck besturen", Rules.EssentialInOccupation, EvidenceSource.Occupation, "heftruckchauffeur"), required.Skills[0]);
        Assert.Equal(new SkillEvidence("group G (Engels)", 0, EvidenceSource.Missing, null), required.Skills[1]);
        Assert.Contains(match.Gaps, g => g.Description == "Vaardigheid 'group G (Engels)' ontbreekt");
    }

    [Fact]
    public void shows_points_on_one_scale_and_what_the_percentage_is_relative_to()
    {
        var match = Match(World.Candidate() with { Skills = [World.A2, World.B], Occupation = null, Dutch = LanguageLevel.A2 });
        foreach (var c in match.Breakdown)
        {
            Assert.Equal(c.Weight, c.MaxPoints);
            Assert.Equal(Math.Round(c.Weight * c.Credit / 1000.0, 1, MidpointRounding.AwayFromZero), c.EarnedPoints);
        }

        var max = match.Breakdown.Sum(c => c.MaxPoints);
        var earned = match.RawScore / 1000.0;
        Assert.Equal((int)Math.Round(100 * earned / max, MidpointRounding.AwayFromZero), match.Score);
        Assert.StartsWith($"Match {match.Score}% ({Math.Round(earned, 1).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))} van de {max} punten die voor deze vacature te halen zijn): ", match.Explanation, StringComparison.Ordinal);
        Assert.Equal("A2 (redelijk), gevraagd B1 (goed) (lager)", Assert.Single(match.Breakdown, b => b.Criterion == Criterion.Language).Detail);
    }

    [Fact]
    public void offers_no_training_for_a_transversal_skill()
    {
        var match = Match(World.Candidate(), World.Vacancy() with { RequiredSkills = [World.A, World.T] });
        var gap = Assert.Single(match.Gaps, g => g.Kind == GapKind.MissingSkill);
        Assert.Empty(gap.Bridges);
    }

    [Fact]
    public void names_the_tasks_to_carve_but_not_why()
    {
        var match = Match(World.Candidate() with { WorkRequirements = FunctionalIndicators.HeavyLifting | FunctionalIndicators.NightShifts });
        var gap = Assert.Single(match.Gaps, g => g.Kind == GapKind.TaskAdjustment);
        Assert.Equal([1], gap.TaskNumbers);
        Assert.Equal("Aanpassing nodig in taken", gap.Description);
        Assert.EndsWith("Aanpassing nodig in taken (jobcarving mogelijk).", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void asks_bridge_providers_for_instruments()
    {
        var provider = new TrialPlacement();
        var match = Match(World.Candidate() with { WorkRequirements = FunctionalIndicators.HeavyLifting }, providers: [provider]);
        var gap = Assert.Single(match.Gaps, g => g.Kind == GapKind.TaskAdjustment);
        Assert.Contains(gap.Bridges, b => b.Kind == BridgeKind.Instrument && b.Code == "proefplaatsing");
        Assert.Equal(World.Candidate().Id, provider.SeenCandidate);
    }

    private sealed class TrialPlacement : IGapBridgeProvider
    {
        public Guid? SeenCandidate { get; private set; }

        public IEnumerable<Bridge> BridgesFor(Gap gap, BridgeContext context)
        {
            SeenCandidate = context.CandidateId;
            return gap.Kind == GapKind.TaskAdjustment ? [new Bridge(BridgeKind.Instrument, "Proefplaatsing", "proefplaatsing")] : [];
        }
    }
}
