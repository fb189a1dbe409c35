using System.Diagnostics;
using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>quality</c>: match quality judged independently of the engine's rules (see <see cref="QualityWorld"/> and
/// bench/README.md). For each vacancy every candidate in the pool gets a hidden gain (0–3); the engine and two simple
/// baselines rank on the recorded (noisy) inputs: "title + required skills held" and BM25 over titles and skill labels
/// (its parameters tuned on separate vacancies; the engine's weights are tuned on the same ones, and the defaults reported
/// beside them). nDCG@20 with gains 2^g − 1 against the ideal over the whole pool;
/// strict recall@50 over the candidates of gain ≥ 2. Then the title lookup on Dutch titles with 25% typos.
/// </summary>
internal static class QualityVerb
{
    private const int Top = 50;

    private static readonly double[] K1Grid = [0.5, 0.9, 1.2, 1.6, 2.0];
    private static readonly double[] BGrid = [0.25, 0.5, 0.75, 0.9];
    private static readonly double[] GramGrid = [0.0, 0.3, 0.6, 1.0];

    // The engine's weight grid; each list gains the default weight.
    private static readonly int[] RequiredGrid = [10, 20, 50];
    private static readonly int[] NiceGrid = [0];
    private static readonly int[] OccupationGrid = [35, 50, 70];
    private static readonly int[] LevelGrid = [15, 30];
    private static readonly double[] SoftGrid = [0.0, 0.5, 1.0];

    public static int Run(Options o)
    {
        var seed = o.Seed ?? 7;
        var taxonomy = SharedData.LoadEsco();
        var postcodes = SharedData.LoadPostcodes();
        var truth = new OccupationTruth(taxonomy);
        var lookup = new TaxonomyLookup(taxonomy);
        var world = new QualityWorld(taxonomy, truth, lookup, postcodes, seed);
        var pool = Enumerable.Range(0, o.Profiles ?? 100_000).Select(_ => world.Candidate()).ToList();
        var tuning = Enumerable.Range(0, Math.Max(20, (o.Queries ?? 200) / 4)).Select(_ => world.Vacancy()).ToList();
        var vacancies = Enumerable.Range(0, o.Queries ?? 200).Select(_ => world.Vacancy()).ToList();
        Console.WriteLine($"quality: {pool.Count} candidates, {vacancies.Count} vacancies (+{tuning.Count} to tune BM25 and the engine's weights); {truth.Links} ESCO occupation links judge relevance");
        Console.WriteLine($"inputs: {pool.Count(c => c.TypedTitle is null) * 100.0 / pool.Count:0}% of candidates without a title, {pool.Count(c => c.Recorded.Occupation is null) * 100.0 / pool.Count:0}% without a recorded occupation, "
            + $"{pool.Count(c => c.Recorded.Occupation is { } r && r != c.TrueOccupation) * 100.0 / pool.Count:0}% recorded with another than their true occupation; "
            + $"{vacancies.Count(v => v.Recorded.Occupation is null) * 100.0 / vacancies.Count:0}% of vacancies without an occupation");

        // The engine's weights are tuned the way BM25's parameters are: a grid, judged on the tuning vacancies only. Each
        // setting is a "region" of its own in one index, so every setting searches the same index.
        var settings = WeightGrid().ToArray();
        var byRegion = settings.Select((w, i) => (Key: $"W{i}", w)).ToDictionary(x => x.Key, x => x.w);
        using var index = CandidateIndex.Build(
            new MatchOptions(taxonomy, postcodes, "werkbrug-benchmark-key"u8.ToArray()) { Weights = new RegionalWeights(MatchWeights.Default, byRegion) },
            pool.Select(c => c.Recorded));
        var reference = new ReferenceScorer(taxonomy, postcodes);
        var position = pool.Select((c, i) => (c.Recorded.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var bm25 = new Bm25(pool.Select(c => (c.TypedTitle, c.Recorded.Skills.Select(s => taxonomy[s].Label))).ToList());

        // Tune BM25 fairly: a grid on vacancies the report does not use.
        var grid = (from k1 in K1Grid
                    from b in BGrid
                    from boost in Bm25.Boosts
                    from g in GramGrid
                    select new Bm25.Parameters(k1, b, boost, g)).ToArray();
        var tuned = new Metric[grid.Length];
        for (var i = 0; i < tuned.Length; i++)
        {
            tuned[i] = new Metric();
        }

        var engineTuned = settings.Select(_ => new Metric()).ToArray();
        foreach (var v in tuning)
        {
            var gains = pool.Select(c => world.Gain(v, c)).ToArray();
            var eligible = Eligible(reference, v, pool);
            for (var i = 0; i < settings.Length; i++)
            {
                engineTuned[i].Add(Ranked(index, v.Recorded with { Region = $"W{i}" }, position), gains);
            }

            foreach (var boost in Bm25.Boosts)
            {
                var prepared = bm25.Prepare(v.TypedTitle, Wanted(taxonomy, v), eligible, boost);
                for (var i = 0; i < grid.Length; i++)
                {
                    if (grid[i].TitleBoost == boost)
                    {
                        tuned[i].Add(bm25.Rank(prepared, grid[i], Top), gains);
                    }
                }
            }
        }

        var best = Enumerable.Range(0, grid.Length).MaxBy(i => tuned[i].Ndcg);
        var parameters = grid[best];
        Console.WriteLine($"bm25: tuned on {tuning.Count} vacancies over {grid.Length} settings: k1={parameters.K1} b={parameters.B} title_boost={parameters.TitleBoost} gram_weight={parameters.GramWeight} (tuning nDCG@20 {tuned[best].Ndcg:0.000})");
        var bestWeights = Enumerable.Range(0, settings.Length).MaxBy(i => engineTuned[i].Ndcg);
        var defaultSetting = Array.IndexOf(settings, MatchWeights.Default);
        Console.WriteLine($"engine weights: tuned on the same {tuning.Count} vacancies over {settings.Length} settings: {Describe(settings[bestWeights])} (tuning nDCG@20 {engineTuned[bestWeights].Ndcg:0.000}; the defaults {engineTuned[defaultSetting].Ndcg:0.000})");

        var engine = new Metric();
        var engineDefault = new Metric();
        var titleSkills = new Metric();
        var text = new Metric();
        var engineNoFilters = 0.0;
        foreach (var v in vacancies)
        {
            var gains = pool.Select(c => world.Gain(v, c)).ToArray();
            var eligible = Eligible(reference, v, pool);
            engineNoFilters += !gains.Any(g => g >= 2) ? 0 : (double)eligible.Count(i => gains[i] >= 2) / gains.Count(g => g >= 2);
            engine.Add(Ranked(index, v.Recorded with { Region = $"W{bestWeights}" }, position), gains);
            engineDefault.Add(Ranked(index, v.Recorded, position), gains);
            titleSkills.Add(TitleAndSkills(v.Recorded, pool, eligible), gains);
            text.Add(bm25.Rank(bm25.Prepare(v.TypedTitle, Wanted(taxonomy, v), eligible, parameters.TitleBoost), parameters, Top), gains);
        }

        var strongest = titleSkills.Ndcg >= text.Ndcg ? titleSkills : text;
        Console.WriteLine($"judged {engine.Count} vacancies with a strictly relevant candidate (gain ≥ 2); on average {engine.MeanStrict:0} strictly relevant each, "
            + $"{engineNoFilters / Math.Max(1, engine.Count) * 100:0.0}% of them pass the recorded hard filters (the ceiling for any system that applies them)");
        Console.WriteLine($"engine, tuned weights:   nDCG@20 {engine.Ndcg:0.000}  strict recall@50 {engine.Recall:0.000}");
        Console.WriteLine($"engine, default weights: nDCG@20 {engineDefault.Ndcg:0.000}  strict recall@50 {engineDefault.Recall:0.000}");
        Console.WriteLine($"title + skills held:  nDCG@20 {titleSkills.Ndcg:0.000}  strict recall@50 {titleSkills.Recall:0.000}");
        Console.WriteLine($"bm25 titles + skills: nDCG@20 {text.Ndcg:0.000}  strict recall@50 {text.Recall:0.000}");
        Console.WriteLine($"engine − strongest baseline ({(strongest == text ? "bm25" : "title + skills")}): nDCG@20 {engine.Ndcg - strongest.Ndcg:+0.000;-0.000}");

        var titles = Titles(taxonomy, lookup, world, o.Seed ?? 7);
        Console.WriteLine(FormattableString.Invariant(
            $"quality: ndcg20={engine.Ndcg:0.000} recall50={engine.Recall:0.000} baseline_ndcg20={strongest.Ndcg:0.000} baseline_recall50={strongest.Recall:0.000} title_correct={titles.Correct:0.000} title_wrong_silent={titles.WrongSilent:0.000} lookup_p50_ms={titles.P50Ms:0.000} default_weights_ndcg20={engineDefault.Ndcg:0.000} default_weights_recall50={engineDefault.Recall:0.000}"));
        return 0;
    }

    private static List<int> Ranked(CandidateIndex index, VacancyQuery q, Dictionary<Guid, int> position) =>
        index.FindCandidates(q, Top).Matches.Select(m => position[m.StableId]).ToList();

    /// <summary>
    /// The engine's weight grid: the skill and occupation weights, the two criteria this world's hidden model judges
    /// (licence, Dutch), and one factor over the soft criteria it does not judge (competences, hours, education,
    /// experience, tasks). The defaults are one of the settings.
    /// </summary>
    private static IEnumerable<MatchWeights> WeightGrid()
    {
        var d = MatchWeights.Default;
        var grid = from required in RequiredGrid.Append(d.RequiredSkills)
                   from nice in NiceGrid.Append(d.NiceToHaveSkills)
                   from occupation in OccupationGrid.Append(d.Occupation)
                   from language in LevelGrid.Append(d.Language)
                   from licence in LevelGrid.Append(d.DrivingLicence)
                   from soft in SoftGrid
                   select d with
                   {
                       RequiredSkills = required,
                       NiceToHaveSkills = nice,
                       Occupation = occupation,
                       Language = language,
                       DrivingLicence = licence,
                       Competences = (int)(d.Competences * soft),
                       Hours = (int)(d.Hours * soft),
                       Education = (int)(d.Education * soft),
                       Experience = (int)(d.Experience * soft),
                       Tasks = (int)(d.Tasks * soft),
                   };
        return grid.Distinct();
    }

    private static string Describe(MatchWeights w) =>
        $"required {w.RequiredSkills}, nice to have {w.NiceToHaveSkills}, occupation {w.Occupation}, competences {w.Competences}, hours {w.Hours}, "
        + $"education {w.Education}, Dutch {w.Language}, licence {w.DrivingLicence}, experience {w.Experience}, tasks {w.Tasks}";

    private static IEnumerable<string> Wanted(SkillTaxonomy taxonomy, JudgedVacancy v) =>
        v.Recorded.RequiredSkills.Concat(v.Recorded.NiceToHaveSkills).Select(s => taxonomy[s].Label);

    private static List<int> Eligible(ReferenceScorer reference, JudgedVacancy v, List<JudgedCandidate> pool)
    {
        var list = new List<int>();
        for (var i = 0; i < pool.Count; i++)
        {
            if (reference.Eligible(v.Recorded, pool[i].Recorded))
            {
                list.Add(i);
            }
        }

        return list;
    }

    /// <summary>The first baseline: same recorded occupation first, then by required skills held, then nice-to-have held.</summary>
    private static List<int> TitleAndSkills(VacancyQuery v, List<JudgedCandidate> pool, List<int> eligible)
    {
        var required = v.RequiredSkills.ToHashSet();
        var nice = v.NiceToHaveSkills.ToHashSet();
        return eligible
            .Select(i => (i, Title: v.Occupation is not null && pool[i].Recorded.Occupation == v.Occupation ? 1 : 0,
                Required: pool[i].Recorded.Skills.Count(required.Contains), Nice: pool[i].Recorded.Skills.Count(nice.Contains)))
            .OrderByDescending(x => x.Title).ThenByDescending(x => x.Required).ThenByDescending(x => x.Nice).ThenBy(x => x.i)
            .Take(Top).Select(x => x.i).ToList();
    }

    private sealed record TitleFigures(double Correct, double WrongSilent, double P50Ms);

    /// <summary>
    /// Dutch titles as typed (preferred or alternative label of a uniformly drawn occupation, 25% with one typo).
    /// Correct: resolved confidently to the intended occupation, or uncertain with it on the short list; wrong
    /// silently: resolved confidently to another occupation.
    /// </summary>
    private static TitleFigures Titles(SkillTaxonomy taxonomy, TaxonomyLookup lookup, QualityWorld world, int seed)
    {
        const int count = 2000;
        var cases = Enumerable.Range(0, count).Select(_ => world.AnyOccupation()).Select(occ => (occ, text: world.Title(occ))).ToArray();
        foreach (var (_, text) in cases.Take(200))
        {
            lookup.Resolve(text, ConceptKind.Occupation);
        }

        int confidentRight = 0, onList = 0, wrongSilent = 0, none = 0, top1 = 0;
        var ms = new double[count];
        for (var i = 0; i < count; i++)
        {
            var (occ, text) = cases[i];
            var start = Stopwatch.GetTimestamp();
            var r = lookup.Resolve(text, ConceptKind.Occupation);
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            top1 += r.Best?.Id == occ.Id.Value ? 1 : 0;
            if (r.Resolved is { } hit)
            {
                confidentRight += hit.Id == occ.Id.Value ? 1 : 0;
                wrongSilent += hit.Id == occ.Id.Value ? 0 : 1;
            }
            else if (r.Choices.Any(h => h.Id == occ.Id.Value))
            {
                onList++;
            }
            else
            {
                none++;
            }
        }

        var scanMs = new List<double>();
        foreach (var (_, text) in cases.Take(100))
        {
            var start = Stopwatch.GetTimestamp();
            lookup.FindByScan(text, 8, ConceptKind.Occupation);
            scanMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Array.Sort(ms);
        scanMs.Sort();
        var p50 = ms[count / 2];
        Console.WriteLine($"titles: {count} Dutch titles ({cases.Count(c => c.text != c.occ.LabelNl && !c.occ.AltLabelsNl.Contains(c.text))} with a typo) over {lookup.LabelCount} labels of {taxonomy.Occupations.Count} occupations and {taxonomy.Skills.Count} skills (seed {seed})");
        Console.WriteLine($"titles: confident and right {confidentRight * 100.0 / count:0.0}%, uncertain with the title on the short list {onList * 100.0 / count:0.0}%, "
            + $"confident and wrong {wrongSilent * 100.0 / count:0.00}%, not found {none * 100.0 / count:0.0}%; best hit right {top1 * 100.0 / count:0.0}%");
        Console.WriteLine($"titles: lookup p50 {p50:0.000} ms, p99 {ms[count * 99 / 100]:0.000} ms; scanning every label (the old lookup) p50 {scanMs[scanMs.Count / 2]:0.00} ms (×{scanMs[scanMs.Count / 2] / Math.Max(1e-6, p50):0} slower)");
        return new TitleFigures((double)(confidentRight + onList) / count, (double)wrongSilent / count, p50);
    }

    /// <summary>nDCG@20 (gains 2^g − 1, ideal over the whole pool) and strict recall@50 (gain ≥ 2), averaged over vacancies with a strictly relevant candidate.</summary>
    private sealed class Metric
    {
        private double _recall;
        private double _ndcg;
        private long _strict;

        public int Count { get; private set; }

        public double Recall => Count == 0 ? 0 : _recall / Count;

        public double Ndcg => Count == 0 ? 0 : _ndcg / Count;

        public double MeanStrict => Count == 0 ? 0 : (double)_strict / Count;

        public void Add(List<int> ranked, int[] gains)
        {
            var strict = gains.Count(g => g >= 2);
            if (strict == 0)
            {
                return;
            }

            Count++;
            _strict += strict;
            _recall += (double)ranked.Take(Top).Count(i => gains[i] >= 2) / Math.Min(Top, strict);
            var ideal = gains.Where(g => g > 0).OrderDescending().Take(20).ToArray();
            double dcg = 0, idcg = 0;
            for (var i = 0; i < 20; i++)
            {
                var discount = 1 / Math.Log2(i + 2);
                dcg += i < ranked.Count ? ((1 << gains[ranked[i]]) - 1) * discount : 0;
                idcg += i < ideal.Length ? ((1 << ideal[i]) - 1) * discount : 0;
            }

            _ndcg += dcg / idcg;
        }
    }
}
