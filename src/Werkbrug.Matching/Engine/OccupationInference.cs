using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// Beroep afgeleid uit vaardigheden: for a candidate with neither a worked nor a desired occupation, the occupations
/// (at most <see cref="MaxInferred"/>) their listed skills point to. A naive Bayes estimate in whole numbers
/// (thousandths of a natural logarithm): a person lists each essential skill of their occupation with a chance of
/// 0.45, each optional skill with 0.15, and any other skill with 2 in the number of skills of the taxonomy; how common an
/// occupation is among the pool's candidates who have one is the prior. Per occupation that has essential skills and
/// shares at least one listed skill:
/// <list type="bullet">
/// <item>+ <see cref="ListedEssential"/> per listed skill the occupation lists as essential,</item>
/// <item>+ <see cref="ListedOptional"/> per listed skill it lists as optional,</item>
/// <item>− <see cref="MissingEssential"/> per essential skill of the occupation the candidate does not list,</item>
/// <item>+ 1000 × ln(candidates with the occupation + 1) − 1000 × ln(candidates with any occupation + number of occupations).</item>
/// </list>
/// The highest scores win, ties to the lower occupation id. Counts change as candidates come and go; a candidate's
/// inference is made with the counts at the time it is indexed (see ADR 0048).
/// </summary>
public sealed class OccupationInference
{
    public const int MaxInferred = 3;

    // Per-thread scratch of Infer: score and listed essential skills per occupation, and the occupations touched.
    [ThreadStatic]
    private static int[]? t_scratch;

    [ThreadStatic]
    private static List<ushort>? t_touched;

    private readonly SkillTaxonomy _taxonomy;
    private readonly int[] _counts;

    /// <summary>1000 × ln(count + 1) per occupation, rounded, kept with the counts.</summary>
    private readonly int[] _logCounts;
    private int _total;

    public OccupationInference(SkillTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
        _counts = new int[taxonomy.Occupations.Count];
        _logCounts = new int[_counts.Length];
        var other = Math.Log(2.0 / Math.Max(2, taxonomy.Skills.Count));
        ListedEssential = Thousandths(Math.Log(0.45) - other);
        ListedOptional = Thousandths(Math.Log(0.15) - other);
        MissingEssential = -Thousandths(Math.Log(0.55));
    }

    /// <summary>An inference whose prior counts the recorded occupations of <paramref name="pool"/>.</summary>
    public static OccupationInference Counting(SkillTaxonomy taxonomy, IEnumerable<CandidateProfile> pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var inference = new OccupationInference(taxonomy);
        foreach (var p in pool)
        {
            inference.Add(p.Occupation);
        }

        return inference;
    }

    /// <summary>Score for a listed skill the occupation holds essential: 1000 × ln(0.45 / (2 / skills in the taxonomy)).</summary>
    public int ListedEssential { get; }

    /// <summary>Score for a listed skill the occupation holds optional: 1000 × ln(0.15 / (2 / skills in the taxonomy)).</summary>
    public int ListedOptional { get; }

    /// <summary>Penalty per essential skill not listed: 1000 × −ln(0.55).</summary>
    public int MissingEssential { get; }

    /// <summary>Whether a profile gets inferred occupations: it records neither a worked nor a desired occupation.</summary>
    public static bool Applies(CandidateProfile p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Occupation is null && p.DesiredOccupations.Count == 0;
    }

    /// <summary>Counts a candidate's recorded occupation into the prior (nothing when it has none).</summary>
    public void Add(OccupationId? occupation) => Change(occupation, 1);

    public void Remove(OccupationId? occupation) => Change(occupation, -1);

    /// <summary>
    /// The prior of <paramref name="occupation"/>: 1000 × ln(candidates recording it + 1) − 1000 × ln(candidates recording any
    /// + occupations), each rounded.
    /// </summary>
    public int Prior(OccupationId occupation) => _logCounts[occupation.Value] - Thousandths(Math.Log(_total + _counts.Length));

    /// <summary>The occupations inferred for <paramref name="p"/>: none when it records a worked or desired occupation.</summary>
    public IReadOnlyList<OccupationId> For(CandidateProfile p) =>
        Applies(p) ? [.. Infer(CandidateIndex.DistinctSkills(p.Skills)).Select(o => new OccupationId(o))] : [];

    /// <summary>The occupations <paramref name="skills"/> (distinct) point to, best first; empty when no occupation shares one.</summary>
    public ushort[] Infer(ReadOnlySpan<ushort> skills)
    {
        if (skills.IsEmpty)
        {
            return [];
        }

        var n = _counts.Length;
        var scratch = t_scratch is { } t && t.Length == 2 * n ? t : t_scratch = new int[2 * n];
        var touched = t_touched ??= [];
        touched.Clear();
        try
        {
            Tally(skills, scratch, touched, n);
            return Best(scratch, touched, n);
        }
        finally
        {
            // The scratch is left clean, whatever happened.
            foreach (var o in touched)
            {
                scratch[o] = 0;
                scratch[n + o] = 0;
            }
        }
    }

    /// <summary>Adds each listed skill's evidence to the occupations that hold it.</summary>
    private void Tally(ReadOnlySpan<ushort> skills, int[] scratch, List<ushort> touched, int n)
    {
        foreach (var s in skills)
        {
            if (s >= _taxonomy.Skills.Count)
            {
                throw new ArgumentException("A skill is not in the taxonomy.", nameof(skills));
            }

            var skill = new SkillId(s);
            var essential = _taxonomy.EssentialFor(skill);
            for (var i = 0; i < essential.Count; i++)
            {
                var o = essential[i].Value;
                Touch(scratch, touched, o, n);
                scratch[o] += ListedEssential;
                scratch[n + o]++;
            }

            var optional = _taxonomy.OptionalFor(skill);
            for (var i = 0; i < optional.Count; i++)
            {
                var o = optional[i].Value;
                Touch(scratch, touched, o, n);
                scratch[o] += ListedOptional;
            }
        }

    }

    /// <summary>The best <see cref="MaxInferred"/> of the touched occupations that have essential skills, with misses and prior.</summary>
    private ushort[] Best(int[] scratch, List<ushort> touched, int n)
    {
        var denominator = Thousandths(Math.Log(_total + n));
        Span<(int Score, ushort Id)> best = stackalloc (int, ushort)[MaxInferred];
        var count = 0;
        foreach (var id in touched)
        {
            var (score, listed) = (scratch[id], scratch[n + id] & int.MaxValue);
            var occupation = _taxonomy[new OccupationId(id)];
            if (occupation.EssentialSkills.Count == 0)
            {
                continue;
            }

            var total = score - (MissingEssential * (occupation.EssentialSkills.Count - listed)) + _logCounts[id] - denominator;
            var at = count;
            while (at > 0 && Better(total, id, best[at - 1]))
            {
                at--;
            }

            if (at >= MaxInferred)
            {
                continue;
            }

            for (var i = Math.Min(count, MaxInferred - 1); i > at; i--)
            {
                best[i] = best[i - 1];
            }

            best[at] = (total, id);
            count = Math.Min(count + 1, MaxInferred);
        }

        var result = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = best[i].Id;
        }

        return result;
    }

    /// <summary>Marks occupation <paramref name="o"/> touched once (the sign bit of its listed-essential count).</summary>
    private static void Touch(int[] scratch, List<ushort> touched, ushort o, int n)
    {
        if (scratch[n + o] >= 0)
        {
            scratch[n + o] |= int.MinValue;
            touched.Add(o);
        }
    }

    private static bool Better(int score, ushort id, (int Score, ushort Id) other) => score > other.Score || (score == other.Score && id < other.Id);

    private static int Thousandths(double value) => (int)Math.Round(value * 1000);

    private void Change(OccupationId? occupation, int by)
    {
        if (occupation is { } o)
        {
            _counts[o.Value] += by;
            _logCounts[o.Value] = Thousandths(Math.Log(_counts[o.Value] + 1.0));
            _total += by;
        }
    }
}
