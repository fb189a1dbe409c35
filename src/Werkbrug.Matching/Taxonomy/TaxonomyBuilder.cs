namespace Werkbrug.Matching.Taxonomy;

/// <summary>
/// Collects concepts keyed by URI from any number of sources (ESCO files in several languages, the starter set) and
/// builds an immutable <see cref="SkillTaxonomy"/>. Adding a concept twice merges: later labels fill in missing ones.
/// </summary>
public sealed class TaxonomyBuilder
{
    private readonly Dictionary<string, Skill> _skills = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Occupation> _occupations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (HashSet<string> Essential, HashSet<string> Optional)> _relations = new(StringComparer.Ordinal);
    private readonly HashSet<(string Child, string Parent)> _broader = [];

    public int SkillCount => _skills.Count;

    public int OccupationCount => _occupations.Count;

    public void AddSkill(string uri, string language, string? label, IReadOnlyList<string>? altLabels = null, SkillKind kind = SkillKind.Skill, string? reuseLevel = null)
    {
        if (!_skills.TryGetValue(uri, out var skill))
        {
            if (_skills.Count >= ushort.MaxValue)
            {
                throw new InvalidOperationException("A taxonomy holds at most 65,535 skills and skill groups.");
            }

            skill = new Skill(new SkillId((ushort)_skills.Count), uri) { Kind = kind };
            _skills.Add(uri, skill);
        }

        skill.ReuseLevel ??= reuseLevel;
        if (IsDutch(language))
        {
            skill.LabelNl ??= label;
            skill.AltLabelsNl = Merge(skill.AltLabelsNl, altLabels);
        }
        else
        {
            skill.LabelEn ??= label;
            skill.AltLabelsEn = Merge(skill.AltLabelsEn, altLabels);
        }
    }

    public void AddOccupation(string uri, string language, string? label, IReadOnlyList<string>? altLabels = null, string? iscoGroup = null, string? sector = null)
    {
        if (!_occupations.TryGetValue(uri, out var occupation))
        {
            if (_occupations.Count >= ushort.MaxValue)
            {
                throw new InvalidOperationException("A taxonomy holds at most 65,535 occupations.");
            }

            occupation = new Occupation(new OccupationId((ushort)_occupations.Count), uri);
            _occupations.Add(uri, occupation);
        }

        occupation.IscoGroup ??= iscoGroup;
        occupation.Sector ??= sector;
        if (IsDutch(language))
        {
            occupation.LabelNl ??= label;
            occupation.AltLabelsNl = Merge(occupation.AltLabelsNl, altLabels);
        }
        else
        {
            occupation.LabelEn ??= label;
            occupation.AltLabelsEn = Merge(occupation.AltLabelsEn, altLabels);
        }
    }

    /// <summary>Records that <paramref name="skillUri"/> is essential (or optional) for <paramref name="occupationUri"/>.</summary>
    public void AddRelation(string occupationUri, string skillUri, bool essential)
    {
        if (!_relations.TryGetValue(occupationUri, out var sets))
        {
            sets = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            _relations.Add(occupationUri, sets);
        }

        (essential ? sets.Essential : sets.Optional).Add(skillUri);
    }

    /// <summary>Records that <paramref name="parentUri"/> is a broader concept (skill or skill group) of <paramref name="childUri"/>.</summary>
    public void AddBroader(string childUri, string parentUri) => _broader.Add((childUri, parentUri));

    /// <summary>
    /// Builds the taxonomy. Relations and hierarchy links whose concepts were never added are dropped (a sample
    /// holds relations to skills outside it); essential wins when a skill is listed both ways.
    /// </summary>
    public SkillTaxonomy Build()
    {
        var skills = _skills.Values.OrderBy(s => s.Id.Value).ToArray();
        var occupations = _occupations.Values.OrderBy(o => o.Id.Value).ToArray();
        var broader = skills.Select(_ => new SortedSet<ushort>()).ToArray();
        var narrower = skills.Select(_ => new SortedSet<ushort>()).ToArray();
        foreach (var (child, parent) in _broader)
        {
            if (_skills.TryGetValue(child, out var c) && _skills.TryGetValue(parent, out var p) && c != p)
            {
                broader[c.Id.Value].Add(p.Id.Value);
                narrower[p.Id.Value].Add(c.Id.Value);
            }
        }

        foreach (var s in skills)
        {
            s.Broader = broader[s.Id.Value].Select(v => new SkillId(v)).ToArray();
            s.Narrower = narrower[s.Id.Value].Select(v => new SkillId(v)).ToArray();
        }

        foreach (var o in occupations)
        {
            if (!_relations.TryGetValue(o.Uri, out var sets))
            {
                continue;
            }

            var essential = Resolve(sets.Essential);
            o.EssentialSkills = essential;
            o.OptionalSkills = Resolve(sets.Optional).Where(s => !essential.Contains(s)).ToArray();
        }

        return new SkillTaxonomy(skills, occupations);
    }

    private SkillId[] Resolve(HashSet<string> uris) =>
        uris.Select(u => _skills.GetValueOrDefault(u)).OfType<Skill>().Select(s => s.Id).OrderBy(s => s.Value).ToArray();

    private static bool IsDutch(string language) => language.StartsWith("nl", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Merge(IReadOnlyList<string> existing, IReadOnlyList<string>? more)
    {
        if (more is null || more.Count == 0)
        {
            return existing;
        }

        return existing.Concat(more).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
