using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>quality</c>: match quality with the ESCO occupation–skill relations as ground truth. Among the candidates that
/// pass a vacancy's hard filters, one is relevant when their occupation is the vacancy's or lists at least 60% of the
/// vacancy occupation's essential skills as essential too. Recall@50 = relevant in the top 50 / min(50, relevant);
/// nDCG@20 with binary gains. Both are averaged over the vacancies that have at least one relevant candidate, for the
/// engine and for a title-only baseline (exact occupation match, ordered by id), and for the transfer case: every
/// candidate of the vacancy's own occupation removed from the pool (incremental removes, then re-added).
/// </summary>
internal static class QualityVerb
{
    private const int Top = 50;

    public static int Run(Options o)
    {
        var taxonomy = SharedData.LoadEsco();
        var postcodes = SharedData.LoadPostcodes();
        var synthetic = new Synthetic(taxonomy, postcodes, o.Seed ?? 7);
        var pool = synthetic.Profiles(o.Profiles ?? 100_000);
        var vacancies = synthetic.Vacancies(o.Queries ?? 200);
        using var index = CandidateIndex.Build(new MatchOptions(taxonomy, postcodes, "werkbrug-benchmark-key"u8.ToArray()), pool);
        var reference = new ReferenceScorer(taxonomy, postcodes);
        var byOccupation = pool.Where(p => p.Occupation is not null).GroupBy(p => p.Occupation!.Value).ToDictionary(g => g.Key, g => g.ToList());

        var engine = new Metric();
        var baseline = new Metric();
        var transfer = new Metric();
        foreach (var v in vacancies)
        {
            var eligible = pool.Where(p => reference.Eligible(v, p)).ToList();
            var relevant = eligible.Where(p => Relevant(taxonomy, v.Occupation!.Value, p.Occupation)).Select(p => p.Id).ToHashSet();
            if (relevant.Count > 0)
            {
                var ranked = index.FindCandidates(v, Top).Matches.Select(m => m.StableId).ToList();
                engine.Add(ranked, relevant);
                var titleOnly = eligible.Where(p => p.Occupation == v.Occupation).Select(p => p.Id).Order().Take(Top).ToList();
                baseline.Add(titleOnly, relevant);
            }

            // Transfer: nobody with the job title is available.
            var same = byOccupation.GetValueOrDefault(v.Occupation!.Value) ?? [];
            var transferRelevant = eligible.Where(p => p.Occupation != v.Occupation && Relevant(taxonomy, v.Occupation!.Value, p.Occupation)).Select(p => p.Id).ToHashSet();
            if (transferRelevant.Count > 0)
            {
                foreach (var p in same)
                {
                    index.Remove(p.Id);
                }

                transfer.Add(index.FindCandidates(v, Top).Matches.Select(m => m.StableId).ToList(), transferRelevant);
                foreach (var p in same)
                {
                    index.Upsert(p);
                }
            }
        }

        Console.WriteLine($"quality: {pool.Count} profiles, {vacancies.Count} vacancies; judged {engine.Count} (transfer {transfer.Count}) with at least one relevant candidate");
        Console.WriteLine($"engine:   recall@50 {engine.Recall:0.000}  nDCG@20 {engine.Ndcg:0.000}");
        Console.WriteLine($"baseline: recall@50 {baseline.Recall:0.000}  nDCG@20 {baseline.Ndcg:0.000} (title only)");
        Console.WriteLine($"transfer: recall@50 {transfer.Recall:0.000}  nDCG@20 {transfer.Ndcg:0.000} (own occupation removed)");
        Console.WriteLine(FormattableString.Invariant(
            $"quality: recall50={engine.Recall:0.000} ndcg20={engine.Ndcg:0.000} baseline_recall50={baseline.Recall:0.000} baseline_ndcg20={baseline.Ndcg:0.000} transfer_recall50={transfer.Recall:0.000}"));
        return 0;
    }

    /// <summary>Same occupation, or the candidate's occupation has ≥ 60% of the vacancy occupation's essential skills as essential.</summary>
    public static bool Relevant(SkillTaxonomy taxonomy, OccupationId vacancy, OccupationId? candidate)
    {
        if (candidate is not { } c)
        {
            return false;
        }

        if (c == vacancy)
        {
            return true;
        }

        var wanted = taxonomy[vacancy].EssentialSkills;
        var held = taxonomy[c].EssentialSkills;
        return wanted.Count > 0 && wanted.Count(held.Contains) * 10 >= wanted.Count * 6;
    }

    private sealed class Metric
    {
        private double _recall;
        private double _ndcg;

        public int Count { get; private set; }

        public double Recall => Count == 0 ? 0 : _recall / Count;

        public double Ndcg => Count == 0 ? 0 : _ndcg / Count;

        public void Add(List<Guid> ranked, HashSet<Guid> relevant)
        {
            Count++;
            _recall += (double)ranked.Take(Top).Count(relevant.Contains) / Math.Min(Top, relevant.Count);
            double dcg = 0, ideal = 0;
            for (var i = 0; i < 20; i++)
            {
                var discount = 1 / Math.Log2(i + 2);
                dcg += i < ranked.Count && relevant.Contains(ranked[i]) ? discount : 0;
                ideal += i < relevant.Count ? discount : 0;
            }

            _ndcg += dcg / ideal;
        }
    }
}
