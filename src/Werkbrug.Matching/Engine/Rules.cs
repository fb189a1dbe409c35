using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// The matching rules as small pure functions on whole numbers. Every credit is per mille (0–1000); a score is the sum
/// of weight × credit over the criteria that apply. Integers keep the engine and the reference scorer identical.
/// </summary>
public static class Rules
{
    public const int Full = 1000;

    /// <summary>The candidate holds the skill itself.</summary>
    public const int ExactSkill = Full;

    /// <summary>The candidate's occupation lists the skill as essential (ESCO occupation–skill relation).</summary>
    public const int EssentialInOccupation = 700;

    /// <summary>The candidate holds a directly broader or narrower skill.</summary>
    public const int BroaderOrNarrower = 600;

    /// <summary>The candidate's occupation lists the skill as optional.</summary>
    public const int OptionalInOccupation = 500;

    /// <summary>The candidate holds a sibling skill (same broader skill or skill group).</summary>
    public const int Sibling = 400;

    /// <summary>
    /// Share (per mille) of the occupation similarity a desired occupation earns: a wish without experience in it
    /// counts for 600 of the 1000 the worked occupation would.
    /// </summary>
    public const int DesiredOccupation = 600;

    /// <summary>As <see cref="DesiredOccupation"/> when the candidate is willing to retrain (bereid tot omscholing).</summary>
    public const int DesiredWillingToRetrain = 800;

    /// <summary>
    /// As <see cref="DesiredOccupation"/> for an occupation inferred from the skills of a candidate who records neither a
    /// worked nor a desired occupation (<see cref="OccupationInference"/>): listed skills are evidence of the work, but the
    /// occupation is a guess, so it counts as much as a wish with willingness to retrain and less than work done.
    /// </summary>
    public const int InferredOccupation = 800;

    /// <summary>The first day of the availability scale stored in the index.</summary>
    public static readonly DateOnly Epoch = new(2000, 1, 1);

    public static int Day(DateOnly date) => Math.Clamp(date.DayNumber - Epoch.DayNumber, 0, ushort.MaxValue);

    /// <summary>Credit for required skill <paramref name="required"/> from a held skill <paramref name="held"/> via the hierarchy.</summary>
    public static int SkillCredit(SkillTaxonomy taxonomy, SkillId required, SkillId held)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (required == held)
        {
            return ExactSkill;
        }

        var r = taxonomy[required];
        if (r.Broader.Contains(held) || r.Narrower.Contains(held))
        {
            return BroaderOrNarrower;
        }

        return r.Broader.Any(p => taxonomy[held].Broader.Contains(p)) ? Sibling : 0;
    }

    /// <summary>Credit for a required skill from the candidate's occupation listing it.</summary>
    public static int OccupationSkillCredit(SkillTaxonomy taxonomy, OccupationId? occupation, SkillId required)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (occupation is not { } o)
        {
            return 0;
        }

        var occ = taxonomy[o];
        return occ.EssentialSkills.Contains(required) ? EssentialInOccupation
            : occ.OptionalSkills.Contains(required) ? OptionalInOccupation : 0;
    }

    /// <summary>
    /// How close a candidate's occupation is to the vacancy's: 1000 for the same one; otherwise the share of the
    /// vacancy occupation's essential skills the other occupation also lists (essential counts fully, optional
    /// half, scaled to 900), or 500 for the same ISCO unit group and 300 for the same minor group, whichever is higher.
    /// </summary>
    public static int OccupationSimilarity(SkillTaxonomy taxonomy, OccupationId vacancy, OccupationId candidate)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (vacancy == candidate)
        {
            return Full;
        }

        var v = taxonomy[vacancy];
        var c = taxonomy[candidate];
        var basis = v.EssentialSkills.Count > 0 ? v.EssentialSkills : v.OptionalSkills;
        var coverage = 0;
        if (basis.Count > 0)
        {
            var halves = 0;
            foreach (var s in basis)
            {
                halves += c.EssentialSkills.Contains(s) ? 2 : c.OptionalSkills.Contains(s) ? 1 : 0;
            }

            coverage = halves * 450 / basis.Count;
        }

        var isco = 0;
        if (v.IscoGroup is { Length: 4 } a && c.IscoGroup is { Length: 4 } b)
        {
            isco = a == b ? 500 : a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3)) ? 300 : 0;
        }

        return Math.Max(coverage, isco);
    }

    /// <summary>Occupation credit from a desired occupation with similarity <paramref name="similarity"/> to the vacancy's.</summary>
    public static int DesiredOccupationCredit(int similarity, bool willingToRetrain) =>
        similarity * (willingToRetrain ? DesiredWillingToRetrain : DesiredOccupation) / Full;

    /// <summary>Occupation credit from an inferred occupation with similarity <paramref name="similarity"/> to the vacancy's.</summary>
    public static int InferredOccupationCredit(int similarity) => similarity * InferredOccupation / Full;

    public static int HoursCredit(int minHours, int maxHours, int wanted)
    {
        if (wanted >= minHours && wanted <= maxHours)
        {
            return Full;
        }

        var gap = wanted < minHours ? minHours - wanted : wanted - maxHours;
        return Math.Max(0, Full - (125 * gap));
    }

    /// <summary>Credit for an ordered level (education, language): full at or above the minimum, 350 less per level short.</summary>
    public static int LevelCredit(int have, int need) => have >= need ? Full : Math.Max(0, Full - (350 * (need - have)));

    public static int LicenceCredit(DrivingLicences have, DrivingLicences need) => (have & need) == need ? Full : 0;

    public static int ExperienceCredit(int have, int need) => need <= 0 ? Full : Math.Min(Full, have * Full / need);

    public static int CompetenceCredit(int mastery, int required) => required <= 0 ? Full : Math.Min(mastery, required) * Full / required;

    public static bool Clashes(FunctionalIndicators demands, FunctionalIndicators requirements) => (demands & requirements) != 0;

    /// <summary>Hard filter on readiness: werkfit always, werkfit op termijn only when the vacancy accepts it, never otherwise.</summary>
    public static bool ReadinessAllowed(WorkReadiness readiness, bool acceptsReadyInTime) =>
        readiness == WorkReadiness.Ready || (readiness == WorkReadiness.ReadyInTime && acceptsReadyInTime);

    public static bool ContractAllowed(ContractTypes accepted, ContractTypes offered) => offered == ContractTypes.None || (accepted & offered) != 0;

    public static bool TargetGroupAllowed(TargetGroups member, TargetGroups reservedFor) => reservedFor == TargetGroups.None || (member & reservedFor) != 0;

    public static bool DistanceAllowed(float distanceKm, int candidateMaxKm, int? vacancyMaxKm) =>
        distanceKm <= candidateMaxKm && (vacancyMaxKm is null || distanceKm <= vacancyMaxKm.Value);

    /// <summary>Availability: the candidate can start by the vacancy's start date (no start date: anyone).</summary>
    public static bool AvailabilityAllowed(int availableDay, int startDay) => startDay == 0 || availableDay <= startDay;
}
