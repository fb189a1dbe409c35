using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>
/// BM25 (Robertson–Spärck Jones idf, k1 and b) over two fields of each candidate's text: <b>words</b> (the typed
/// title and the skill labels, normalised and folded to Dutch singular stems, title words repeated
/// <see cref="Parameters.TitleBoost"/> times) and <b>title grams</b> (character 4-grams of the compact typed title,
/// which forgive typos and split Dutch compounds such as "heftruckchauffeur"). Score = BM25(words) +
/// GramWeight × BM25(grams), each with its own statistics. <see cref="Prepare"/> collects per vacancy the matched
/// terms of the candidates it may rank, so a grid of parameters can be tried cheaply.
/// </summary>
internal sealed class Bm25
{
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly List<int> _df = [];
    private readonly Doc[][] _docsByBoost;
    private readonly double[] _avgWords;
    private readonly double _avgGrams;
    private readonly int _n;

    public static readonly int[] Boosts = [1, 2, 3];

    /// <summary>Indexes the documents (title, skill labels) for every title boost of the grid.</summary>
    public Bm25(IReadOnlyList<(string? Title, IEnumerable<string> Skills)> docs)
    {
        _n = docs.Count;
        _docsByBoost = new Doc[Boosts.Length][];
        _avgWords = new double[Boosts.Length];
        for (var b = 0; b < Boosts.Length; b++)
        {
            _docsByBoost[b] = new Doc[docs.Count];
            long total = 0;
            for (var i = 0; i < docs.Count; i++)
            {
                var words = Words(docs[i].Title, docs[i].Skills, Boosts[b], register: b == 0);
                var grams = Grams(docs[i].Title, register: b == 0);
                _docsByBoost[b][i] = new Doc(words, grams);
                total += words.Sum(w => w.Tf);
            }

            _avgWords[b] = Math.Max(1, (double)total / docs.Count);
        }

        _avgGrams = Math.Max(1, _docsByBoost[0].Average(d => (double)d.Grams.Sum(g => g.Tf)));
    }

    public sealed record Parameters(double K1, double B, int TitleBoost, double GramWeight);

    /// <summary>A vacancy's matched terms per candidate, ready to score under any <see cref="Parameters"/>.</summary>
    public sealed record Prepared(int[] Docs, Match[][] Words, Match[][] Grams, int[] WordLengths, int[] GramLengths, int Boost);

    public readonly record struct Match(double Idf, int Tf, int Qtf);

    private readonly record struct Term(int Id, int Tf);

    private sealed record Doc(Term[] Words, Term[] Grams)
    {
        public int WordLength { get; } = Words.Sum(w => w.Tf);

        public int GramLength { get; } = Grams.Sum(g => g.Tf);
    }

    public Prepared Prepare(string? title, IEnumerable<string> skills, IReadOnlyList<int> candidates, int boost)
    {
        var b = Array.IndexOf(Boosts, boost);
        var q = Words(title, skills, 1, register: false).ToDictionary(t => t.Id, t => t.Tf);
        var qg = Grams(title, register: false).ToDictionary(t => t.Id, t => t.Tf);
        var words = new Match[candidates.Count][];
        var grams = new Match[candidates.Count][];
        var wl = new int[candidates.Count];
        var gl = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var d = _docsByBoost[b][candidates[i]];
            words[i] = d.Words.Where(t => q.ContainsKey(t.Id)).Select(t => new Match(Idf(t.Id), t.Tf, q[t.Id])).ToArray();
            grams[i] = d.Grams.Where(t => qg.ContainsKey(t.Id)).Select(t => new Match(Idf(t.Id), t.Tf, qg[t.Id])).ToArray();
            wl[i] = d.WordLength;
            gl[i] = d.GramLength;
        }

        return new Prepared(candidates.ToArray(), words, grams, wl, gl, b);
    }

    /// <summary>The candidates (indexes into the documents) ranked by BM25, best first, ties by index, at most <paramref name="top"/>.</summary>
    public List<int> Rank(Prepared p, Parameters k, int top)
    {
        var scores = new (double Score, int Doc)[p.Docs.Length];
        for (var i = 0; i < p.Docs.Length; i++)
        {
            var s = Sum(p.Words[i], k.K1, k.B, p.WordLengths[i] / _avgWords[p.Boost]);
            if (k.GramWeight > 0)
            {
                s += k.GramWeight * Sum(p.Grams[i], k.K1, k.B, p.GramLengths[i] / _avgGrams);
            }

            scores[i] = (s, p.Docs[i]);
        }

        return scores.Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.Doc).Take(top).Select(x => x.Doc).ToList();
    }

    private static double Sum(Match[] matches, double k1, double b, double relativeLength)
    {
        var s = 0.0;
        foreach (var m in matches)
        {
            s += m.Qtf * m.Idf * m.Tf * (k1 + 1) / (m.Tf + (k1 * (1 - b + (b * relativeLength))));
        }

        return s;
    }

    private double Idf(int term)
    {
        var df = _df[term];
        return Math.Log(1 + ((_n - df + 0.5) / (df + 0.5)));
    }

    private Term[] Words(string? title, IEnumerable<string> skills, int titleBoost, bool register)
    {
        var tokens = new List<string>();
        var t = Tokens(title);
        for (var i = 0; i < titleBoost; i++)
        {
            tokens.AddRange(t);
        }

        foreach (var s in skills)
        {
            tokens.AddRange(Tokens(s));
        }

        return Count(tokens.Select(x => "w:" + x), register);
    }

    private Term[] Grams(string? title, bool register)
    {
        var compact = "_" + string.Concat(Tokens(title)) + "_";
        var grams = new List<string>();
        for (var i = 0; compact.Length > 2 && i + 4 <= compact.Length; i++)
        {
            grams.Add(string.Concat("g:", compact.AsSpan(i, 4)));
        }

        return Count(grams, register);
    }

    private Term[] Count(IEnumerable<string> tokens, bool register)
    {
        var counts = new Dictionary<int, int>();
        foreach (var token in tokens)
        {
            if (!_terms.TryGetValue(token, out var id))
            {
                if (!register)
                {
                    continue;
                }

                _terms[token] = id = _terms.Count;
                _df.Add(0);
            }

            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        if (register)
        {
            foreach (var id in counts.Keys)
            {
                _df[id]++;
            }
        }

        return counts.Select(kv => new Term(kv.Key, kv.Value)).ToArray();
    }

    private static string[] Tokens(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : TaxonomyLookup.Stem(TaxonomyLookup.Normalise(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
