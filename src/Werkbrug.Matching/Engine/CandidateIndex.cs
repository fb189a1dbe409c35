using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// The regional (or national) pool of candidates, kept in memory for vacancy → candidates searches.
/// <para>
/// Layout: one bucket per PC4 area. A bucket holds its candidates as contiguous 44-byte records, an 8-byte filter key
/// per record and a pool of 2-byte skill ids; records are grouped by travel band (the candidate's own maximum: up to
/// 255, 75, 50 ... 5 km, widest first), so for an area at distance d only the prefix of bands reaching d is read. A search visits only the areas within reach (the vacancy's maximum and the largest maximum of anyone
/// living there), streams their records through the hard filters, scores the survivors with table look-ups from the
/// compiled vacancy, skips the skill arithmetic when even a perfect skill score could not enter the top K, and keeps
/// a top-K heap ordered by score, then candidate id (deterministic ties). Breakdowns and explanations are made for
/// the K results only.
/// </para>
/// <para>
/// Updates: <see cref="Upsert"/> and <see cref="Remove"/> change one candidate in microseconds (at most one record
/// moves per band to keep the bands contiguous); searches and updates may run concurrently (reader–writer lock).
/// </para>
/// </summary>
public sealed class CandidateIndex : IDisposable
{
    /// <summary>Upper edges of the travel bands, widest first.</summary>
    private static readonly int[] BandEdges = [255, 75, 50, 40, 30, 25, 20, 15, 10, 5];

    private readonly MatchOptions _options;
    private readonly Bucket?[] _buckets = new Bucket?[10000];
    private readonly Dictionary<Guid, long> _where = [];
    private readonly Dictionary<Guid, ushort> _organisationIndex = [];
    private readonly List<Guid> _organisations = [];
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly OccupationInference _inference;

    /// <summary>The largest maximum travel distance of any candidate ever added (an upper bound for every bucket).</summary>
    private int _maxTravelKm;

    public CandidateIndex(MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _inference = new OccupationInference(options.Taxonomy);
    }

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _where.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>Builds an index from a whole pool at once (start-up), sizing every bucket exactly.</summary>
    public static CandidateIndex Build(MatchOptions options, IEnumerable<CandidateProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var index = new CandidateIndex(options);
        var grouped = new Dictionary<int, List<CandidateProfile>>();
        foreach (var p in profiles)
        {
            Validate(p, options);
            var area = Area(options, p);
            if (!grouped.TryGetValue(area, out var list))
            {
                grouped[area] = list = [];
            }

            list.Add(p);
        }

        // The whole pool's occupations are the prior of every inference of the build (a replaced duplicate is taken out again).
        index._where.EnsureCapacity(grouped.Values.Sum(l => l.Count));
        foreach (var p in grouped.Values.SelectMany(l => l))
        {
            index._inference.Add(p.Occupation);
        }

        foreach (var (area, list) in grouped)
        {
            var bucket = index._buckets[area] = new Bucket(list.Count, list.Sum(p => p.Skills.Count + (OccupationInference.Applies(p) ? OccupationInference.MaxInferred : p.DesiredOccupations.Count)));

            // Widest band first: every record lands at the end, nothing moves.
            foreach (var p in list.OrderBy(p => Band(p.MaxTravelKm)))
            {
                if (index._where.ContainsKey(p.Id))
                {
                    index.RemoveUnlocked(p.Id);
                }

                index.Append(bucket, area, p, counted: true);
            }
        }

        return index;
    }

    /// <summary>Adds a candidate, or replaces the one with the same id.</summary>
    public void Upsert(CandidateProfile profile)
    {
        Validate(profile, _options);
        _lock.EnterWriteLock();
        try
        {
            RemoveUnlocked(profile.Id);
            var area = Area(_options, profile);
            var bucket = _buckets[area] ??= new Bucket(4, 32);
            Append(bucket, area, profile, counted: false);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public bool Remove(Guid candidateId)
    {
        _lock.EnterWriteLock();
        try
        {
            return RemoveUnlocked(candidateId);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The best <paramref name="top"/> eligible candidates for a vacancy, with breakdown, explanation and gaps.
    /// <paramref name="viewerOrganisationId"/> decides which results show the real candidate id; <paramref name="bridges"/>
    /// are bridge providers for this search only (after those of the options).
    /// </summary>
    public CandidateResults FindCandidates(VacancyQuery vacancy, int top = 50, Guid? viewerOrganisationId = null, IReadOnlyList<IGapBridgeProvider>? bridges = null, MatchWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        weights?.Validate();
        var plan = VacancyPlan.Compile(vacancy, _options.Taxonomy, weights ?? _options.Weights.For(vacancy.Region), dense: true);
        var map = _options.Postcodes;
        var heap = new TopK(top);
        var eligible = 0;
        Span<short> best = stackalloc short[VacancyPlan.MaxSkillSlots];
        _lock.EnterReadLock();
        try
        {
            if (!map.IsKnown(vacancy.Pc4))
            {
                return new CandidateResults([], 0, 0);
            }

            var reach = Math.Min(vacancy.MaxDistanceKm ?? int.MaxValue, _maxTravelKm);
            var filter = new KeyFilter(plan);
            var skillMax = plan.SkillMax;
            foreach (var pc4 in map.LatitudeBand(vacancy.Pc4, reach))
            {
                var bucket = _buckets[pc4];
                if (bucket is null || bucket.Count == 0 || map.LongitudeGapKm(vacancy.Pc4, pc4) > reach)
                {
                    continue;
                }

                var d = map.DistanceKm(vacancy.Pc4, pc4);
                if (d > reach)
                {
                    continue;
                }

                // Only the bands whose edge reaches this area can hold candidates willing to travel d.
                var bands = 0;
                while (bands < BandEdges.Length && BandEdges[bands] >= d)
                {
                    bands++;
                }

                var end = bands == 0 ? 0 : bucket.BandEnd[bands - 1];
                var records = bucket.Records;
                var keys = bucket.Keys;
                var pool = bucket.Skills;
                for (var i = 0; i < end; i++)
                {
                    // The hard filters read only the 8-byte key; the record is touched for eligible candidates only.
                    var key = keys[i];
                    if (d > (key & 0xFF) || !filter.Passes(key))
                    {
                        continue;
                    }

                    ref readonly var r = ref records[i];
                    eligible++;
                    var score = Scorer.ScoreWithoutSkills(r, pool.AsSpan(r.SkillOffset + r.SkillCount, r.DesiredCount), plan);
                    if (heap.IsFull && score + skillMax < heap.MinScore)
                    {
                        continue;
                    }

                    score += Scorer.ScoreSkillsDense(r, pool.AsSpan(r.SkillOffset, r.SkillCount), plan, best);
                    heap.Offer(score, r.Id, pc4, i, d);
                }
            }

            // Profiles without a known area: no distance, so no rank; counted, so the search can say they exist.
            var withoutArea = 0;
            if (_buckets[0] is { } unknown)
            {
                for (var i = 0; i < unknown.Count; i++)
                {
                    if (filter.Passes(unknown.Keys[i]))
                    {
                        withoutArea++;
                    }
                }
            }

            return new CandidateResults(Explain(plan, heap.Sorted(), viewerOrganisationId, bridges is { Count: > 0 } ? [.. _options.BridgeProviders, .. bridges] : _options.BridgeProviders), eligible, withoutArea);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The occupations this index infers for <paramref name="profile"/> from its skills (<see cref="OccupationInference"/>):
    /// empty when the profile records a worked or desired occupation. The candidate → vacancies search takes them, so both
    /// directions score a candidate alike.
    /// </summary>
    public IReadOnlyList<OccupationId> InferOccupations(CandidateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _lock.EnterReadLock();
        try
        {
            return _inference.For(profile);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Bytes held by the index structures (records, keys, skill pools, id map), excluding the taxonomy.</summary>
    public long EstimatedBytes()
    {
        _lock.EnterReadLock();
        try
        {
            long bytes = 0;
            foreach (var b in _buckets)
            {
                if (b is not null)
                {
                    bytes += 160 + (b.Records.LongLength * System.Runtime.CompilerServices.Unsafe.SizeOf<CandidateRecord>()) + (b.Keys.LongLength * 8) + (b.Skills.LongLength * 2);
                }
            }

            // Dictionary<Guid, long>: per entry hash, next, key, value (32 bytes) plus one bucket int.
            bytes += (long)_where.EnsureCapacity(0) * 36;
            return bytes;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private List<CandidateMatch> Explain(VacancyPlan plan, List<TopK.Item> items, Guid? viewer, IReadOnlyList<IGapBridgeProvider> providers)
    {
        var results = new List<CandidateMatch>(items.Count);
        foreach (var item in items)
        {
            var bucket = _buckets[item.Slot]!;
            ref readonly var r = ref bucket.Records[item.Index];
            var owner = _organisations[r.Organisation];
            var context = new BridgeContext(plan.Query, r.Id, owner);
            var (breakdown, explanation, gaps) = Explainer.Explain(plan, _options.Taxonomy, r, bucket.Skills.AsSpan(r.SkillOffset, r.SkillCount),
                bucket.Skills.AsSpan(r.SkillOffset + r.SkillCount, r.DesiredCount), item.Distance, item.Score, providers, context);
            results.Add(new CandidateMatch
            {
                Rank = results.Count + 1,
                CandidateId = viewer == owner ? r.Id : null,
                Pseudonym = _options.Pseudonyms.For(r.Id),
                OwnerOrganisationId = owner,
                Score = Explainer.Percent(item.Score, plan.MaxScore),
                RawScore = item.Score,
                DistanceKm = Math.Round(item.Distance, 1),
                Breakdown = breakdown,
                Explanation = explanation,
                Gaps = gaps,
                StableId = r.Id,
            });
        }

        return results;
    }

    private static void Validate(CandidateProfile p, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.MaxTravelKm is < 0 or > 255 || p.MinHoursPerWeek is < 0 or > 168 || p.MaxHoursPerWeek is < 0 or > 168
            || p.ExperienceYears is < 0 or > 255 || p.Skills.Count > 255 || p.DesiredOccupations.Count > CandidateProfile.MaxDesiredOccupations)
        {
            throw new ArgumentException("Travel 0–255 km, hours 0–168, experience 0–255 years, at most 255 skills and 3 desired occupations.", nameof(p));
        }

        var known = options.Taxonomy.Skills.Count;
        var unknownSkill = false;
        foreach (var skill in p.Skills)
        {
            unknownSkill |= skill.Value >= known;
        }

        var unknownOccupation = p.Occupation is { } o && o.Value >= options.Taxonomy.Occupations.Count;
        foreach (var desired in p.DesiredOccupations)
        {
            unknownOccupation |= desired.Value >= options.Taxonomy.Occupations.Count;
        }

        if (unknownOccupation || unknownSkill)
        {
            throw new ArgumentException("The occupation or a skill is not in the taxonomy.", nameof(p));
        }
    }

    /// <summary>The profile's skills, each once, in order (a loop without a set: a profile has a handful).</summary>
    internal static ushort[] DistinctSkills(IReadOnlyList<SkillId> skills)
    {
        Span<ushort> seen = skills.Count <= 64 ? stackalloc ushort[skills.Count] : new ushort[skills.Count];
        var count = 0;
        foreach (var skill in skills)
        {
            if (!seen[..count].Contains(skill.Value))
            {
                seen[count++] = skill.Value;
            }
        }

        return seen[..count].ToArray();
    }

    /// <summary>The desired occupations, each once, in order.</summary>
    internal static ushort[] DistinctOccupations(IReadOnlyList<OccupationId> occupations)
    {
        var distinct = new List<ushort>(occupations.Count);
        foreach (var o in occupations)
        {
            if (!distinct.Contains(o.Value))
            {
                distinct.Add(o.Value);
            }
        }

        return [.. distinct];
    }

    /// <summary>The bucket of a profile: its PC4 area, or 0 (never searched) when the area is unknown.</summary>
    private static int Area(MatchOptions options, CandidateProfile p) => options.Postcodes.IsKnown(p.Pc4) ? p.Pc4 : 0;

    /// <summary>The travel band of a maximum distance: the narrowest band whose edge is at least that far.</summary>
    private static int Band(int maxTravelKm)
    {
        var band = BandEdges.Length - 1;
        while (band > 0 && BandEdges[band] < maxTravelKm)
        {
            band--;
        }

        return band;
    }

    /// <summary>Adds a record; <paramref name="counted"/>: the profile's occupation is already in the inference's prior.</summary>
    private void Append(Bucket bucket, int area, CandidateProfile p, bool counted)
    {
        if (!_organisationIndex.TryGetValue(p.OwnerOrganisationId, out var org))
        {
            org = (ushort)_organisations.Count;
            _organisationIndex[p.OwnerOrganisationId] = org;
            _organisations.Add(p.OwnerOrganisationId);
        }

        if (!counted)
        {
            _inference.Add(p.Occupation);
        }

        var skills = DistinctSkills(p.Skills);
        var inferred = OccupationInference.Applies(p);
        var desired = inferred ? _inference.Infer(skills) : DistinctOccupations(p.DesiredOccupations);
        var record = new CandidateRecord
        {
            Id = p.Id,
            SkillOffset = bucket.AppendSkills([.. skills, .. desired]),
            SkillCount = (byte)skills.Length,
            Desired = CandidateRecord.PackDesired(desired.Length, p.WillingToRetrain, inferred),
            Competences = CandidateRecord.PackCompetences(p.Competences),
            Organisation = org,
            Occupation = p.Occupation?.Value ?? CandidateRecord.NoOccupation,
            AvailableDay = (ushort)Rules.Day(p.AvailableFrom),
            Requirements = (ushort)p.WorkRequirements,
            MaxTravelKm = (byte)p.MaxTravelKm,
            Readiness = (byte)p.Readiness,
            Contracts = (byte)p.AcceptedContracts,
            TargetGroups = (byte)p.TargetGroups,
            MinHours = (byte)p.MinHoursPerWeek,
            MaxHours = (byte)p.MaxHoursPerWeek,
            Education = (byte)p.Education,
            Dutch = (byte)p.Dutch,
            Licences = (byte)p.Licences,
            Experience = (byte)p.ExperienceYears,
        };
        var index = bucket.Insert(record, Band(p.MaxTravelKm), (id, to) => _where[id] = ((long)area << 32) | (uint)to);
        _where[p.Id] = ((long)area << 32) | (uint)index;
        _maxTravelKm = Math.Max(_maxTravelKm, record.MaxTravelKm);
    }

    private bool RemoveUnlocked(Guid id)
    {
        if (!_where.Remove(id, out var at))
        {
            return false;
        }

        var area = (int)(at >> 32);
        var occupation = _buckets[area]!.Records[(int)at].Occupation;
        _inference.Remove(occupation == CandidateRecord.NoOccupation ? null : new OccupationId(occupation));
        _buckets[area]!.RemoveAt((int)at, Band(_buckets[area]!.Records[(int)at].MaxTravelKm), (moved, to) => _where[moved] = ((long)area << 32) | (uint)to);
        return true;
    }

    /// <summary>The filter fields of a record packed into 8 bytes: travel, readiness, contracts, target groups, availability.</summary>
    private static ulong KeyOf(in CandidateRecord r) =>
        r.MaxTravelKm | ((ulong)r.Readiness << 8) | ((ulong)r.Contracts << 16) | ((ulong)r.TargetGroups << 24) | ((ulong)r.AvailableDay << 32);

    /// <summary>The hard filters other than distance (<see cref="Scorer.Passes"/>) as bit tests on a packed key.</summary>
    private readonly struct KeyFilter(VacancyPlan plan)
    {
        private readonly int _readiness = 1 | (plan.Query.AcceptsReadyInTime ? 2 : 0);
        private readonly int _contracts = (int)plan.Query.Contract;
        private readonly int _reserved = (int)plan.Query.ReservedFor;
        private readonly ulong _startDay = (ulong)plan.StartDay;

        public bool Passes(ulong key) =>
            ((_readiness >> (int)((key >> 8) & 0xFF)) & 1) != 0
            && (_contracts == 0 || ((int)(key >> 16) & _contracts) != 0)
            && (_reserved == 0 || ((int)(key >> 24) & _reserved) != 0)
            && (_startDay == 0 || ((key >> 32) & 0xFFFF) <= _startDay);
    }

    /// <summary>
    /// The candidates of one PC4 area, grouped by travel band: band b holds records [BandEnd[b-1], BandEnd[b]).
    /// </summary>
    private sealed class Bucket(int capacity, int skillCapacity)
    {
        public CandidateRecord[] Records = new CandidateRecord[Math.Max(1, capacity)];
        public ulong[] Keys = new ulong[Math.Max(1, capacity)];
        public ushort[] Skills = new ushort[Math.Max(1, skillCapacity)];
        public readonly int[] BandEnd = new int[BandEdges.Length];
        public int Count;
        public int SkillsUsed;
        public int SkillHoles;

        /// <summary>Inserts at the end of <paramref name="band"/>, moving the first record of each later band to its end.</summary>
        public int Insert(in CandidateRecord record, int band, Action<Guid, int> moved)
        {
            if (Count == Records.Length)
            {
                Array.Resize(ref Records, Math.Max(4, Records.Length + (Records.Length / 2)));
                Array.Resize(ref Keys, Records.Length);
            }

            var free = Count++;
            for (var b = BandEnd.Length - 1; b > band; b--)
            {
                var start = BandEnd[b - 1];
                if (start < free)
                {
                    Move(start, free, moved);
                    free = start;
                }

                BandEnd[b]++;
            }

            BandEnd[band]++;
            Records[free] = record;
            Keys[free] = KeyOf(record);
            return free;
        }

        /// <summary>Removes record <paramref name="index"/> of <paramref name="band"/>, moving the last record of each later band forward.</summary>
        public void RemoveAt(int index, int band, Action<Guid, int> moved)
        {
            SkillHoles += Records[index].PoolCount;
            var hole = index;
            for (var b = band; b < BandEnd.Length; b++)
            {
                // The hole is the first slot of band b now; its last record fills it (an empty band just shifts).
                var last = BandEnd[b] - 1;
                if (last != hole)
                {
                    Move(last, hole, moved);
                }

                hole = last;
                BandEnd[b]--;
            }

            Count--;
            Records[Count] = default;
            Keys[Count] = 0;
        }

        private void Move(int from, int to, Action<Guid, int> moved)
        {
            Records[to] = Records[from];
            Keys[to] = Keys[from];
            moved(Records[to].Id, to);
        }

        public int AppendSkills(ushort[] skills)
        {
            if (SkillsUsed + skills.Length > Skills.Length)
            {
                Compact();
                if (SkillsUsed + skills.Length > Skills.Length)
                {
                    Array.Resize(ref Skills, Math.Max(SkillsUsed + skills.Length, Skills.Length + (Skills.Length / 2)));
                }
            }

            skills.CopyTo(Skills, SkillsUsed);
            var offset = SkillsUsed;
            SkillsUsed += skills.Length;
            return offset;
        }

        /// <summary>Rewrites the skill pool without the holes removed candidates left.</summary>
        private void Compact()
        {
            if (SkillHoles == 0)
            {
                return;
            }

            var fresh = new ushort[Math.Max(1, SkillsUsed - SkillHoles + 16)];
            var used = 0;
            for (var i = 0; i < Count; i++)
            {
                ref var r = ref Records[i];
                Array.Copy(Skills, r.SkillOffset, fresh, used, r.PoolCount);
                r.SkillOffset = used;
                used += r.PoolCount;
            }

            Skills = fresh;
            SkillsUsed = used;
            SkillHoles = 0;
        }
    }
}
