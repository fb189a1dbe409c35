using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// Open vacancies (and carved functions) compiled for candidate → vacancies searches. The set is small next to the
/// pool (thousands, not millions), so a search scores every vacancy within reach with the same rules as
/// <see cref="CandidateIndex"/>. Updates replace one compiled vacancy.
/// </summary>
public sealed class VacancyIndex(MatchOptions options) : IDisposable
{
    private readonly Dictionary<Guid, VacancyPlan> _plans = [];
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private volatile MatchWeights? _weights;

    public void Dispose() => _lock.Dispose();

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _plans.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public void Upsert(VacancyQuery vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var weights = WeightsFor(vacancy);
        var plan = VacancyPlan.Compile(vacancy, options.Taxonomy, weights, dense: false);
        _lock.EnterWriteLock();
        try
        {
            // Reweighed meanwhile: compile again with the weights now in force.
            var now = WeightsFor(vacancy);
            _plans[vacancy.Id] = ReferenceEquals(weights, now) ? plan : VacancyPlan.Compile(vacancy, options.Taxonomy, now, dense: false);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private MatchWeights WeightsFor(VacancyQuery vacancy) => _weights ?? options.Weights.For(vacancy.Region);

    /// <summary>
    /// Scores every vacancy with <paramref name="weights"/> from now on (a region's own weights, instead of those in the
    /// options): the compiled vacancies are compiled again, a few milliseconds per thousand.
    /// </summary>
    public void Reweigh(MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        weights.Validate();
        _lock.EnterWriteLock();
        try
        {
            _weights = weights;
            foreach (var (id, plan) in _plans.ToList())
            {
                _plans[id] = VacancyPlan.Compile(plan.Query, options.Taxonomy, weights, dense: false);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public bool Remove(Guid vacancyId)
    {
        _lock.EnterWriteLock();
        try
        {
            return _plans.Remove(vacancyId);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The best <paramref name="top"/> vacancies the candidate is eligible for, best first, ties by vacancy id.
    /// <paramref name="inferred"/>: the occupations the candidate index infers for the candidate
    /// (<see cref="CandidateIndex.InferOccupations"/>), used only when the candidate records no occupation.
    /// </summary>
    public VacancyResults FindVacancies(CandidateProfile candidate, int top = 50, IReadOnlyList<OccupationId>? inferred = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var infer = inferred is { Count: > 0 } && OccupationInference.Applies(candidate);
        var record = new CandidateRecord
        {
            Id = candidate.Id,
            Competences = CandidateRecord.PackCompetences(candidate.Competences),
            Occupation = candidate.Occupation?.Value ?? CandidateRecord.NoOccupation,
            AvailableDay = (ushort)Rules.Day(candidate.AvailableFrom),
            Requirements = (ushort)candidate.WorkRequirements,
            MaxTravelKm = (byte)Math.Clamp(candidate.MaxTravelKm, 0, 255),
            Readiness = (byte)candidate.Readiness,
            Contracts = (byte)candidate.AcceptedContracts,
            TargetGroups = (byte)candidate.TargetGroups,
            MinHours = (byte)Math.Clamp(candidate.MinHoursPerWeek, 0, 168),
            MaxHours = (byte)Math.Clamp(candidate.MaxHoursPerWeek, 0, 168),
            Education = (byte)candidate.Education,
            Dutch = (byte)candidate.Dutch,
            Licences = (byte)candidate.Licences,
            Experience = (byte)Math.Clamp(candidate.ExperienceYears, 0, 255),
        };
        var desired = CandidateIndex.DistinctOccupations(infer ? inferred! : candidate.DesiredOccupations);
        if (desired.Length > CandidateProfile.MaxDesiredOccupations)
        {
            throw new ArgumentException("At most 3 desired or inferred occupations.", nameof(candidate));
        }

        record.Desired = CandidateRecord.PackDesired(desired.Length, candidate.WillingToRetrain, infer);
        var skills = candidate.Skills.Select(s => s.Value).Distinct().ToArray();
        var map = options.Postcodes;
        Span<short> best = stackalloc short[VacancyPlan.MaxSkillSlots];
        var scored = new List<(int Score, Guid Id, VacancyPlan Plan, float Distance)>();
        _lock.EnterReadLock();
        try
        {
            foreach (var plan in _plans.Values)
            {
                var q = plan.Query;
                var d = map.DistanceKm(q.Pc4, candidate.Pc4);
                if (!Rules.DistanceAllowed(d, record.MaxTravelKm, q.MaxDistanceKm) || !Scorer.Passes(record, plan))
                {
                    continue;
                }

                var score = Scorer.ScoreWithoutSkills(record, desired, plan) + Scorer.ScoreSkillsSparse(record, skills, plan, best);
                scored.Add((score, q.Id, plan, d));
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        scored.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Id.CompareTo(b.Id));
        var results = new List<VacancyMatch>();
        foreach (var (score, id, plan, d) in scored.Take(top))
        {
            var context = new BridgeContext(plan.Query, candidate.Id, candidate.OwnerOrganisationId);
            var (breakdown, explanation, gaps) = Explainer.Explain(plan, options.Taxonomy, record, skills, desired, d, score, options.BridgeProviders, context);
            results.Add(new VacancyMatch
            {
                Rank = results.Count + 1,
                VacancyId = id,
                Score = Explainer.Percent(score, plan.MaxScore),
                RawScore = score,
                DistanceKm = Math.Round(d, 1),
                Breakdown = breakdown,
                Explanation = explanation,
                Gaps = gaps,
            });
        }

        return new VacancyResults(results, scored.Count);
    }
}
