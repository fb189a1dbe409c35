namespace Werkbrug.Matching.Engine;

/// <summary>
/// The regional (or national) pool of candidates, kept in memory for vacancy → candidates searches.
/// <para>
/// Layout: one bucket per PC4 area; a bucket holds its candidates as contiguous 44-byte records plus a pool of 2-byte
/// skill ids. A search visits only the areas within reach (the vacancy's maximum and the largest maximum of anyone
/// living there), streams their records through the hard filters, scores the survivors with table look-ups from the
/// compiled vacancy, skips the skill arithmetic when even a perfect skill score could not enter the top K, and keeps
/// a top-K heap ordered by score, then candidate id (deterministic ties). Breakdowns and explanations are made for
/// the K results only.
/// </para>
/// <para>
/// Updates: <see cref="Upsert"/> and <see cref="Remove"/> change one candidate in microseconds (append or swap-remove
/// inside the bucket); searches and updates may run concurrently (reader–writer lock).
/// </para>
/// </summary>
public sealed class CandidateIndex : IDisposable
{
    private readonly MatchOptions _options;
    private readonly Bucket?[] _buckets = new Bucket?[10000];
    private readonly Dictionary<Guid, long> _where = [];
    private readonly Dictionary<Guid, ushort> _organisationIndex = [];
    private readonly List<Guid> _organisations = [];
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);

    public CandidateIndex(MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
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
            var pc4 = options.Postcodes.IsKnown(p.Pc4) ? p.Pc4 : 0;
            if (!grouped.TryGetValue(pc4, out var list))
            {
                grouped[pc4] = list = [];
            }

            list.Add(p);
        }

        index._where.EnsureCapacity(grouped.Values.Sum(l => l.Count));
        foreach (var (pc4, list) in grouped)
        {
            var bucket = index._buckets[pc4] = new Bucket(list.Count, list.Sum(p => p.Skills.Count));
            foreach (var p in list)
            {
                if (index._where.ContainsKey(p.Id))
                {
                    index.RemoveUnlocked(p.Id);
                }

                index.Append(bucket, pc4, p);
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
            var pc4 = _options.Postcodes.IsKnown(profile.Pc4) ? profile.Pc4 : 0;
            var bucket = _buckets[pc4] ??= new Bucket(4, 32);
            Append(bucket, pc4, profile);
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
    /// <paramref name="viewerOrganisationId"/> decides which results show the real candidate id.
    /// </summary>
    public CandidateResults FindCandidates(VacancyQuery vacancy, int top = 50, Guid? viewerOrganisationId = null)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var plan = VacancyPlan.Compile(vacancy, _options.Taxonomy, _options.Weights.For(vacancy.Region), dense: true);
        var map = _options.Postcodes;
        var heap = new TopK(top);
        var eligible = 0;
        Span<short> best = stackalloc short[VacancyPlan.MaxSkillSlots];
        _lock.EnterReadLock();
        try
        {
            if (!map.IsKnown(vacancy.Pc4))
            {
                return new CandidateResults([], 0);
            }

            var vacancyLimit = vacancy.MaxDistanceKm ?? int.MaxValue;
            var skillMax = plan.SkillMax;
            foreach (var pc4 in map.Known)
            {
                var bucket = _buckets[pc4];
                if (bucket is null || bucket.Count == 0)
                {
                    continue;
                }

                var limit = Math.Min(vacancyLimit, bucket.MaxTravelKm);
                if (map.LatitudeGapKm(vacancy.Pc4, pc4) > limit)
                {
                    continue;
                }

                var d = map.DistanceKm(vacancy.Pc4, pc4);
                if (d > limit)
                {
                    continue;
                }

                var records = bucket.Records;
                var pool = bucket.Skills;
                for (var i = 0; i < bucket.Count; i++)
                {
                    ref readonly var r = ref records[i];
                    if (d > r.MaxTravelKm || !Scorer.Passes(r, plan))
                    {
                        continue;
                    }

                    eligible++;
                    var score = Scorer.ScoreWithoutSkills(r, plan);
                    if (heap.IsFull && score + skillMax < heap.MinScore)
                    {
                        continue;
                    }

                    score += Scorer.ScoreSkillsDense(r, pool.AsSpan(r.SkillOffset, r.SkillCount), plan, best);
                    heap.Offer(score, r.Id, pc4, i, d);
                }
            }

            return new CandidateResults(Explain(plan, heap.Sorted(), viewerOrganisationId), eligible);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The stored record of one candidate as a profile-like view, for candidate → vacancies searches by id.</summary>
    internal bool TryGet(Guid candidateId, out CandidateRecord record, out ushort[] skills, out int pc4)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_where.TryGetValue(candidateId, out var at))
            {
                record = default;
                skills = [];
                pc4 = 0;
                return false;
            }

            pc4 = (int)(at >> 32);
            var bucket = _buckets[pc4]!;
            record = bucket.Records[(int)at];
            skills = bucket.Skills.AsSpan(record.SkillOffset, record.SkillCount).ToArray();
            return true;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Bytes held by the index structures (records, skill pools, id map), excluding the taxonomy.</summary>
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
                    bytes += 64 + (b.Records.LongLength * System.Runtime.CompilerServices.Unsafe.SizeOf<CandidateRecord>()) + (b.Skills.LongLength * 2) + 48;
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

    private List<CandidateMatch> Explain(VacancyPlan plan, List<TopK.Item> items, Guid? viewer)
    {
        var results = new List<CandidateMatch>(items.Count);
        foreach (var item in items)
        {
            var bucket = _buckets[item.Pc4]!;
            ref readonly var r = ref bucket.Records[item.Index];
            var owner = _organisations[r.Organisation];
            var context = new BridgeContext(plan.Query, r.Id, owner);
            var (breakdown, explanation, gaps) = Explainer.Explain(plan, _options.Taxonomy, r, bucket.Skills.AsSpan(r.SkillOffset, r.SkillCount),
                item.Distance, item.Score, _options.BridgeProviders, context);
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
            || p.ExperienceYears is < 0 or > 255 || p.Skills.Count > 255)
        {
            throw new ArgumentException("Travel 0–255 km, hours 0–168, experience 0–255 years and at most 255 skills.", nameof(p));
        }

        if (p.Occupation is { } o && o.Value >= options.Taxonomy.Occupations.Count || p.Skills.Any(s => s.Value >= options.Taxonomy.Skills.Count))
        {
            throw new ArgumentException("The occupation or a skill is not in the taxonomy.", nameof(p));
        }
    }

    private void Append(Bucket bucket, int pc4, CandidateProfile p)
    {
        if (!_organisationIndex.TryGetValue(p.OwnerOrganisationId, out var org))
        {
            org = (ushort)_organisations.Count;
            _organisationIndex[p.OwnerOrganisationId] = org;
            _organisations.Add(p.OwnerOrganisationId);
        }

        var skills = p.Skills.Select(s => s.Value).Distinct().ToArray();
        var record = new CandidateRecord
        {
            Id = p.Id,
            SkillOffset = bucket.AppendSkills(skills),
            SkillCount = (byte)skills.Length,
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
        var index = bucket.Append(record);
        _where[p.Id] = ((long)pc4 << 32) | (uint)index;
    }

    private bool RemoveUnlocked(Guid id)
    {
        if (!_where.Remove(id, out var at))
        {
            return false;
        }

        var bucket = _buckets[(int)(at >> 32)]!;
        var moved = bucket.RemoveAt((int)at);
        if (moved is { } movedId)
        {
            _where[movedId] = (at & ~0xFFFFFFFFL) | (uint)(int)at;
        }

        return true;
    }

    /// <summary>The candidates of one PC4 area.</summary>
    private sealed class Bucket(int capacity, int skillCapacity)
    {
        public CandidateRecord[] Records = new CandidateRecord[Math.Max(1, capacity)];
        public ushort[] Skills = new ushort[Math.Max(1, skillCapacity)];
        public int Count;
        public int SkillsUsed;
        public int SkillHoles;

        /// <summary>An upper bound of the candidates' maximum travel distance (not lowered on removal).</summary>
        public int MaxTravelKm;

        public int Append(in CandidateRecord record)
        {
            if (Count == Records.Length)
            {
                Array.Resize(ref Records, Math.Max(4, Records.Length + (Records.Length / 2)));
            }

            Records[Count] = record;
            MaxTravelKm = Math.Max(MaxTravelKm, record.MaxTravelKm);
            return Count++;
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

        /// <summary>Swap-removes record <paramref name="index"/>; returns the id of the record that moved into its place.</summary>
        public Guid? RemoveAt(int index)
        {
            SkillHoles += Records[index].SkillCount;
            Count--;
            Guid? moved = null;
            if (index != Count)
            {
                Records[index] = Records[Count];
                moved = Records[index].Id;
            }

            Records[Count] = default;
            return moved;
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
                Array.Copy(Skills, r.SkillOffset, fresh, used, r.SkillCount);
                r.SkillOffset = used;
                used += r.SkillCount;
            }

            Skills = fresh;
            SkillsUsed = used;
            SkillHoles = 0;
        }
    }
}
