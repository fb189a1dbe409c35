using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>
/// A second reference, written from the rules as documented in src/Werkbrug.Matching/README.md and the doc comments
/// of the criteria, without calling the engine's rule code (<c>Rules</c>, <c>ReferenceScorer</c>, compiled plans): it
/// reads only the taxonomy's relations and hierarchy, the PC4 distances and the configured weights. Agreement of its
/// top K with the engine's checks the rules, not only the index. Plain full scan, slow by design.
/// </summary>
internal sealed class DocumentedRulesScorer(SkillTaxonomy taxonomy, Pc4Map postcodes)
{
    private readonly MatchWeights _w = MatchWeights.Default;

    // Inferred occupations per profile, made once, and their prior (how many candidates of the pool record each
    // occupation), counted once: the verb passes the same pool in every call.
    private readonly Dictionary<CandidateProfile, OccupationId[]> _inferred = new(ReferenceEqualityComparer.Instance);
    private Dictionary<OccupationId, int>? _counts;

    public List<(Guid Id, int Score)> Rank(VacancyQuery v, IReadOnlyCollection<CandidateProfile> pool, int top)
    {
        var counts = _counts ??= pool.Where(p => p.Occupation is not null).GroupBy(p => p.Occupation!.Value).ToDictionary(g => g.Key, g => g.Count());
        var recorded = counts.Values.Sum();
        var start = v.StartDate == default ? (int?)null : v.StartDate.DayNumber;
        var required = v.RequiredSkills.Distinct().ToList();
        var nice = v.NiceToHaveSkills.Distinct().Where(s => !required.Contains(s)).ToList();
        var list = new List<(Guid Id, int Score)>();
        foreach (var p in pool)
        {
            // Hard filters: distance within both limits, available by the start, werkfit (op termijn if accepted),
            // an accepted contract, a member of a reserved target group.
            var km = postcodes.DistanceKm(v.Pc4, p.Pc4);
            if (km > p.MaxTravelKm || (v.MaxDistanceKm is { } max && km > max)
                || (start is { } s && p.AvailableFrom.DayNumber > s)
                || p.Readiness == WorkReadiness.NotReady || (p.Readiness == WorkReadiness.ReadyInTime && !v.AcceptsReadyInTime)
                || (v.Contract != ContractTypes.None && (p.AcceptedContracts & v.Contract) == 0)
                || (v.ReservedFor != TargetGroups.None && (p.TargetGroups & v.ReservedFor) == 0))
            {
                continue;
            }

            list.Add((p.Id, Score(v, p, required, nice, counts, recorded)));
        }

        return list.OrderByDescending(x => x.Score).ThenBy(x => x.Id).Take(top).ToList();
    }

    private int Score(VacancyQuery v, CandidateProfile p, List<SkillId> required, List<SkillId> nice, Dictionary<OccupationId, int> counts, int recorded)
    {
        var score = 0;
        if (required.Count > 0)
        {
            score += _w.RequiredSkills * (required.Sum(r => Wanted(r, p)) / required.Count);
        }

        if (nice.Count > 0)
        {
            score += _w.NiceToHaveSkills * (nice.Sum(r => Wanted(r, p)) / nice.Count);
        }

        if (v.Occupation is { } vo)
        {
            // The worked occupation's similarity, or a desired occupation's at 600 per mille (800 when willing to retrain); the highest.
            var credit = p.Occupation is { } po ? Similarity(vo, po) : 0;
            var share = p.WillingToRetrain ? 800 : 600;
            foreach (var desired in p.DesiredOccupations)
            {
                credit = Math.Max(credit, Similarity(vo, desired) * share / 1000);
            }

            // Neither worked nor desired: the (at most three) occupations the skills point to, at 800 per mille.
            if (p.Occupation is null && p.DesiredOccupations.Count == 0)
            {
                foreach (var inferred in Inferred(p, counts, recorded))
                {
                    credit = Math.Max(credit, Similarity(vo, inferred) * 800 / 1000);
                }
            }

            score += _w.Occupation * credit;
        }

        var competences = v.Competences.Where(c => c.Mastery > 0).GroupBy(c => c.Competence).ToList();
        if (competences.Count > 0)
        {
            var sum = 0;
            foreach (var g in competences)
            {
                var need = Math.Min(3, g.Max(c => c.Mastery));
                var have = p.Competences.Where(c => c.Competence == g.Key).Select(c => Math.Clamp(c.Mastery, 0, 3)).DefaultIfEmpty(0).Max();
                sum += Math.Min(have, need) * 1000 / need;
            }

            score += _w.Competences * (sum / competences.Count);
        }

        if (v.HoursPerWeek > 0)
        {
            var h = v.HoursPerWeek;
            var gap = h < p.MinHoursPerWeek ? p.MinHoursPerWeek - h : h > p.MaxHoursPerWeek ? h - p.MaxHoursPerWeek : 0;
            score += _w.Hours * Math.Max(0, 1000 - (125 * gap));
        }

        if (v.MinEducation > EducationLevel.None)
        {
            score += _w.Education * Level((int)p.Education, (int)v.MinEducation);
        }

        if (v.MinDutch > LanguageLevel.None)
        {
            score += _w.Language * Level((int)p.Dutch, (int)v.MinDutch);
        }

        if (v.RequiredLicences != DrivingLicences.None)
        {
            score += _w.DrivingLicence * ((p.Licences & v.RequiredLicences) == v.RequiredLicences ? 1000 : 0);
        }

        if (v.MinExperienceYears > 0)
        {
            score += _w.Experience * Math.Min(1000, p.ExperienceYears * 1000 / v.MinExperienceYears);
        }

        if (v.Tasks.Count > 0)
        {
            var fitting = v.Tasks.Count(t => (t.Demands & p.WorkRequirements) == 0);
            score += _w.Tasks * (fitting * 1000 / v.Tasks.Count);
        }

        return score;
    }

    private static int Level(int have, int need) => have >= need ? 1000 : Math.Max(0, 1000 - (350 * (need - have)));

    /// <summary>A wanted skill: held 1000, essential in the occupation 700, broader/narrower held 600, optional 500, sibling held 400; the best.</summary>
    private int Wanted(SkillId wanted, CandidateProfile p)
    {
        var best = 0;
        if (p.Occupation is { } o)
        {
            var occ = taxonomy[o];
            best = occ.EssentialSkills.Contains(wanted) ? 700 : occ.OptionalSkills.Contains(wanted) ? 500 : 0;
        }

        var w = taxonomy[wanted];
        foreach (var held in p.Skills)
        {
            var credit = held == wanted ? 1000
                : w.Broader.Contains(held) || w.Narrower.Contains(held) ? 600
                : taxonomy[held].Broader.Intersect(w.Broader).Any() ? 400 : 0;
            best = Math.Max(best, credit);
        }

        return best;
    }

    /// <summary>
    /// Beroep afgeleid uit vaardigheden, as documented: per occupation with essential skills that lists one of the
    /// candidate's skills, in thousandths of a natural logarithm, ln(0.45 / (2 / skills)) per listed essential skill,
    /// ln(0.15 / (2 / skills)) per listed optional one, ln(0.55) per essential skill not listed, and the prior
    /// ln(candidates recording it + 1) − ln(candidates recording any + occupations), each rounded; the best three, ties to
    /// the lower id.
    /// </summary>
    private OccupationId[] Inferred(CandidateProfile p, Dictionary<OccupationId, int> counts, int recorded)
    {
        if (_inferred.TryGetValue(p, out var known))
        {
            return known;
        }

        static int Round(double x) => (int)Math.Round(x * 1000);
        var other = Math.Log(2.0 / taxonomy.Skills.Count);
        var skills = p.Skills.ToHashSet();
        return _inferred[p] = skills.SelectMany(s => taxonomy.EssentialFor(s).Concat(taxonomy.OptionalFor(s))).Distinct()
            .Select(id => taxonomy[id])
            .Where(o => o.EssentialSkills.Count > 0)
            .Select(o =>
            {
                var listed = o.EssentialSkills.Count(skills.Contains);
                var score = (listed * Round(Math.Log(0.45) - other)) + (o.OptionalSkills.Count(skills.Contains) * Round(Math.Log(0.15) - other))
                    + ((o.EssentialSkills.Count - listed) * Round(Math.Log(0.55)))
                    + Round(Math.Log(counts.GetValueOrDefault(o.Id) + 1.0)) - Round(Math.Log(recorded + taxonomy.Occupations.Count));
                return (o.Id, Score: score);
            })
            .OrderByDescending(x => x.Score).ThenBy(x => x.Id.Value).Take(3).Select(x => x.Id).ToArray();
    }

    /// <summary>Same occupation 1000; else the larger of the essential-skill coverage (essential 2, optional 1 half-points, scaled to 900) and the ISCO group (unit 500, minor 300).</summary>
    private int Similarity(OccupationId vacancy, OccupationId candidate)
    {
        if (vacancy == candidate)
        {
            return 1000;
        }

        var v = taxonomy[vacancy];
        var c = taxonomy[candidate];
        var basis = v.EssentialSkills.Count > 0 ? v.EssentialSkills : v.OptionalSkills;
        var coverage = basis.Count == 0 ? 0 : basis.Sum(s => c.EssentialSkills.Contains(s) ? 2 : c.OptionalSkills.Contains(s) ? 1 : 0) * 450 / basis.Count;
        var isco = v.IscoGroup is { Length: 4 } a && c.IscoGroup is { Length: 4 } b ? (a == b ? 500 : a[..3] == b[..3] ? 300 : 0) : 0;
        return Math.Max(coverage, isco);
    }
}
