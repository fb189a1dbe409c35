using Werkbrug.Matching.Engine;

namespace Werkbrug.Matching.Tests.Engine;

public sealed class FilterTests
{
    public static TheoryData<string, Func<CandidateProfile, CandidateProfile>, Func<VacancyQuery, VacancyQuery>, bool> Cases => new()
    {
        { "fits everything", c => c, v => v, true },
        { "lives beyond their own maximum", c => c with { Pc4 = 3800, MaxTravelKm = 15 }, v => v, false },
        { "lives within their own maximum", c => c with { Pc4 = 3800, MaxTravelKm = 25 }, v => v, true },
        { "lives beyond the vacancy's maximum", c => c with { Pc4 = 3800, MaxTravelKm = 50 }, v => v with { MaxDistanceKm = 10 }, false },
        { "unknown postcode", c => c with { Pc4 = 9999 }, v => v, false },
        { "available after the start date", c => c with { AvailableFrom = World.Start.AddDays(1) }, v => v, false },
        { "available on the start date", c => c with { AvailableFrom = World.Start }, v => v, true },
        { "no start date means anyone", c => c with { AvailableFrom = World.Start.AddYears(1) }, v => v with { StartDate = default }, true },
        { "not werkfit", c => c with { Readiness = WorkReadiness.NotReady }, v => v with { AcceptsReadyInTime = true }, false },
        { "werkfit op termijn, vacancy does not accept it", c => c with { Readiness = WorkReadiness.ReadyInTime }, v => v, false },
        { "werkfit op termijn, vacancy accepts it", c => c with { Readiness = WorkReadiness.ReadyInTime }, v => v with { AcceptsReadyInTime = true }, true },
        { "contract not accepted", c => c with { AcceptedContracts = ContractTypes.Temporary }, v => v, false },
        { "reserved for a group the candidate is not in", c => c, v => v with { ReservedFor = TargetGroups.JobAgreement }, false },
        { "reserved for a group the candidate is in", c => c with { TargetGroups = TargetGroups.JobAgreement | TargetGroups.Youth }, v => v with { ReservedFor = TargetGroups.JobAgreement }, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void applies_the_hard_filters(string name, Func<CandidateProfile, CandidateProfile> candidate, Func<VacancyQuery, VacancyQuery> vacancy, bool eligible)
    {
        var profile = candidate(World.Candidate());
        var query = vacancy(World.Vacancy());
        using var index = CandidateIndex.Build(World.Options(), [profile]);
        var found = index.FindCandidates(query).Matches.Count == 1;
        Assert.True(eligible == found, name);
        Assert.Equal(eligible, new ReferenceScorer(World.Taxonomy, World.Postcodes).Eligible(query, profile));

        using var vacancies = new VacancyIndex(World.Options());
        vacancies.Upsert(query);
        Assert.Equal(eligible, vacancies.FindVacancies(profile).Matches.Count == 1);
    }

    public static TheoryData<string, Func<CandidateProfile, CandidateProfile>, int, int> WithoutAreaCases => new()
    {
        { "known postcode: ranked", c => c, 1, 0 },
        { "unknown postcode, fits everything else: counted apart", c => c with { Pc4 = 9999 }, 0, 1 },
        { "no postcode, fits everything else: counted apart", c => c with { Pc4 = 0 }, 0, 1 },
        { "unknown postcode, contract not accepted: neither", c => c with { Pc4 = 9999, AcceptedContracts = ContractTypes.Temporary }, 0, 0 },
        { "unknown postcode, not werkfit: neither", c => c with { Pc4 = 9999, Readiness = WorkReadiness.NotReady }, 0, 0 },
    };

    /// <summary>A profile whose area is unknown is never ranked (no distance), but a search counts it when it passes every other hard filter.</summary>
    [Theory]
    [MemberData(nameof(WithoutAreaCases))]
    public void counts_apart_the_profiles_whose_distance_cannot_be_judged(string name, Func<CandidateProfile, CandidateProfile> candidate, int ranked, int withoutArea)
    {
        using var index = CandidateIndex.Build(World.Options(), [candidate(World.Candidate())]);
        var results = index.FindCandidates(World.Vacancy());
        Assert.True(ranked == results.Matches.Count, $"{name}: {results.Matches.Count} ranked");
        Assert.True(withoutArea == results.WithoutArea, $"{name}: {results.WithoutArea} without area");
    }
}
