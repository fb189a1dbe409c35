using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>
/// The job seeker's eligibility facts as far as the viewer may see them (ADR 0023), shared by the stand-alone check and
/// the match result: benefit, register, age and residence only at a level that shows the identity or under a grant of
/// the full profile; the work-ability facts (special category) only for the owner's case managers or under explicit
/// consent; everything else withheld, so the evaluator never receives it.
/// </summary>
public static class CandidateFacts
{
    /// <summary>Whether the viewer sees the profile's facts beyond the matching profile, and the special category.</summary>
    public static (bool Profile, bool Special) Sees(DisclosureLevel level, DataCategories granted) =>
        (level.ShowsIdentity() || granted.HasFlag(DataCategories.FullProfile), level.ShowsSealedFields() || granted.HasFlag(DataCategories.WorkRequirements));

    public static EligibilityFacts For(JobSeekerProfile profile, DisclosureLevel level, DataCategories granted, Fact<string> residence, PersonalDataVault vault, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(vault);
        var (seesProfile, seesSpecial) = Sees(level, granted);
        var facts = new EligibilityFacts
        {
            On = today,
            AgeBand = AgeBands.Of(profile.BirthDate, today),
            WerkfitStatus = Fact<WerkfitStatus>.Of(profile.WerkfitStatus),
            Benefit = seesProfile ? Fact<BenefitType>.Of(profile.Benefit) : Fact<BenefitType>.Withheld,
            JobsAgreementTarget = seesProfile ? Fact<bool>.Of(profile.JobsAgreementTarget) : Fact<bool>.Withheld,
            Age = seesProfile ? Fact<int>.Of(AgeBands.AgeOn(profile.BirthDate, today)) : Fact<int>.Withheld,
            Residence = seesProfile ? residence : Fact<string>.Withheld,
            NeedsAdaptation = Fact<bool>.Withheld,
            NeedsSupervision = Fact<bool>.Withheld,
        };
        if (!seesSpecial)
        {
            return facts;
        }

        var requirements = vault.OpenWorkRequirements(profile.RegionCode, profile.SealedWorkRequirements);
        return facts with { NeedsAdaptation = Indicator(requirements.Adaptation), NeedsSupervision = Indicator(requirements.Supervision) };
    }

    /// <summary>
    /// The municipality of residence: a municipality registers the job seekers who live in it (Participatiewet), so a
    /// profile owned by a municipality lives there; for other owners (UWV, a werkbedrijf) it is not recorded.
    /// </summary>
    public static Fact<string> Residence(OrganisationType ownerType, string? municipality) =>
        ownerType == OrganisationType.Municipality && municipality is not null ? Fact<string>.Of(municipality) : Fact<string>.Unknown;

    private static Fact<bool> Indicator(Indicator value) => value switch
    {
        Domain.JobSeekers.Indicator.Yes => Fact<bool>.Of(true),
        Domain.JobSeekers.Indicator.No => Fact<bool>.Of(false),
        _ => Fact<bool>.Unknown,
    };
}
