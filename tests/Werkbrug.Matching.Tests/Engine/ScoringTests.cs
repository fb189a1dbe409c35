using Werkbrug.Matching.Engine;

namespace Werkbrug.Matching.Tests.Engine;

public sealed class ScoringTests
{
    public static TheoryData<string, string, int> SkillCredits => new()
    {
        { "A", "A", 1000 },
        { "A", "AN", 600 },
        { "AN", "A", 600 },
        { "A", "A2", 400 },
        { "A", "B", 0 },
        { "B", "C", 0 },
    };

    [Theory]
    [MemberData(nameof(SkillCredits))]
    public void credits_skills_through_the_hierarchy(string required, string held, int credit) =>
        Assert.Equal(credit, Rules.SkillCredit(World.Taxonomy, World.Skill(required), World.Skill(held)));

    [Theory]
    [InlineData("O1", "A", 700)]
    [InlineData("O1", "C", 500)]
    [InlineData("O2", "B", 0)]
    [InlineData(null, "A", 0)]
    public void credits_skills_through_the_occupation_relations(string? occupation, string required, int credit) =>
        Assert.Equal(credit, Rules.OccupationSkillCredit(World.Taxonomy, occupation is null ? null : World.Occupation(occupation), World.Skill(required)));

    [Theory]
    [InlineData("O1", "O1", 1000)]
    [InlineData("O1", "O2", 500)]
    [InlineData("O2", "O1", 900)]
    [InlineData("O1", "O3", 0)]
    public void rates_occupation_similarity(string vacancy, string candidate, int similarity) =>
        Assert.Equal(similarity, Rules.OccupationSimilarity(World.Taxonomy, World.Occupation(vacancy), World.Occupation(candidate)));

    [Theory]
    [InlineData(24, 36, 32, 1000)]
    [InlineData(24, 36, 36, 1000)]
    [InlineData(24, 32, 36, 500)]
    [InlineData(32, 40, 24, 0)]
    public void rates_hours_fit(int min, int max, int wanted, int credit) => Assert.Equal(credit, Rules.HoursCredit(min, max, wanted));

    [Theory]
    [InlineData(5, 4, 1000)]
    [InlineData(4, 4, 1000)]
    [InlineData(3, 4, 650)]
    [InlineData(1, 4, 0)]
    public void rates_education_and_language_levels(int have, int need, int credit) => Assert.Equal(credit, Rules.LevelCredit(have, need));

    [Theory]
    [InlineData(DrivingLicences.B | DrivingLicences.C, DrivingLicences.B, 1000)]
    [InlineData(DrivingLicences.B, DrivingLicences.B | DrivingLicences.C, 0)]
    [InlineData(DrivingLicences.None, DrivingLicences.B, 0)]
    public void requires_every_asked_licence(DrivingLicences have, DrivingLicences need, int credit) => Assert.Equal(credit, Rules.LicenceCredit(have, need));

    [Theory]
    [InlineData(0, 4, 0)]
    [InlineData(2, 4, 500)]
    [InlineData(9, 4, 1000)]
    public void rates_experience(int have, int need, int credit) => Assert.Equal(credit, Rules.ExperienceCredit(have, need));

    [Theory]
    [InlineData(3, 2, 1000)]
    [InlineData(1, 2, 500)]
    [InlineData(0, 3, 0)]
    [InlineData(2, 3, 666)]
    public void rates_competence_mastery(int mastery, int required, int credit) => Assert.Equal(credit, Rules.CompetenceCredit(mastery, required));

    public static TheoryData<string, Func<CandidateProfile, CandidateProfile>, Criterion, int> CriterionCases => new()
    {
        { "required skills all held", c => c, Criterion.RequiredSkills, 1000 },
        { "one required skill missing, occupation lists none", c => c with { Skills = [World.A], Occupation = World.O3 }, Criterion.RequiredSkills, 500 },
        { "missing skill implied by the occupation", c => c with { Skills = [World.A] }, Criterion.RequiredSkills, 850 },
        { "sibling skill only", c => c with { Skills = [World.A2], Occupation = null }, Criterion.RequiredSkills, 200 },
        { "nice skill via occupation (optional)", c => c, Criterion.NiceToHaveSkills, 500 },
        { "nice skill held", c => c with { Skills = [World.A, World.B, World.C] }, Criterion.NiceToHaveSkills, 1000 },
        { "same occupation", c => c, Criterion.Occupation, 1000 },
        { "related occupation", c => c with { Occupation = World.O2 }, Criterion.Occupation, 500 },
        { "competence below level", c => c with { Competences = [new CompetenceLevel(Competence.Accuracy, 1)] }, Criterion.Competences, 500 },
        { "hours outside range", c => c with { MinHoursPerWeek = 16, MaxHoursPerWeek = 28 }, Criterion.Hours, 500 },
        { "education one level short", c => c with { Education = EducationLevel.Mbo1 }, Criterion.Education, 650 },
        { "language two levels short", c => c with { Dutch = LanguageLevel.A1 }, Criterion.Language, 300 },
        { "licence missing", c => c with { Licences = DrivingLicences.None }, Criterion.DrivingLicence, 0 },
        { "less experience", c => c with { ExperienceYears = 1 }, Criterion.Experience, 500 },
        { "one of two tasks clashes", c => c with { WorkRequirements = FunctionalIndicators.HeavyLifting }, Criterion.Tasks, 500 },
        { "no task clashes", c => c with { WorkRequirements = FunctionalIndicators.NightShifts }, Criterion.Tasks, 1000 },
    };

    [Theory]
    [MemberData(nameof(CriterionCases))]
    public void scores_each_criterion_in_the_breakdown(string name, Func<CandidateProfile, CandidateProfile> candidate, Criterion criterion, int credit)
    {
        var profile = candidate(World.Candidate());
        using var index = CandidateIndex.Build(World.Options(), [profile]);
        var match = Assert.Single(index.FindCandidates(World.Vacancy()).Matches);
        var score = Assert.Single(match.Breakdown, b => b.Criterion == criterion);
        Assert.True(credit == score.Credit, $"{name}: {score.Credit}");
        Assert.Equal(MatchWeights.Default[criterion], score.Weight);
        Assert.Equal(match.RawScore, match.Breakdown.Sum(b => b.Points));
        Assert.Equal(new ReferenceScorer(World.Taxonomy, World.Postcodes).Score(World.Vacancy(), profile), match.RawScore);
    }

    [Fact]
    public void leaves_out_criteria_the_vacancy_does_not_ask_for()
    {
        using var index = CandidateIndex.Build(World.Options(), [World.Candidate()]);
        var vacancy = World.Vacancy() with
        {
            RequiredLicences = DrivingLicences.None,
            MinExperienceYears = 0,
            Tasks = [],
            Competences = [],
            NiceToHaveSkills = [],
            MinEducation = EducationLevel.None,
        };
        var match = Assert.Single(index.FindCandidates(vacancy).Matches);
        Assert.Equal([Criterion.RequiredSkills, Criterion.Occupation, Criterion.Hours, Criterion.Language], match.Breakdown.Select(b => b.Criterion));
        Assert.Equal(100, match.Score);
    }

    [Fact]
    public void uses_the_weights_of_the_vacancy_region()
    {
        var skilled = World.Candidate(1) with { Occupation = World.O3 };
        var titled = World.Candidate(2) with { Skills = [] };
        var weights = new RegionalWeights(byRegion: new Dictionary<string, MatchWeights> { ["AM01"] = new() { RequiredSkills = 100, Occupation = 1 } });
        using var index = CandidateIndex.Build(World.Options(weights: weights), [skilled, titled]);
        var byDefault = index.FindCandidates(World.Vacancy()).Matches;
        var byRegion = index.FindCandidates(World.Vacancy() with { Region = "am01" }).Matches;
        Assert.Equal(titled.Id, byDefault[0].StableId);
        Assert.Equal(skilled.Id, byRegion[0].StableId);
    }

    [Fact]
    public void rejects_weights_out_of_range() =>
        Assert.Throws<InvalidOperationException>(() => new RegionalWeights(new MatchWeights { Hours = -1 }));

    [Fact]
    public void the_weights_version_names_the_values()
    {
        Assert.Matches("^w[0-9a-f]{12}$", MatchWeights.Default.Version);
        Assert.Equal(MatchWeights.Default.Version, new MatchWeights().Version);
        Assert.Equal(new MatchWeights { Hours = 7 }.Version, (MatchWeights.Default with { Hours = 7 }).Version);
        var versions = Enum.GetValues<Criterion>().Select(c => Changed(c).Version).Append(MatchWeights.Default.Version);
        Assert.Equal(Enum.GetValues<Criterion>().Length + 1, versions.Distinct().Count());

        static MatchWeights Changed(Criterion c) => c switch
        {
            Criterion.RequiredSkills => MatchWeights.Default with { RequiredSkills = 36 },
            Criterion.NiceToHaveSkills => MatchWeights.Default with { NiceToHaveSkills = 9 },
            Criterion.Occupation => MatchWeights.Default with { Occupation = 21 },
            Criterion.Competences => MatchWeights.Default with { Competences = 9 },
            Criterion.Hours => MatchWeights.Default with { Hours = 7 },
            Criterion.Education => MatchWeights.Default with { Education = 6 },
            Criterion.Language => MatchWeights.Default with { Language = 6 },
            Criterion.DrivingLicence => MatchWeights.Default with { DrivingLicence = 5 },
            Criterion.Experience => MatchWeights.Default with { Experience = 5 },
            _ => MatchWeights.Default with { Tasks = 6 },
        };
    }
}
