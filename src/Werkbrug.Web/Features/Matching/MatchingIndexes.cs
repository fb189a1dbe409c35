using System.Collections.Concurrent;
using System.Security.Cryptography;
using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// The in-memory matching indexes of this instance, one candidate index and one vacancy index per region (the
/// pool never crosses a region). Built from the database at start-up and kept current by
/// <see cref="MatchingIndexFeed"/>. The engine is only ever asked for results with hidden ids
/// (<c>viewerOrganisationId</c> null): the web layer maps each result back to its profile by the id it was indexed
/// under (<see cref="CandidateMatch.StableId"/>, no keyed hash per profile at build) and lets <c>JobSeekerAccess</c>,
/// the one place that decides visibility, say how much of it the user may see.
/// </summary>
public sealed class MatchingIndexes : IDisposable
{
    private readonly ConcurrentDictionary<string, Region> _regions = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Guid, string> _candidateRegions = new();
    private readonly ConcurrentDictionary<Guid, string> _vacancyRegions = new();
    private readonly ConcurrentDictionary<string, MatchWeights> _weights = new(StringComparer.OrdinalIgnoreCase);
    private MatchOptions? _options;
    private volatile bool _current;

    public MatchingIndexes(SkillTaxonomy taxonomy) => Map = new MatchingMap(taxonomy);

    public MatchingMap Map { get; }

    /// <summary>
    /// Whether the indexes were built and the feed's last catch-up succeeded: /health/ready and the searches ask this, and
    /// a search answers 503 while it is false instead of waiting.
    /// </summary>
    public bool IsCurrent => _current;

    public ICollection<Guid> CandidateIds => _candidateRegions.Keys;

    public ICollection<Guid> VacancyIds => _vacancyRegions.Keys;

    public int CandidateCount => _regions.Values.Sum(r => r.Candidates.Count);

    public int VacancyCount => _regions.Values.Sum(r => r.Vacancies.Count);

    /// <summary>Bytes the candidate indexes hold (records, filter keys, skill pools, id maps).</summary>
    public long CandidateBytes => _regions.Values.Sum(r => r.Candidates.EstimatedBytes());

    private MatchOptions Options => _options ?? throw new InvalidOperationException("The matching indexes are not built yet.");

    /// <summary>Sets the postcode map; the engine's own pseudonyms only link results back here, so a fresh key per process will do.</summary>
    public void Initialise(Pc4Map postcodes) =>
        _options ??= new MatchOptions(Map.Taxonomy, postcodes, RandomNumberGenerator.GetBytes(32));

    public void MarkCurrent(bool current) => _current = current;

    public void Upsert(string region, CandidateProfile candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        // A profile whose area is unknown is kept too: the index never ranks it (no distance), but counts it apart in a
        // search, so the adviser learns it exists (CandidateResults.WithoutArea).
        if (_candidateRegions.TryGetValue(candidate.Id, out var previous) && !string.Equals(previous, region, StringComparison.OrdinalIgnoreCase))
        {
            RemoveCandidate(candidate.Id);
            previous = null;
        }

        if (previous is null)
        {
            _candidateRegions[candidate.Id] = region;
        }

        For(region).Candidates.Upsert(candidate);
    }

    public void RemoveCandidate(Guid id)
    {
        if (_candidateRegions.TryRemove(id, out var region))
        {
            For(region).Candidates.Remove(id);
        }
    }

    public void Upsert(string region, VacancyQuery vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        if (!Options.Postcodes.IsKnown(vacancy.Pc4))
        {
            RemoveVacancy(vacancy.Id);
            return;
        }

        if (_vacancyRegions.TryGetValue(vacancy.Id, out var previous) && !string.Equals(previous, region, StringComparison.OrdinalIgnoreCase))
        {
            RemoveVacancy(vacancy.Id);
        }

        _vacancyRegions[vacancy.Id] = region;
        For(region).Vacancies.Upsert(vacancy);
    }

    public void RemoveVacancy(Guid id)
    {
        if (_vacancyRegions.TryRemove(id, out var region))
        {
            For(region).Vacancies.Remove(id);
        }
    }

    public bool HoldsCandidate(Guid id) => _candidateRegions.ContainsKey(id);

    public bool HoldsVacancy(Guid id) => _vacancyRegions.ContainsKey(id);

    /// <summary>
    /// The region's best <paramref name="top"/> candidates for <paramref name="vacancy"/> (at most as many as it holds), each with
    /// the id it was stored under; <paramref name="bridges"/> add gap bridges for this search (the instrument guide's).
    /// </summary>
    public (IReadOnlyList<(Guid Id, CandidateMatch Match)> Matches, int Eligible, int WithoutArea) FindCandidates(string region, VacancyQuery vacancy, int top, MatchWeights weights, IReadOnlyList<IGapBridgeProvider>? bridges = null)
    {
        if (!Options.Postcodes.IsKnown(vacancy.Pc4))
        {
            return ([], 0, 0);
        }

        var candidates = For(region).Candidates;
        var results = candidates.FindCandidates(vacancy, Math.Clamp(top, 1, Math.Max(candidates.Count, 1)), bridges: bridges, weights: weights);
        return ([.. results.Matches.Select(m => (m.StableId, m))], results.Eligible, results.WithoutArea);
    }

    /// <summary>The weights searches in <paramref name="region"/> score with: the region's own, or the defaults.</summary>
    public MatchWeights WeightsFor(string region) => _weights.TryGetValue(region, out var own) ? own : Options.Weights.For(region);

    /// <summary>
    /// Sets the weights of <paramref name="region"/> (null: the defaults again). Candidate searches take them per search;
    /// the region's compiled vacancies are compiled again when they change.
    /// </summary>
    public void SetWeights(string region, MatchWeights? weights)
    {
        var before = WeightsFor(region);
        if (weights is null)
        {
            _weights.TryRemove(region, out _);
        }
        else
        {
            weights.Validate();
            _weights[region] = weights;
        }

        var after = WeightsFor(region);
        if (before != after)
        {
            For(region).Vacancies.Reweigh(after);
        }
    }

    /// <summary>
    /// The region's best <paramref name="top"/> open vacancies for <paramref name="candidate"/> (at most as many as it holds),
    /// and the occupations the region's candidate index infers for a candidate who records none (ADR 0048), with which
    /// the candidate scores as in a candidate search.
    /// </summary>
    public (VacancyResults Results, IReadOnlyList<OccupationId> Inferred) FindVacancies(string region, CandidateProfile candidate, int top)
    {
        var vacancies = For(region).Vacancies;
        var inferred = InferOccupations(region, candidate);
        return (Options.Postcodes.IsKnown(candidate.Pc4)
            ? vacancies.FindVacancies(candidate, Math.Clamp(top, 1, Math.Max(vacancies.Count, 1)), inferred)
            : new VacancyResults([], 0), inferred);
    }

    /// <summary>The occupations the region's candidate index infers for <paramref name="candidate"/> (empty when it records one; ADR 0048).</summary>
    public IReadOnlyList<OccupationId> InferOccupations(string region, CandidateProfile candidate) => For(region).Candidates.InferOccupations(candidate);

    public void Dispose()
    {
        foreach (var region in _regions.Values)
        {
            region.Candidates.Dispose();
            region.Vacancies.Dispose();
        }

        _options?.Pseudonyms.Dispose();
    }

    private Region For(string region) =>
        _regions.TryGetValue(region, out var known) ? known : _regions.GetOrAdd(region.ToUpperInvariant(), NewRegion);

    private Region NewRegion(string region)
    {
        var created = new Region(new CandidateIndex(Options), new VacancyIndex(Options));
        if (_weights.TryGetValue(region, out var own))
        {
            created.Vacancies.Reweigh(own);
        }

        return created;
    }

    private sealed record Region(CandidateIndex Candidates, VacancyIndex Vacancies);
}
