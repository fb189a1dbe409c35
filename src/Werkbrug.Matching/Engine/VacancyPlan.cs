using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>One way a held skill (or the candidate's occupation) earns credit for a wanted skill slot.</summary>
internal readonly record struct SkillEntry(byte Slot, short Credit);

/// <summary>
/// A vacancy compiled for scoring: the wanted skills expanded through the hierarchy and the occupation–skill relations
/// into sorted lookup tables, the weights of the criteria that apply, per-level credit tables, and an occupation
/// similarity per occupation. Compiling costs well under a millisecond; scoring a candidate is then table look-ups.
/// </summary>
internal sealed class VacancyPlan
{
    public const int MaxSkillSlots = 64;

    private VacancyPlan(VacancyQuery query)
    {
        Query = query;
    }

    public VacancyQuery Query { get; }

    public int RequiredCount { get; private set; }

    public int NiceCount { get; private set; }

    public SkillId[] Slots { get; private set; } = [];

    /// <summary>Held skill → entries, sorted by skill id (sparse form; <see cref="Densify"/> gives the dense one).</summary>
    public ushort[] SkillKeys { get; private set; } = [];

    public int[] SkillStarts { get; private set; } = [];

    public SkillEntry[] SkillEntries { get; private set; } = [];

    /// <summary>Occupations whose relations give credit, sorted, with their entries (sparse form).</summary>
    public ushort[] OccupationKeys { get; private set; } = [];

    public int[] OccupationStarts { get; private set; } = [];

    public SkillEntry[] OccupationEntries { get; private set; } = [];

    /// <summary>Occupations with a similarity above zero to the vacancy's, sorted, and their similarity.</summary>
    public ushort[] SimilarKeys { get; private set; } = [];

    public short[] SimilarValues { get; private set; } = [];

    /// <summary>Dense forms over every skill and occupation id, present when compiled for scanning many candidates.</summary>
    public int[]? DenseSkillStarts { get; private set; }

    public int[]? DenseOccupationStarts { get; private set; }

    public short[]? DenseSimilarity { get; private set; }

    public int WRequired { get; private set; }

    public int WNice { get; private set; }

    public int WOccupation { get; private set; }

    public int WCompetences { get; private set; }

    public int WHours { get; private set; }

    public int WEducation { get; private set; }

    public int WLanguage { get; private set; }

    public int WLicence { get; private set; }

    public int WExperience { get; private set; }

    public int WTasks { get; private set; }

    /// <summary>Sum of weight × 1000 over the criteria that apply: the score of a perfect candidate.</summary>
    public int MaxScore { get; private set; }

    /// <summary>The most the two skill criteria can add.</summary>
    public int SkillMax => (WRequired + WNice) * Rules.Full;

    public int StartDay { get; private set; }

    public int[] EducationCredit { get; } = new int[16];

    public int[] LanguageCredit { get; } = new int[16];

    public int[] ExperienceCredit { get; } = new int[256];

    /// <summary>Requested competences as (bit shift, required mastery) pairs.</summary>
    public (int Shift, int Required)[] Competences { get; private set; } = [];

    public FunctionalIndicators[] TaskDemands { get; private set; } = [];

    /// <summary>Compiles a vacancy; <paramref name="dense"/> adds look-up arrays over every id (for a scan of many candidates).</summary>
    public static VacancyPlan Compile(VacancyQuery q, SkillTaxonomy taxonomy, MatchWeights weights, bool dense)
    {
        ArgumentNullException.ThrowIfNull(q);
        var plan = new VacancyPlan(q);
        var required = q.RequiredSkills.Distinct().ToArray();
        var nice = q.NiceToHaveSkills.Distinct().Where(s => !required.Contains(s)).ToArray();
        if (required.Length + nice.Length > MaxSkillSlots)
        {
            throw new ArgumentException($"A vacancy asks for at most {MaxSkillSlots} skills.", nameof(q));
        }

        plan.RequiredCount = required.Length;
        plan.NiceCount = nice.Length;
        plan.Slots = [.. required, .. nice];
        plan.CompileSkills(taxonomy);
        plan.CompileOccupations(taxonomy, q.Occupation);

        int W(int weight, bool applies) => applies ? weight : 0;
        plan.WRequired = W(weights.RequiredSkills, required.Length > 0);
        plan.WNice = W(weights.NiceToHaveSkills, nice.Length > 0);
        plan.WOccupation = W(weights.Occupation, q.Occupation is not null);
        plan.WCompetences = W(weights.Competences, q.Competences.Any(c => c.Mastery > 0));
        plan.WHours = W(weights.Hours, q.HoursPerWeek > 0);
        plan.WEducation = W(weights.Education, q.MinEducation > EducationLevel.None);
        plan.WLanguage = W(weights.Language, q.MinDutch > LanguageLevel.None);
        plan.WLicence = W(weights.DrivingLicence, q.RequiredLicences != DrivingLicences.None);
        plan.WExperience = W(weights.Experience, q.MinExperienceYears > 0);
        plan.WTasks = W(weights.Tasks, q.Tasks.Count > 0);
        plan.MaxScore = Rules.Full * (plan.WRequired + plan.WNice + plan.WOccupation + plan.WCompetences + plan.WHours
            + plan.WEducation + plan.WLanguage + plan.WLicence + plan.WExperience + plan.WTasks);

        plan.StartDay = q.StartDate == default ? 0 : Rules.Day(q.StartDate);
        for (var i = 0; i < 16; i++)
        {
            plan.EducationCredit[i] = Rules.LevelCredit(i, (int)q.MinEducation);
            plan.LanguageCredit[i] = Rules.LevelCredit(i, (int)q.MinDutch);
        }

        for (var i = 0; i < 256; i++)
        {
            plan.ExperienceCredit[i] = Rules.ExperienceCredit(i, q.MinExperienceYears);
        }

        plan.Competences = q.Competences.Where(c => c.Mastery > 0)
            .GroupBy(c => c.Competence).Select(g => (2 * (int)g.Key, Math.Min(3, g.Max(c => c.Mastery)))).ToArray();
        plan.TaskDemands = q.Tasks.Select(t => t.Demands).ToArray();
        if (dense)
        {
            plan.Densify(taxonomy.Skills.Count, taxonomy.Occupations.Count);
        }

        return plan;
    }

    private void CompileSkills(SkillTaxonomy taxonomy)
    {
        var best = new Dictionary<(ushort Held, byte Slot), short>();
        void Offer(SkillId held, int slot, int credit)
        {
            var key = (held.Value, (byte)slot);
            if (!best.TryGetValue(key, out var c) || c < credit)
            {
                best[key] = (short)credit;
            }
        }

        for (var slot = 0; slot < Slots.Length; slot++)
        {
            var r = taxonomy[Slots[slot]];
            Offer(r.Id, slot, Rules.ExactSkill);
            foreach (var b in r.Broader)
            {
                Offer(b, slot, Rules.BroaderOrNarrower);
                foreach (var sibling in taxonomy[b].Narrower.Where(s => s != r.Id))
                {
                    Offer(sibling, slot, Rules.Sibling);
                }
            }

            foreach (var n in r.Narrower)
            {
                Offer(n, slot, Rules.BroaderOrNarrower);
            }
        }

        var grouped = best.GroupBy(kv => kv.Key.Held).OrderBy(g => g.Key).ToArray();
        SkillKeys = grouped.Select(g => g.Key).ToArray();
        SkillStarts = new int[grouped.Length + 1];
        var entries = new List<SkillEntry>();
        for (var i = 0; i < grouped.Length; i++)
        {
            SkillStarts[i] = entries.Count;
            entries.AddRange(grouped[i].OrderBy(kv => kv.Key.Slot).Select(kv => new SkillEntry(kv.Key.Slot, kv.Value)));
        }

        SkillStarts[grouped.Length] = entries.Count;
        SkillEntries = entries.ToArray();
    }

    private void CompileOccupations(SkillTaxonomy taxonomy, OccupationId? occupation)
    {
        var count = taxonomy.Occupations.Count;
        var lists = new Dictionary<ushort, List<SkillEntry>>();
        for (var slot = 0; slot < Slots.Length; slot++)
        {
            foreach (var o in taxonomy.EssentialFor(Slots[slot]))
            {
                Add(o, new SkillEntry((byte)slot, Rules.EssentialInOccupation));
            }

            foreach (var o in taxonomy.OptionalFor(Slots[slot]))
            {
                Add(o, new SkillEntry((byte)slot, Rules.OptionalInOccupation));
            }
        }

        var keys = lists.Keys.Order().ToArray();
        OccupationKeys = keys;
        OccupationStarts = new int[keys.Length + 1];
        var entries = new List<SkillEntry>();
        for (var i = 0; i < keys.Length; i++)
        {
            OccupationStarts[i] = entries.Count;
            entries.AddRange(lists[keys[i]]);
        }

        OccupationStarts[keys.Length] = entries.Count;
        OccupationEntries = entries.ToArray();

        if (occupation is { } v)
        {
            // Only occupations sharing a basis skill or the ISCO minor group can be similar at all.
            var vo = taxonomy[v];
            var basis = vo.EssentialSkills.Count > 0 ? vo.EssentialSkills : vo.OptionalSkills;
            var candidates = new HashSet<ushort> { v.Value };
            foreach (var s in basis)
            {
                candidates.UnionWith(taxonomy.EssentialFor(s).Select(o => o.Value));
                candidates.UnionWith(taxonomy.OptionalFor(s).Select(o => o.Value));
            }

            if (vo.IscoGroup is { Length: 4 } isco)
            {
                candidates.UnionWith(taxonomy.InIscoMinorGroup(isco[..3]).Select(o => o.Value));
            }

            // Rules.OccupationSimilarity, computed from a basis bitmap instead of list look-ups.
            var inBasis = new bool[taxonomy.Skills.Count];
            foreach (var s in basis)
            {
                inBasis[s.Value] = true;
            }

            var similar = new List<(ushort, short)>();
            foreach (var o in candidates.Order())
            {
                var sim = o == v.Value ? Rules.Full : FastSimilarity(vo, taxonomy[new OccupationId(o)], inBasis, basis.Count);
                if (sim > 0)
                {
                    similar.Add((o, (short)sim));
                }
            }

            SimilarKeys = similar.Select(x => x.Item1).ToArray();
            SimilarValues = similar.Select(x => x.Item2).ToArray();
        }

        void Add(OccupationId o, SkillEntry e)
        {
            if (!lists.TryGetValue(o.Value, out var l))
            {
                lists[o.Value] = l = [];
            }

            l.Add(e);
        }
    }

    private static int FastSimilarity(Occupation v, Occupation c, bool[] inBasis, int basisCount)
    {
        var coverage = 0;
        if (basisCount > 0)
        {
            var halves = 0;
            foreach (var s in c.EssentialSkills)
            {
                halves += inBasis[s.Value] ? 2 : 0;
            }

            foreach (var s in c.OptionalSkills)
            {
                halves += inBasis[s.Value] ? 1 : 0;
            }

            coverage = halves * 450 / basisCount;
        }

        var isco = 0;
        if (v.IscoGroup is { Length: 4 } a && c.IscoGroup is { Length: 4 } b)
        {
            isco = a == b ? 500 : a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3)) ? 300 : 0;
        }

        return Math.Max(coverage, isco);
    }

    private void Densify(int skillCount, int occupationCount)
    {
        DenseSkillStarts = Csr(SkillKeys, SkillStarts, skillCount);
        DenseOccupationStarts = Csr(OccupationKeys, OccupationStarts, occupationCount);
        DenseSimilarity = new short[occupationCount];
        for (var i = 0; i < SimilarKeys.Length; i++)
        {
            DenseSimilarity[SimilarKeys[i]] = SimilarValues[i];
        }
    }

    /// <summary>A sparse keyed table as a dense CSR over ids 0..count-1 (entries of id k: starts[k]..starts[k+1]).</summary>
    private static int[] Csr(ushort[] keys, int[] starts, int count)
    {
        var dense = new int[count + 1];
        var k = 0;
        for (var id = 0; id <= count; id++)
        {
            while (k < keys.Length && keys[k] < id)
            {
                k++;
            }

            dense[id] = starts[k];
        }

        return dense;
    }

    /// <summary>Entries for a held skill.</summary>
    public ReadOnlySpan<SkillEntry> EntriesFor(ushort held)
    {
        if (DenseSkillStarts is { } d)
        {
            return SkillEntries.AsSpan(d[held], d[held + 1] - d[held]);
        }

        var i = Array.BinarySearch(SkillKeys, held);
        return i < 0 ? default : SkillEntries.AsSpan(SkillStarts[i], SkillStarts[i + 1] - SkillStarts[i]);
    }

    /// <summary>Entries the candidate's occupation earns through the occupation–skill relations.</summary>
    public ReadOnlySpan<SkillEntry> OccupationEntriesFor(ushort occupation)
    {
        if (DenseOccupationStarts is { } d)
        {
            return OccupationEntries.AsSpan(d[occupation], d[occupation + 1] - d[occupation]);
        }

        var i = Array.BinarySearch(OccupationKeys, occupation);
        return i < 0 ? default : OccupationEntries.AsSpan(OccupationStarts[i], OccupationStarts[i + 1] - OccupationStarts[i]);
    }

    /// <summary>Similarity of an occupation to the vacancy's (0 when the vacancy names none).</summary>
    public int SimilarityTo(ushort occupation)
    {
        if (DenseSimilarity is { } d)
        {
            return d[occupation];
        }

        var i = Array.BinarySearch(SimilarKeys, occupation);
        return i < 0 ? 0 : SimilarValues[i];
    }
}
