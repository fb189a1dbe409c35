using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// The taxonomy in force on this instance and the one resolve step for its codes: every write of a job-seeker profile or a
/// vacancy (form, API, import, job carving) calls <see cref="Resolve(JobSeekerProfile)"/> or <see cref="Resolve(Vacancy)"/>
/// per row before saving, and the index build reads the stored codes only (<see cref="MatchingMap"/>). A label without a
/// code stays as written and counts as unresolved. Pure and in memory (no database), so a set-based import can call it per
/// row as well. One per app (a singleton): the latest imported taxonomy (<see cref="TaxonomyVersions"/>), read at start,
/// or the embedded starter set when none was imported.
/// </summary>
public sealed class MatchingCodes(SkillTaxonomy taxonomy, int version, DateTime? importedAtUtc = null)
{
    /// <summary>
    /// What the matching runs on: the imported version (0: the embedded starter set) and when it was imported, with the
    /// number of occupations and skills (skill groups not counted) and how many of them have a Dutch label.
    /// </summary>
    public sealed record TaxonomyInForce(int Version, DateTime? ImportedAtUtc, int Occupations, int DutchOccupationLabels, int Skills, int DutchSkillLabels)
    {
        public static TaxonomyInForce Of(SkillTaxonomy taxonomy, int version, DateTime? importedAtUtc)
        {
            ArgumentNullException.ThrowIfNull(taxonomy);
            var skills = taxonomy.Skills.Where(s => s.Kind != Werkbrug.Matching.Taxonomy.SkillKind.Group).ToList();
            return new(version, importedAtUtc, taxonomy.Occupations.Count, taxonomy.Occupations.Count(o => o.LabelNl is not null), skills.Count, skills.Count(s => s.LabelNl is not null));
        }
    }

    /// <summary>The taxonomy the indexes use, with the remembered answers per label shared by every caller.</summary>
    public TaxonomyCodes Codes { get; } = new(taxonomy);

    public SkillTaxonomy Taxonomy => Codes.Taxonomy;

    public TaxonomyInForce InForce { get; } = TaxonomyInForce.Of(taxonomy, version, importedAtUtc);

    /// <summary>
    /// The short list an adviser chooses from when <paramref name="label"/> has no known code and the lookup is not
    /// sure which occupation it means (a word many titles share, a typo between two labels); null when the code is
    /// known, the label is empty, the lookup is confident (the write resolves it) or finds nothing (the label stays
    /// as written, unresolved).
    /// </summary>
    public IReadOnlyList<LookupHit>? OccupationChoices(string? code, string? label)
    {
        if ((code is not null && Taxonomy.FindOccupation(code.Trim()) is not null) || string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var resolution = Codes.Suggest(ConceptKind.Occupation, label);
        return resolution.Confidence == LookupConfidence.Uncertain ? resolution.Choices : null;
    }

    public void Resolve(JobSeekerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile.WorkExperience = [.. profile.WorkExperience.Select(w => w with { OccupationCode = Codes.Occupation(w.OccupationCode, w.Occupation) })];
        profile.Skills = [.. profile.Skills.Select(s => s with { TaxonomyCode = Codes.Skill(s.TaxonomyCode, s.Label) })];
        profile.Preferences.DesiredOccupations = [.. profile.Preferences.DesiredOccupations.Select(d => d with { OccupationCode = Codes.Occupation(d.OccupationCode, d.Label) })];
        profile.TaxonomyCoded = true;
    }

    public void Resolve(Vacancy vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        vacancy.OccupationCode = Codes.Occupation(vacancy.OccupationCode, vacancy.Occupation);
        foreach (var skill in vacancy.Skills)
        {
            skill.TaxonomyCode = Codes.Skill(skill.TaxonomyCode, skill.Label);
        }

        vacancy.TaxonomyCoded = true;
    }
}
