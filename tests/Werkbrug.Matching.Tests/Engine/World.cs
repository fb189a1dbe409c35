using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Tests.Engine;

/// <summary>
/// A small hand-made world: skills A, A2 (sibling of A under group G), AN (narrower than A), B, C and T (transversal);
/// occupations O1 (essential A, B; optional C; ISCO 8344), O2 (essential A; ISCO 8344), O3 (essential C; ISCO 9112);
/// PC4 areas 3511 (Utrecht), 3512 (about 1 km away), 3800 (Amersfoort, about 20 km) and 1011 (Amsterdam, about 35 km).
/// </summary>
internal static class World
{
    public static readonly Guid OrgA = new("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid OrgB = new("bbbbbbbb-0000-0000-0000-000000000002");
    public static readonly DateOnly Start = new(2026, 3, 1);

    public static readonly SkillTaxonomy Taxonomy = Build();

    public static readonly Pc4Map Postcodes = new([(3511, 52.0907, 5.1214), (3512, 52.0945, 5.1300), (3800, 52.1561, 5.3878), (1011, 52.3710, 4.9041)]);

    public static SkillId A => Skill("A");

    public static SkillId A2 => Skill("A2");

    public static SkillId AN => Skill("AN");

    public static SkillId B => Skill("B");

    public static SkillId C => Skill("C");

    public static SkillId T => Skill("T");

    public static OccupationId O1 => Occupation("O1");

    public static OccupationId O2 => Occupation("O2");

    public static OccupationId O3 => Occupation("O3");

    public static SkillId Skill(string name) => Taxonomy.FindSkill("urn:skill:" + name)!.Id;

    public static OccupationId Occupation(string name) => Taxonomy.FindOccupation("urn:occ:" + name)!.Id;

    public static MatchOptions Options(IReadOnlyList<IGapBridgeProvider>? providers = null, RegionalWeights? weights = null) =>
        new(Taxonomy, Postcodes, "test-pseudonym-key-0123456789"u8.ToArray())
        {
            BridgeProviders = providers ?? [],
            Weights = weights ?? new RegionalWeights(),
        };

    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:000000000000}");

    /// <summary>A candidate who fits <see cref="Vacancy"/> on every filter, with skills A and B.</summary>
    public static CandidateProfile Candidate(int n = 1) => new()
    {
        Id = Id(n),
        OwnerOrganisationId = OrgA,
        Pc4 = 3512,
        MaxTravelKm = 25,
        AvailableFrom = Start.AddDays(-10),
        Readiness = WorkReadiness.Ready,
        AcceptedContracts = ContractTypes.Permanent | ContractTypes.Temporary,
        MinHoursPerWeek = 24,
        MaxHoursPerWeek = 36,
        Education = EducationLevel.Mbo2,
        Dutch = LanguageLevel.B1,
        Licences = DrivingLicences.B,
        ExperienceYears = 3,
        Occupation = O1,
        Skills = [A, B],
        Competences = [new CompetenceLevel(Competence.Accuracy, 2)],
    };

    public static VacancyQuery Vacancy() => new()
    {
        Id = Id(900),
        Pc4 = 3511,
        StartDate = Start,
        Contract = ContractTypes.Permanent,
        HoursPerWeek = 32,
        MinEducation = EducationLevel.Mbo2,
        MinDutch = LanguageLevel.B1,
        RequiredLicences = DrivingLicences.B,
        MinExperienceYears = 2,
        Occupation = O1,
        RequiredSkills = [A, B],
        NiceToHaveSkills = [C],
        Competences = [new CompetenceLevel(Competence.Accuracy, 2)],
        Tasks = [new JobTask("dozen tillen", FunctionalIndicators.HeavyLifting), new JobTask("scannen", FunctionalIndicators.ScreenWork)],
    };

    private static SkillTaxonomy Build()
    {
        var b = new TaxonomyBuilder();
        b.AddSkill("urn:group:G", "en", "group G", kind: SkillKind.Group);
        foreach (var (name, label) in new[] { ("A", "heftruck besturen"), ("A2", "reachtruck besturen"), ("AN", "elektrische heftruck besturen"), ("B", "orderpicken"), ("C", "voorraad tellen") })
        {
            b.AddSkill("urn:skill:" + name, "nl", label, reuseLevel: "sector-specific");
        }

        b.AddSkill("urn:skill:T", "nl", "initiatief tonen", reuseLevel: "transversal");
        b.AddBroader("urn:skill:A", "urn:group:G");
        b.AddBroader("urn:skill:A2", "urn:group:G");
        b.AddBroader("urn:skill:AN", "urn:skill:A");
        b.AddOccupation("urn:occ:O1", "nl", "heftruckchauffeur", iscoGroup: "8344");
        b.AddOccupation("urn:occ:O2", "nl", "reachtruckchauffeur", iscoGroup: "8344");
        b.AddOccupation("urn:occ:O3", "nl", "schoonmaker", iscoGroup: "9112");
        b.AddRelation("urn:occ:O1", "urn:skill:A", essential: true);
        b.AddRelation("urn:occ:O1", "urn:skill:B", essential: true);
        b.AddRelation("urn:occ:O1", "urn:skill:C", essential: false);
        b.AddRelation("urn:occ:O2", "urn:skill:A", essential: true);
        b.AddRelation("urn:occ:O3", "urn:skill:C", essential: true);
        return b.Build();
    }
}
