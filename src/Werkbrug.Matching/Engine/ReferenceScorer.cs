using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// The ground truth: scores every profile with the rules written out plainly from the taxonomy (no compiled tables,
/// no index, no pruning) and sorts. Slow by design; the benchmark and the tests compare the engine's top K with it.
/// <paramref name="inferred"/> gives the occupations inferred for a profile that records none (as the index inferred
/// them: <see cref="OccupationInference.For"/> with the same counts); without it such profiles get no occupation credit.
/// </summary>
public sealed class ReferenceScorer(SkillTaxonomy taxonomy, Pc4Map postcodes, RegionalWeights? weights = null, Func<CandidateProfile, IReadOnlyList<OccupationId>>? inferred = null)
{
    private readonly RegionalWeights _weights = weights ?? new RegionalWeights();

    /// <summary>Ids and raw scores of the best <paramref name="top"/> eligible profiles, best first, ties by id.</summary>
    public IReadOnlyList<(Guid Id, int Score)> Rank(VacancyQuery vacancy, IEnumerable<CandidateProfile> pool, int top = 50)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var all = new List<(Guid Id, int Score)>();
        foreach (var p in pool)
        {
            if (Eligible(vacancy, p))
            {
                all.Add((p.Id, Score(vacancy, p)));
            }
        }

        all.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Id.CompareTo(b.Id));
        return all.Take(top).ToList();
    }

    public bool Eligible(VacancyQuery q, CandidateProfile p)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(p);
        var d = postcodes.DistanceKm(q.Pc4, p.Pc4);
        var startDay = q.StartDate == default ? 0 : Rules.Day(q.StartDate);
        return Rules.DistanceAllowed(d, p.MaxTravelKm, q.MaxDistanceKm)
            && Rules.AvailabilityAllowed(Rules.Day(p.AvailableFrom), startDay)
            && Rules.ReadinessAllowed(p.Readiness, q.AcceptsReadyInTime)
            && Rules.ContractAllowed(p.AcceptedContracts, q.Contract)
            && Rules.TargetGroupAllowed(p.TargetGroups, q.ReservedFor);
    }

    /// <summary>Σ weight × credit over the criteria the vacancy asks for.</summary>
    public int Score(VacancyQuery q, CandidateProfile p)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(p);
        var w = _weights.For(q.Region);
        var required = q.RequiredSkills.Distinct().ToList();
        var nice = q.NiceToHaveSkills.Distinct().Where(s => !required.Contains(s)).ToList();
        var score = 0;
        if (required.Count > 0)
        {
            score += w.RequiredSkills * (required.Sum(r => BestCredit(r, p)) / required.Count);
        }

        if (nice.Count > 0)
        {
            score += w.NiceToHaveSkills * (nice.Sum(r => BestCredit(r, p)) / nice.Count);
        }

        if (q.Occupation is { } vo)
        {
            var credit = p.Occupation is { } po ? Rules.OccupationSimilarity(taxonomy, vo, po) : 0;
            foreach (var desired in p.DesiredOccupations)
            {
                credit = Math.Max(credit, Rules.DesiredOccupationCredit(Rules.OccupationSimilarity(taxonomy, vo, desired), p.WillingToRetrain));
            }

            if (inferred is not null && OccupationInference.Applies(p))
            {
                foreach (var o in inferred(p))
                {
                    credit = Math.Max(credit, Rules.InferredOccupationCredit(Rules.OccupationSimilarity(taxonomy, vo, o)));
                }
            }

            score += w.Occupation * credit;
        }

        var competences = q.Competences.Where(c => c.Mastery > 0).GroupBy(c => c.Competence)
            .Select(g => (g.Key, Required: Math.Min(3, g.Max(c => c.Mastery)))).ToList();
        if (competences.Count > 0)
        {
            var sum = competences.Sum(c => Rules.CompetenceCredit(Mastery(p, c.Key), c.Required));
            score += w.Competences * (sum / competences.Count);
        }

        if (q.HoursPerWeek > 0)
        {
            score += w.Hours * Rules.HoursCredit(p.MinHoursPerWeek, p.MaxHoursPerWeek, q.HoursPerWeek);
        }

        if (q.MinEducation > EducationLevel.None)
        {
            score += w.Education * Rules.LevelCredit((int)p.Education, (int)q.MinEducation);
        }

        if (q.MinDutch > LanguageLevel.None)
        {
            score += w.Language * Rules.LevelCredit((int)p.Dutch, (int)q.MinDutch);
        }

        if (q.RequiredLicences != DrivingLicences.None)
        {
            score += w.DrivingLicence * Rules.LicenceCredit(p.Licences, q.RequiredLicences);
        }

        if (q.MinExperienceYears > 0)
        {
            score += w.Experience * Rules.ExperienceCredit(p.ExperienceYears, q.MinExperienceYears);
        }

        if (q.Tasks.Count > 0)
        {
            var fitting = q.Tasks.Count(t => !Rules.Clashes(t.Demands, p.WorkRequirements));
            score += w.Tasks * (fitting * Rules.Full / q.Tasks.Count);
        }

        return score;
    }

    private int BestCredit(SkillId required, CandidateProfile p)
    {
        var best = Rules.OccupationSkillCredit(taxonomy, p.Occupation, required);
        foreach (var held in p.Skills)
        {
            best = Math.Max(best, Rules.SkillCredit(taxonomy, required, held));
        }

        return best;
    }

    private static int Mastery(CandidateProfile p, Competence c) =>
        p.Competences.Where(x => x.Competence == c).Select(x => Math.Clamp(x.Mastery, 0, 3)).DefaultIfEmpty(0).Max();
}
