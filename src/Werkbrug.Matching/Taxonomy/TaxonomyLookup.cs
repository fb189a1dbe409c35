using System.Globalization;
using System.Text;

namespace Werkbrug.Matching.Taxonomy;

public enum ConceptKind
{
    Occupation,
    Skill,
}

/// <summary>One lookup hit: the concept, the label it matched on and how well (100 = exact).</summary>
public sealed record LookupHit(ConceptKind Kind, int Id, string Uri, string Label, string MatchedLabel, int Score);

/// <summary>
/// Dutch free-text lookup of occupations and skills ("heftruckchauffeur", "schoonmakers", "kassamedewerkr"): labels
/// and alternative labels are normalised (case, accents, punctuation), Dutch plurals are folded to a stem
/// (-s, -en, -'s, -lieden, doubled consonants, z/s and v/f), and a bounded Damerau–Levenshtein distance forgives typos.
/// Exact matches rank above stem matches, stem above containment, containment above typos.
/// </summary>
public sealed class TaxonomyLookup
{
    private readonly List<Entry> _entries = [];

    public TaxonomyLookup(SkillTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        foreach (var o in taxonomy.Occupations)
        {
            Add(ConceptKind.Occupation, o.Id.Value, o.Uri, o.Label, o.LabelNl, 3);
            Add(ConceptKind.Occupation, o.Id.Value, o.Uri, o.Label, o.LabelEn, 0);
            foreach (var alt in o.AltLabelsNl)
            {
                Add(ConceptKind.Occupation, o.Id.Value, o.Uri, o.Label, alt, 2);
            }

            foreach (var alt in o.AltLabelsEn)
            {
                Add(ConceptKind.Occupation, o.Id.Value, o.Uri, o.Label, alt, 0);
            }
        }

        foreach (var s in taxonomy.Skills.Where(s => s.Kind != SkillKind.Group))
        {
            Add(ConceptKind.Skill, s.Id.Value, s.Uri, s.Label, s.LabelNl, 3);
            Add(ConceptKind.Skill, s.Id.Value, s.Uri, s.Label, s.LabelEn, 0);
            foreach (var alt in s.AltLabelsNl)
            {
                Add(ConceptKind.Skill, s.Id.Value, s.Uri, s.Label, alt, 2);
            }
        }
    }

    /// <summary>The best <paramref name="limit"/> concepts for <paramref name="text"/>, best first; empty when nothing is close.</summary>
    public IReadOnlyList<LookupHit> Find(string text, int limit = 10, ConceptKind? kind = null)
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
        foreach (var e in _entries)
        {
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
                best[key] = new LookupHit(e.Kind, e.Id, e.Uri, e.Label, e.Text, score);
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

        var max = compact.Length <= 4 ? 0 : compact.Length <= 8 ? 1 : compact.Length <= 14 ? 2 : 3;
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

    private void Add(ConceptKind kind, int id, string uri, string label, string? text, int preference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var normalised = Normalise(text);
        var stem = Stem(normalised);
        _entries.Add(new Entry(kind, id, uri, label, text, normalised, stem, stem.Replace(" ", string.Empty, StringComparison.Ordinal), stem.Split(' '), preference));
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

    private sealed record Entry(ConceptKind Kind, int Id, string Uri, string Label, string Text, string Normalised, string Stem, string Compact, string[] Tokens, int Preference);
}
