using System.Collections.Concurrent;

namespace Werkbrug.Matching.Taxonomy;

/// <summary>
/// Turns a free-text occupation or skill into its taxonomy code (the ESCO concept URI), once, when a profile or
/// vacancy is written, so that building the matching indexes never needs the fuzzy lookup. A code the taxonomy knows
/// is kept as given; otherwise the label goes through <see cref="TaxonomyLookup"/> and a hit must score at least
/// <see cref="MinimumLookupScore"/>. No hit gives null: the label stays, unresolved. Pure and in memory; the answers
/// per label are remembered (imports repeat the same few hundred labels), up to <paramref name="remembered"/> of them.
/// </summary>
public sealed class TaxonomyCodes(SkillTaxonomy taxonomy, int remembered = 50_000)
{
    /// <summary>Lookup hits below this score (two typos in a long word, see <see cref="TaxonomyLookup"/>) are too uncertain to count.</summary>
    public const int MinimumLookupScore = 45;

    private readonly TaxonomyLookup _lookup = new(taxonomy);
    private readonly ConcurrentDictionary<(ConceptKind, string), string?> _answers = new();

    public SkillTaxonomy Taxonomy => taxonomy;

    /// <summary>The occupation's code: <paramref name="code"/> when the taxonomy knows it, else the best hit for <paramref name="label"/>, else <paramref name="code"/>.</summary>
    public string? Occupation(string? code, string? label) =>
        code is not null && taxonomy.FindOccupation(code) is not null ? code : Resolve(ConceptKind.Occupation, label) ?? code;

    /// <summary>The skill's code, as <see cref="Occupation"/>.</summary>
    public string? Skill(string? code, string? label) =>
        code is not null && taxonomy.FindSkill(code) is not null ? code : Resolve(ConceptKind.Skill, label) ?? code;

    private string? Resolve(ConceptKind kind, string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var key = (kind, label.Trim());
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }

        var hits = _lookup.Find(key.Item2, 1, kind);
        var answer = hits.Count > 0 && hits[0].Score >= MinimumLookupScore ? hits[0].Uri : null;
        if (_answers.Count < remembered)
        {
            _answers.TryAdd(key, answer);
        }

        return answer;
    }
}
