using System.Collections.Concurrent;

namespace Werkbrug.Matching.Taxonomy;

/// <summary>
/// Turns a free-text occupation or skill into its taxonomy code (the ESCO concept URI), once, when a profile or
/// vacancy is written, so that building the matching indexes never needs the fuzzy lookup. A code the taxonomy knows
/// is kept as given; otherwise the label goes through <see cref="TaxonomyLookup.Resolve"/> and only a confident
/// resolution counts. An uncertain or missing one gives null: the label stays, unresolved, and the form that wrote it
/// offers the short list (<see cref="Suggest"/>) so the adviser confirms instead of the system guessing. Pure and in memory; the answers
/// per label are remembered (imports repeat the same few hundred labels), up to <paramref name="remembered"/> of them.
/// </summary>
public sealed class TaxonomyCodes(SkillTaxonomy taxonomy, int remembered = 50_000)
{
    private readonly TaxonomyLookup _lookup = new(taxonomy);
    private readonly ConcurrentDictionary<(ConceptKind, string), string?> _answers = new();

    public SkillTaxonomy Taxonomy => taxonomy;

    /// <summary>The occupation's code: <paramref name="code"/> when the taxonomy knows it, else the best hit for <paramref name="label"/>, else <paramref name="code"/>.</summary>
    public string? Occupation(string? code, string? label) =>
        code is not null && taxonomy.FindOccupation(code) is not null ? code : Resolve(ConceptKind.Occupation, label) ?? code;

    /// <summary>The skill's code, as <see cref="Occupation"/>.</summary>
    public string? Skill(string? code, string? label) =>
        code is not null && taxonomy.FindSkill(code) is not null ? code : Resolve(ConceptKind.Skill, label) ?? code;

    /// <summary>The lookup's resolution of <paramref name="label"/> with its confidence and short list (for a form to offer).</summary>
    public LookupResolution Suggest(ConceptKind kind, string? label) => _lookup.Resolve(label, kind);

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

        var answer = _lookup.Resolve(key.Item2, kind).Resolved?.Uri;
        if (_answers.Count < remembered)
        {
            _answers.TryAdd(key, answer);
        }

        return answer;
    }
}
