using System.Globalization;
using System.Text;

namespace Werkbrug.Matching.Taxonomy;

public enum ConceptKind
{
    Occupation,
    Skill,
}

/// <summary>
/// One lookup hit: the concept with the label to show (Dutch, else English marked "(Engels)"), the label it matched on
/// and how well (100 = exact, plus 3 for the Dutch preferred label and 2 for a Dutch alternative); <paramref name="Preferred"/> when it matched a preferred label, not an alternative.
/// </summary>
public sealed record LookupHit(ConceptKind Kind, int Id, string Uri, string Label, string MatchedLabel, int Score, bool Preferred = false);

/// <summary>
/// How sure a lookup is of its best hit. <see cref="Confident"/>: one concept stands out and may be stored without
/// asking; <see cref="Uncertain"/>: the adviser confirms from the short list; <see cref="None"/>: nothing is close.
/// </summary>
public enum LookupConfidence
{
    None,
    Uncertain,
    Confident,
}

/// <summary>
/// A resolution of free text to one concept: the best hit when confident, otherwise null with a short list of
/// <see cref="Choices"/> (best first) for the adviser to confirm. <see cref="Certainty"/> is 0–100.
/// </summary>
public sealed record LookupResolution(LookupConfidence Confidence, int Certainty, LookupHit? Best, IReadOnlyList<LookupHit> Choices)
{
    /// <summary>The concept to store without asking: only when confident.</summary>
    public LookupHit? Resolved => Confidence == LookupConfidence.Confident ? Best : null;
}

/// <summary>
/// Dutch free-text lookup of occupations and skills ("heftruckchauffeur", "schoonmakers", "kassamedewerkr"): labels
/// and alternative labels are normalised (case, accents, punctuation), Dutch plurals are folded to a stem
/// (-s, -en, -'s, -lieden, doubled consonants, z/s and v/f), and a bounded Damerau–Levenshtein distance forgives typos.
/// Exact matches rank above stem matches, stem above containment, containment above typos.
/// Indexed, not scanned: exact and stemmed labels by dictionary, tokens by dictionary, and a trigram index over the
/// compact labels and over the distinct label tokens picks the few entries that can be within the allowed typos (an
/// edit changes at most three trigrams); only those are scored. <see cref="Resolve"/> adds a confidence.
/// </summary>
public sealed class TaxonomyLookup
{
    /// <summary>A best hit scoring at least this (one typo in a whole label) is confident when no other concept comes within <see cref="ConfidentMargin"/>.</summary>
    public const int ConfidentScore = 55;

    /// <summary>Scores from here up are a label matched exactly or up to its plural (95–103).</summary>
    public const int LabelScore = 95;

    /// <summary>The lead over the next concept a confident resolution needs.</summary>
    public const int ConfidentMargin = 8;

    /// <summary>Hits below this score are too weak to offer at all (two typos in a long word).</summary>
    public const int MinimumScore = 45;

    private readonly List<Entry> _entries = [];
    private Dictionary<string, int[]> _byNormalised = [];
    private Dictionary<string, int[]> _byStem = [];
    private Dictionary<string, int[]> _byToken = [];
    private Dictionary<int, int[]> _compactGrams = [];
    private string[] _tokens = [];
    private Dictionary<int, int[]> _tokenGrams = [];

    [ThreadStatic]
    private static int[]? _counts;

    public TaxonomyLookup(SkillTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        foreach (var o in taxonomy.Occupations)
        {
            Add(ConceptKind.Occupation, o.Id.Value, o.Uri, o.DisplayLabel, o.LabelNl, 3, true);
            Add(ConceptKind.Occupation, o.Id.Value, o.Uri, o.DisplayLabel, o.LabelEn, 0, true);
            foreach (var alt in o.AltLabelsNl)
            {
                Add(ConceptKind.Occupation, o.Id.Value, o.Uri, o.DisplayLabel, alt, 2);
            }

            foreach (var alt in o.AltLabelsEn)
            {
                Add(ConceptKind.Occupation, o.Id.Value, o.Uri, o.DisplayLabel, alt, 0);
            }
        }

        foreach (var s in taxonomy.Skills.Where(s => s.Kind != SkillKind.Group))
        {
            Add(ConceptKind.Skill, s.Id.Value, s.Uri, s.DisplayLabel, s.LabelNl, 3, true);
            Add(ConceptKind.Skill, s.Id.Value, s.Uri, s.DisplayLabel, s.LabelEn, 0, true);
            foreach (var alt in s.AltLabelsNl)
            {
                Add(ConceptKind.Skill, s.Id.Value, s.Uri, s.DisplayLabel, alt, 2);
            }
        }

        BuildIndexes();
    }

    /// <summary>The number of labels indexed.</summary>
    public int LabelCount => _entries.Count;

    /// <summary>The best <paramref name="limit"/> concepts for <paramref name="text"/>, best first; empty when nothing is close.</summary>
    public IReadOnlyList<LookupHit> Find(string text, int limit = 10, ConceptKind? kind = null) => Find(text, limit, kind, scan: false);

    /// <summary>The same as <see cref="Find(string, int, ConceptKind?)"/> by scoring every label (the check on the index).</summary>
    internal IReadOnlyList<LookupHit> FindByScan(string text, int limit = 10, ConceptKind? kind = null) => Find(text, limit, kind, scan: true);

    private LookupHit[] Find(string text, int limit, ConceptKind? kind, bool scan)
    {
        var query = Normalise(text);
        if (query.Length < 2)
        {
            return [];
        }

        var stem = Stem(query);
        var compact = stem.Replace(" ", string.Empty, StringComparison.Ordinal);
        var queryTokens = stem.Split(' ');
        var best = new Dictionary<(ConceptKind, int), LookupHit>();
        foreach (var i in scan ? Enumerable.Range(0, _entries.Count) : Candidates(query, stem, compact, queryTokens))
        {
            var e = _entries[i];
            if (kind is not null && e.Kind != kind)
            {
                continue;
            }

            var score = Score(query, stem, compact, queryTokens, e);
            if (score <= 0)
            {
                continue;
            }

            score += e.Preference;
            var key = (e.Kind, e.Id);
            if (!best.TryGetValue(key, out var hit) || hit.Score < score)
            {
                best[key] = new LookupHit(e.Kind, e.Id, e.Uri, e.Label, e.Text, score, e.Preferred);
            }
        }

        return best.Values
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Kind)
            .ThenBy(h => h.Label.Length)
            .ThenBy(h => h.Label, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();
    }

    /// <summary>
    /// Resolves <paramref name="text"/> to one concept of <paramref name="kind"/> with a confidence. Confident when the
    /// text is a label (up to its plural) of one concept only, or the preferred label of one concept and only an
    /// alternative label of others; or, for a partial or misspelt label, when the best hit scores at least
    /// <see cref="ConfidentScore"/> and leads the next concept by <see cref="ConfidentMargin"/> (a typo halfway
    /// between two labels, or a word many titles contain, is never guessed). Otherwise the <paramref name="choices"/>
    /// best hits above <see cref="MinimumScore"/> for the adviser to choose from.
    /// </summary>
    public LookupResolution Resolve(string? text, ConceptKind kind, int choices = 5)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new LookupResolution(LookupConfidence.None, 0, null, []);
        }

        var hits = Find(text, Math.Max(8, choices), kind, scan: false).Where(h => h.Score >= MinimumScore).ToArray();
        if (hits.Length == 0)
        {
            return new LookupResolution(LookupConfidence.None, 0, null, []);
        }

        var best = hits[0];
        bool confident;
        int certainty;
        if (best.Score >= LabelScore)
        {
            var labelled = hits.Where(h => h.Score >= LabelScore).ToArray();
            var preferred = labelled.Count(h => h.Preferred);
            confident = labelled.Length == 1 || (best.Preferred && preferred == 1);
            certainty = confident ? 100 : 100 / labelled.Length;
        }
        else
        {
            var lead = hits.Length > 1 ? best.Score - hits[1].Score : ConfidentMargin * 2;
            confident = best.Score >= ConfidentScore && lead >= ConfidentMargin;
            certainty = Math.Clamp(best.Score + Math.Min(lead, 2 * ConfidentMargin) - ConfidentMargin, 0, 99);
        }

        var shortList = best.Score >= LabelScore && confident ? [best] : hits.Take(choices).ToArray();
        return new LookupResolution(confident ? LookupConfidence.Confident : LookupConfidence.Uncertain, certainty, best, shortList);
    }

    /// <summary>Entries that can score: same label or stem, containing the query's tokens, or within the typo bound by trigrams.</summary>
    private HashSet<int> Candidates(string query, string stem, string compact, string[] queryTokens)
    {
        var found = new HashSet<int>();
        if (_byNormalised.TryGetValue(query, out var exact))
        {
            found.UnionWith(exact);
        }

        if (_byStem.TryGetValue(stem, out var stemmed))
        {
            found.UnionWith(stemmed);
        }

        // Token sequences: every entry holding the query's rarest token.
        int[]? rarest = null;
        foreach (var t in queryTokens)
        {
            var postings = _byToken.GetValueOrDefault(t) ?? [];
            if (rarest is null || postings.Length < rarest.Length)
            {
                rarest = postings;
            }
        }

        found.UnionWith(rarest ?? []);

        // Compact containment and whole-label typos through the compact trigram index.
        var max = MaxTypos(compact.Length);
        var grams = Grams(compact);
        if (grams.Count > 0)
        {
            var size = Math.Max(_entries.Count, _tokens.Length);
            var counts = _counts is { } c && c.Length >= size ? c : _counts = new int[size];
            var touched = new List<int>();
            foreach (var g in grams)
            {
                foreach (var i in _compactGrams.GetValueOrDefault(g) ?? [])
                {
                    if (counts[i]++ == 0)
                    {
                        touched.Add(i);
                    }
                }
            }

            var need = Math.Max(1, grams.Count - (3 * max));
            foreach (var i in touched)
            {
                if (counts[i] >= need && (counts[i] == grams.Count || Math.Abs(_entries[i].Compact.Length - compact.Length) <= max))
                {
                    found.Add(i);
                }

                counts[i] = 0;
            }
        }

        // A single word with a typo against one word of a longer label.
        if (queryTokens.Length == 1 && max > 0 && grams.Count > 0)
        {
            var size = Math.Max(_entries.Count, _tokens.Length);
            var counts = _counts is { } c && c.Length >= size ? c : _counts = new int[size];
            var touched = new List<int>();
            foreach (var g in grams)
            {
                foreach (var t in _tokenGrams.GetValueOrDefault(g) ?? [])
                {
                    if (counts[t]++ == 0)
                    {
                        touched.Add(t);
                    }
                }
            }

            var need = Math.Max(1, grams.Count - (3 * max));
            foreach (var t in touched)
            {
                if (counts[t] >= need && Math.Abs(_tokens[t].Length - compact.Length) <= max)
                {
                    found.UnionWith(_byToken[_tokens[t]]);
                }

                counts[t] = 0;
            }
        }

        return found;
    }

    private static int MaxTypos(int length) => length <= 4 ? 0 : length <= 8 ? 1 : length <= 14 ? 2 : 3;

    private static HashSet<int> Grams(string s)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 3 <= s.Length; i++)
        {
            set.Add(((s[i] & 0x3FF) << 20) | ((s[i + 1] & 0x3FF) << 10) | (s[i + 2] & 0x3FF));
        }

        return set;
    }

    private void BuildIndexes()
    {
        var normalised = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var stems = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var tokens = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var compactGrams = new Dictionary<int, List<int>>();
        static void Put<TKey>(Dictionary<TKey, List<int>> map, TKey key, int value)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            if (list.Count == 0 || list[^1] != value)
            {
                list.Add(value);
            }
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            var e = _entries[i];
            Put(normalised, e.Normalised, i);
            Put(stems, e.Stem, i);
            foreach (var t in e.Tokens)
            {
                Put(tokens, t, i);
            }

            foreach (var g in Grams(e.Compact))
            {
                Put(compactGrams, g, i);
            }
        }

        _byNormalised = normalised.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byStem = stems.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byToken = tokens.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _compactGrams = compactGrams.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _tokens = [.. _byToken.Keys];
        var tokenGrams = new Dictionary<int, List<int>>();
        for (var t = 0; t < _tokens.Length; t++)
        {
            foreach (var g in Grams(_tokens[t]))
            {
                Put(tokenGrams, g, t);
            }
        }

        _tokenGrams = tokenGrams.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private static int Score(string query, string stem, string compact, string[] queryTokens, Entry e)
    {
        if (e.Normalised == query)
        {
            return 100;
        }

        if (e.Stem == stem)
        {
            return 95;
        }

        var extra = e.Tokens.Length - queryTokens.Length;
        if (extra > 0 && ContainsSequence(e.Tokens, queryTokens))
        {
            return 80 - Math.Min(20, 3 * extra);
        }

        if (compact.Length >= 4 && e.Compact.Contains(compact, StringComparison.Ordinal))
        {
            return 70 - Math.Min(20, e.Compact.Length - compact.Length);
        }

        var max = MaxTypos(compact.Length);
        if (max == 0)
        {
            return 0;
        }

        var d = Distance(compact, e.Compact, max);
        if (d <= max)
        {
            return 65 - (10 * d);
        }

        if (queryTokens.Length == 1 && e.Tokens.Length > 1)
        {
            foreach (var token in e.Tokens)
            {
                d = Distance(compact, token, max);
                if (d <= max)
                {
                    return 55 - (10 * d) - Math.Min(15, 3 * extra);
                }
            }
        }

        return 0;
    }

    private static bool ContainsSequence(string[] tokens, string[] sequence)
    {
        for (var i = 0; i + sequence.Length <= tokens.Length; i++)
        {
            var all = true;
            for (var j = 0; j < sequence.Length && all; j++)
            {
                all = tokens[i + j] == sequence[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private void Add(ConceptKind kind, int id, string uri, string label, string? text, int preference, bool preferred = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var normalised = Normalise(text);
        var stem = Stem(normalised);
        _entries.Add(new Entry(kind, id, uri, label, text, normalised, stem, stem.Replace(" ", string.Empty, StringComparison.Ordinal), stem.Split(' '), preference, preferred));
    }

    /// <summary>Lower case, accents removed, apostrophes dropped, everything but letters and digits to single spaces.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Folds each token of normalised text to a crude Dutch singular stem.</summary>
    public static string Stem(string normalised) => string.Join(' ', normalised.Split(' ').Select(StemToken));

    private static string StemToken(string t)
    {
        if (t.Length <= 3)
        {
            return t;
        }

        if (t.EndsWith("lieden", StringComparison.Ordinal))
        {
            return t[..^6] + "man";
        }

        if (t.EndsWith("heden", StringComparison.Ordinal))
        {
            return t[..^5] + "heid";
        }

        if (t.Length >= 5 && t.EndsWith("en", StringComparison.Ordinal))
        {
            t = t[..^2];
            if (t.Length >= 3 && t[^1] == t[^2] && !IsVowel(t[^1]))
            {
                t = t[..^1];
            }
            else if (t.EndsWith('z'))
            {
                t = t[..^1] + "s";
            }
            else if (t.EndsWith('v'))
            {
                t = t[..^1] + "f";
            }

            return t;
        }

        if (t.EndsWith('s') && !t.EndsWith("ss", StringComparison.Ordinal))
        {
            return t[..^1];
        }

        return t.Length >= 5 && t.EndsWith('e') ? t[..^1] : t;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Optimal-string-alignment distance, or <paramref name="max"/> + 1 as soon as it must exceed it.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return Math.Min(prev[b.Length], max + 1);
    }

    private sealed record Entry(ConceptKind Kind, int Id, string Uri, string Label, string Text, string Normalised, string Stem, string Compact, string[] Tokens, int Preference, bool Preferred);
}
