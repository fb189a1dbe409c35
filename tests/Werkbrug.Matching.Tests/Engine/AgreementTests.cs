using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Tests.Engine;

/// <summary>The engine's top K equals the reference scorer's on random pools (starter taxonomy, seeded), desired occupations included.</summary>
public sealed class AgreementTests
{
    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 5)]
    [InlineData(3, 50)]
    public void top_k_equals_the_reference_scorer(int seed, int top)
    {
        var taxonomy = TaxonomyTsv.Starter;
        var random = new Random(seed);
        var areas = Enumerable.Range(0, 300).Select(i => (1000 + (i * 7), 52.0 + (random.NextDouble() * 0.6), 4.8 + (random.NextDouble() * 0.8))).ToList();
        var postcodes = new Pc4Map(areas);
        var occupations = taxonomy.Occupations;
        var skills = taxonomy.Skills.Where(s => s.Kind != SkillKind.Group).ToList();
        T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        Guid NewId()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        var pool = Enumerable.Range(0, 3000).Select(_ =>
        {
            var occupation = random.NextDouble() < 0.85 ? Any(occupations) : null;
            var own = occupation?.EssentialSkills.Concat(occupation.OptionalSkills).Where(_ => random.NextDouble() < 0.7) ?? [];
            return new CandidateProfile
            {
                Id = random.NextDouble() < 0.05 ? new Guid($"00000000-0000-0000-0000-{random.Next(20):000000000000}") : NewId(),
                OwnerOrganisationId = World.OrgA,
                Pc4 = Any(areas).Item1,
                MaxTravelKm = random.Next(5, 40),
                AvailableFrom = World.Start.AddDays(random.Next(-100, 30)),
                Readiness = (WorkReadiness)random.Next(3),
                AcceptedContracts = (ContractTypes)random.Next(1, 8),
                TargetGroups = (TargetGroups)random.Next(0, 4),
                MinHoursPerWeek = 16,
                MaxHoursPerWeek = random.Next(16, 41),
                Education = (EducationLevel)random.Next(9),
                Dutch = (LanguageLevel)random.Next(7),
                Licences = (DrivingLicences)random.Next(4),
                ExperienceYears = random.Next(10),
                Occupation = occupation?.Id,
                DesiredOccupations = Enumerable.Range(0, random.Next(4)).Select(_ => Any(occupations).Id).ToArray(),
                WillingToRetrain = random.NextDouble() < 0.5,
                Skills = own.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => Any(skills).Id)).ToArray(),
                Competences = [new CompetenceLevel((Competence)random.Next(16), random.Next(4))],
                WorkRequirements = (FunctionalIndicators)(random.NextDouble() < 0.3 ? 1 << random.Next(16) : 0),
            };
        }).ToList();

        using var index = new CandidateIndex(new MatchOptions(taxonomy, postcodes, "test-pseudonym-key-0123456789"u8.ToArray()));
        // An inferred occupation is made with the counts of the moment a profile is indexed (OccupationInference).
        var inferred = new Dictionary<Guid, IReadOnlyList<OccupationId>>();
        void Upsert(CandidateProfile p)
        {
            index.Upsert(p);
            inferred[p.Id] = index.InferOccupations(p);
        }

        foreach (var p in pool)
        {
            Upsert(p);
        }

        // Upsert keeps the last profile per id; then remove some and move others to another area and travel band.
        var live = pool.GroupBy(p => p.Id).Select(g => g.Last()).ToDictionary(p => p.Id);
        foreach (var p in live.Values.Where(_ => random.NextDouble() < 0.2).ToList())
        {
            if (random.NextDouble() < 0.5)
            {
                Assert.True(index.Remove(p.Id));
                live.Remove(p.Id);
            }
            else
            {
                live[p.Id] = p with
                {
                    Pc4 = Any(areas).Item1,
                    MaxTravelKm = random.Next(0, 80),
                    DesiredOccupations = Enumerable.Range(0, random.Next(4)).Select(_ => Any(occupations).Id).ToArray(),
                };
                Upsert(live[p.Id]);
            }
        }

        Assert.Equal(live.Count, index.Count);
        Assert.Contains(inferred.Values, o => o.Count > 0);
        var reference = new ReferenceScorer(taxonomy, postcodes, inferred: p => inferred[p.Id]);
        var queries = new List<VacancyQuery>();
        for (var q = 0; q < 15; q++)
        {
            var occupation = Any(occupations);
            var vacancy = new VacancyQuery
            {
                Id = NewId(),
                Pc4 = Any(areas).Item1,
                MaxDistanceKm = random.NextDouble() < 0.5 ? null : random.Next(10, 40),
                StartDate = World.Start,
                AcceptsReadyInTime = random.NextDouble() < 0.5,
                Contract = (ContractTypes)(1 << random.Next(3)),
                ReservedFor = random.NextDouble() < 0.2 ? TargetGroups.JobAgreement : TargetGroups.None,
                HoursPerWeek = 32,
                MinEducation = (EducationLevel)random.Next(6),
                MinDutch = (LanguageLevel)random.Next(4),
                RequiredLicences = random.NextDouble() < 0.3 ? DrivingLicences.B : DrivingLicences.None,
                MinExperienceYears = random.Next(3),
                Occupation = random.NextDouble() < 0.8 ? occupation.Id : null,
                RequiredSkills = occupation.EssentialSkills.ToArray(),
                NiceToHaveSkills = occupation.OptionalSkills.ToArray(),
                Competences = [new CompetenceLevel((Competence)random.Next(16), random.Next(1, 4))],
                Tasks = [new JobTask("t", (FunctionalIndicators)(1 << random.Next(16)))],
            };
            queries.Add(vacancy);
            var expected = reference.Rank(vacancy, live.Values, top);
            var actual = index.FindCandidates(vacancy, top).Matches;
            Assert.Equal(expected.Select(e => (e.Id, e.Score)), actual.Select(m => (m.StableId, m.RawScore)));
        }

        // Candidate → vacancies: every vacancy found scores as the reference scores it, and no eligible one is missing.
        using var vacancies = new VacancyIndex(new MatchOptions(taxonomy, postcodes, "test-pseudonym-key-0123456789"u8.ToArray()));
        foreach (var vacancy in queries)
        {
            vacancies.Upsert(vacancy);
        }

        foreach (var candidate in live.Values.Take(200))
        {
            var expected = queries.Where(v => reference.Eligible(v, candidate)).Select(v => (v.Id, reference.Score(v, candidate)))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.Id).ToList();
            Assert.Equal(expected, vacancies.FindVacancies(candidate, 50, inferred[candidate.Id]).Matches.Select(m => (m.VacancyId, m.RawScore)));
        }
    }
}
