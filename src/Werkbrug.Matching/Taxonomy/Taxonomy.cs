using System.Collections.Frozen;

namespace Werkbrug.Matching.Taxonomy;

/// <summary>Dense index of a skill (or skill group) inside one <see cref="SkillTaxonomy"/>; stable for that taxonomy's lifetime.</summary>
public readonly record struct SkillId(ushort Value);

/// <summary>Dense index of an occupation inside one <see cref="SkillTaxonomy"/>.</summary>
public readonly record struct OccupationId(ushort Value);

/// <summary>ESCO skill types: a skill/competence (can be trained by doing) or knowledge (learned).</summary>
public enum SkillKind : byte
{
    Skill,
    Knowledge,
    Group,
}

/// <summary>A skill, knowledge item or skill group, keyed by its ESCO concept URI.</summary>
public sealed class Skill
{
    internal Skill(SkillId id, string uri)
    {
        Id = id;
        Uri = uri;
    }

    public SkillId Id { get; }

    public string Uri { get; }

    public string? LabelNl { get; internal set; }

    public string? LabelEn { get; internal set; }

    /// <summary>The Dutch label, else the English one, else the URI.</summary>
    public string Label => LabelNl ?? LabelEn ?? Uri;

    /// <summary>What explanations show: the Dutch label, else the English one marked "(Engels)", else the URI.</summary>
    public string DisplayLabel => LabelNl ?? (LabelEn is { } en ? en + " (Engels)" : Uri);

    public IReadOnlyList<string> AltLabelsNl { get; internal set; } = [];

    public IReadOnlyList<string> AltLabelsEn { get; internal set; } = [];

    public SkillKind Kind { get; internal set; }

    /// <summary>ESCO reuse level (transversal, cross-sector, sector-specific, occupation-specific) when known.</summary>
    public string? ReuseLevel { get; internal set; }

    /// <summary>
    /// Whether a short course can bridge a gap in this skill. Transversal skills (attitudes such as "show initiative")
    /// and skill groups are not trainable in that sense; the rest is.
    /// </summary>
    public bool Trainable => Kind != SkillKind.Group && !string.Equals(ReuseLevel, "transversal", StringComparison.OrdinalIgnoreCase);

    /// <summary>Direct broader concepts (skills or skill groups).</summary>
    public IReadOnlyList<SkillId> Broader { get; internal set; } = [];

    /// <summary>Direct narrower concepts.</summary>
    public IReadOnlyList<SkillId> Narrower { get; internal set; } = [];
}

/// <summary>An occupation keyed by its ESCO concept URI with its essential and optional skills.</summary>
public sealed class Occupation
{
    internal Occupation(OccupationId id, string uri)
    {
        Id = id;
        Uri = uri;
    }

    public OccupationId Id { get; }

    public string Uri { get; }

    public string? LabelNl { get; internal set; }

    public string? LabelEn { get; internal set; }

    public string Label => LabelNl ?? LabelEn ?? Uri;

    /// <summary>What explanations show: the Dutch label, else the English one marked "(Engels)", else the URI.</summary>
    public string DisplayLabel => LabelNl ?? (LabelEn is { } en ? en + " (Engels)" : Uri);

    public IReadOnlyList<string> AltLabelsNl { get; internal set; } = [];

    public IReadOnlyList<string> AltLabelsEn { get; internal set; } = [];

    /// <summary>ISCO-08 unit group (four digits), when known.</summary>
    public string? IscoGroup { get; internal set; }

    /// <summary>The employer-service sector of the starter set (productie, logistiek, ...), when known.</summary>
    public string? Sector { get; internal set; }

    public IReadOnlyList<SkillId> EssentialSkills { get; internal set; } = [];

    public IReadOnlyList<SkillId> OptionalSkills { get; internal set; } = [];
}

/// <summary>
/// Occupations and skills with dense ids, the occupation–skill relations and the skill hierarchy. Immutable once
/// built (see <see cref="TaxonomyBuilder"/>); safe to share between threads.
/// </summary>
public sealed class SkillTaxonomy
{
    private readonly FrozenDictionary<string, Skill> _skillsByUri;
    private readonly FrozenDictionary<string, Occupation> _occupationsByUri;
    private readonly OccupationId[][] _essentialFor;
    private readonly OccupationId[][] _optionalFor;
    private readonly FrozenDictionary<string, OccupationId[]> _byIscoMinorGroup;

    internal SkillTaxonomy(Skill[] skills, Occupation[] occupations)
    {
        Skills = skills;
        Occupations = occupations;
        _skillsByUri = skills.ToFrozenDictionary(s => s.Uri, StringComparer.Ordinal);
        _occupationsByUri = occupations.ToFrozenDictionary(o => o.Uri, StringComparer.Ordinal);
        var essential = skills.Select(_ => new List<OccupationId>()).ToArray();
        var optional = skills.Select(_ => new List<OccupationId>()).ToArray();
        foreach (var o in occupations)
        {
            foreach (var s in o.EssentialSkills)
            {
                essential[s.Value].Add(o.Id);
            }

            foreach (var s in o.OptionalSkills)
            {
                optional[s.Value].Add(o.Id);
            }
        }

        _essentialFor = essential.Select(l => l.ToArray()).ToArray();
        _optionalFor = optional.Select(l => l.ToArray()).ToArray();
        _byIscoMinorGroup = occupations.Where(o => o.IscoGroup is { Length: 4 }).GroupBy(o => o.IscoGroup![..3], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(o => o.Id).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Skill> Skills { get; }

    public IReadOnlyList<Occupation> Occupations { get; }

    public Skill this[SkillId id] => Skills[id.Value];

    public Occupation this[OccupationId id] => Occupations[id.Value];

    public Skill? FindSkill(string uri) => _skillsByUri.GetValueOrDefault(uri);

    public Occupation? FindOccupation(string uri) => _occupationsByUri.GetValueOrDefault(uri);

    /// <summary>Occupations for which <paramref name="skill"/> is essential.</summary>
    public IReadOnlyList<OccupationId> EssentialFor(SkillId skill) => _essentialFor[skill.Value];

    /// <summary>Occupations in an ISCO minor group (the first three digits of the unit group).</summary>
    public IReadOnlyList<OccupationId> InIscoMinorGroup(string minorGroup) => _byIscoMinorGroup.GetValueOrDefault(minorGroup) ?? [];

    /// <summary>Occupations for which <paramref name="skill"/> is optional.</summary>
    public IReadOnlyList<OccupationId> OptionalFor(SkillId skill) => _optionalFor[skill.Value];
}
