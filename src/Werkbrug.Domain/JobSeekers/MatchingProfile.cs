namespace Werkbrug.Domain.JobSeekers;

/// <summary>
/// What other organisations of the region may see of a job seeker (PRODUCT.md, privacy model): the pseudonym,
/// an age band, the PC4 area and what matching needs. Never name, contact data, BSN, birth date, address,
/// benefit, target group, work history details (employers, dates) or the functional work requirements.
/// Free-text fields that could carry identifying detail (education institutions, employers) are left out;
/// skill, trait and interest labels are short and refused when they look like a BSN (checked on input).
/// </summary>
public sealed record MatchingProfile(
    string Pseudonym,
    AgeBand AgeBand,
    string Pc4,
    WerkfitStatus WerkfitStatus,
    DateOnly? AvailableFrom,
    WorkAndThinkingLevel WorkAndThinkingLevel,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<CompetenceRating> Competences,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyList<string> DrivingLicences,
    IReadOnlyList<EducationLevel> EducationLevels,
    IReadOnlyList<string> Occupations,
    IReadOnlyList<string> Traits,
    IReadOnlyList<string> Interests,
    int? MinHoursPerWeek,
    int? MaxHoursPerWeek,
    int? MaxTravelKm,
    int? MaxTravelMinutes,
    IReadOnlyList<string> Branches,
    IReadOnlyList<ContractDuration> ContractDurations,
    IReadOnlyList<AgreementType> AgreementTypes,
    IReadOnlyList<string> DesiredOccupations,
    bool WillingToRetrain)
{
    /// <summary>The projection: a copy of the allowed fields only.</summary>
    public static MatchingProfile From(JobSeekerProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var p = profile.Preferences;
        return new MatchingProfile(
            profile.Pseudonym,
            AgeBands.Of(profile.BirthDate, today),
            profile.Pc4,
            profile.WerkfitStatus,
            profile.AvailableFrom,
            profile.WorkAndThinkingLevel,
            [.. profile.Skills],
            [.. profile.Competences],
            [.. profile.Languages],
            [.. profile.DrivingLicences],
            [.. profile.Education.Where(e => e.Status != EducationStatus.Discontinued).Select(e => e.Level).Distinct().Order()],
            [.. profile.WorkExperience.Select(w => w.Occupation).Distinct(StringComparer.OrdinalIgnoreCase)],
            [.. profile.Traits],
            [.. profile.Interests],
            p.MinHoursPerWeek,
            p.MaxHoursPerWeek,
            p.MaxTravelKm,
            p.MaxTravelMinutes,
            [.. p.Branches],
            [.. p.ContractDurations],
            [.. p.AgreementTypes],
            [.. p.DesiredOccupations.Select(d => d.Label)],
            p.WillingToRetrain);
    }
}
