using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// A candidate as stored in the index: 44 bytes of fixed fields; the skill ids live in the bucket's skill pool, followed
/// by the desired occupation ids (<see cref="DesiredCount"/> of them, 2 bytes each). Levels are stored as bytes, dates as
/// days since <see cref="Rules.Epoch"/>, competences as 2-bit masteries.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct CandidateRecord
{
    public Guid Id;
    public int SkillOffset;
    public uint Competences;
    public ushort Organisation;
    public ushort Occupation;
    public ushort AvailableDay;
    public ushort Requirements;
    public byte MaxTravelKm;
    public byte Readiness;
    public byte Contracts;
    public byte TargetGroups;
    public byte MinHours;
    public byte MaxHours;
    public byte Education;
    public byte Dutch;
    public byte Licences;
    public byte Experience;
    public byte SkillCount;

    /// <summary>
    /// Bits 0–1: how many desired occupations follow the skills in the pool (0–3); bit 2: willing to retrain; bit 3: the
    /// occupations are inferred from the skills (<see cref="OccupationInference"/>), not desired.
    /// </summary>
    public byte Desired;

    public const ushort NoOccupation = ushort.MaxValue;

    private const byte RetrainBit = 4;

    private const byte InferredBit = 8;

    public readonly int DesiredCount => Desired & 3;

    public readonly bool WillingToRetrain => (Desired & RetrainBit) != 0;

    public readonly bool Inferred => (Desired & InferredBit) != 0;

    /// <summary>Pool entries the record uses: its skills and its desired occupations.</summary>
    public readonly int PoolCount => SkillCount + DesiredCount;

    public static byte PackDesired(int count, bool willingToRetrain, bool inferred = false) =>
        (byte)(Math.Clamp(count, 0, 3) | (willingToRetrain ? RetrainBit : 0) | (inferred ? InferredBit : 0));

    public static uint PackCompetences(IReadOnlyList<CompetenceLevel> competences)
    {
        uint packed = 0;
        foreach (var c in competences)
        {
            var shift = 2 * (int)c.Competence;
            var current = (int)((packed >> shift) & 3);
            var m = Math.Clamp(c.Mastery, 0, 3);
            if (m > current)
            {
                packed = (packed & ~(3u << shift)) | ((uint)m << shift);
            }
        }

        return packed;
    }
}

/// <summary>Per-criterion credits of one candidate against one vacancy (0–1000 each; -1 when the criterion does not apply).</summary>
internal struct Credits
{
    public int Required;
    public int Nice;
    public int Occupation;
    public int Competences;
    public int Hours;
    public int Education;
    public int Language;
    public int Licence;
    public int Experience;
    public int Tasks;
}

/// <summary>The scoring arithmetic on compiled plans, shared by the candidate index and the vacancy index.</summary>
internal static class Scorer
{
    /// <summary>The hard filters other than distance (which the caller checks per area).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(in CandidateRecord r, VacancyPlan plan)
    {
        var q = plan.Query;
        return Rules.AvailabilityAllowed(r.AvailableDay, plan.StartDay)
            && Rules.ReadinessAllowed((WorkReadiness)r.Readiness, q.AcceptsReadyInTime)
            && Rules.ContractAllowed((ContractTypes)r.Contracts, q.Contract)
            && Rules.TargetGroupAllowed((TargetGroups)r.TargetGroups, q.ReservedFor);
    }

    /// <summary>Weighted score of everything but the two skill criteria; <paramref name="desired"/> are the desired occupation ids.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ScoreWithoutSkills(in CandidateRecord r, ReadOnlySpan<ushort> desired, VacancyPlan plan)
    {
        var score = 0;
        if (plan.WOccupation != 0)
        {
            score += plan.WOccupation * OccupationCredit(r, desired, plan);
        }

        if (plan.WCompetences != 0)
        {
            score += plan.WCompetences * CompetenceCredit(r.Competences, plan);
        }

        if (plan.WHours != 0)
        {
            score += plan.WHours * Rules.HoursCredit(r.MinHours, r.MaxHours, plan.Query.HoursPerWeek);
        }

        score += plan.WEducation * plan.EducationCredit[r.Education & 15];
        score += plan.WLanguage * plan.LanguageCredit[r.Dutch & 15];
        if (plan.WLicence != 0)
        {
            score += plan.WLicence * Rules.LicenceCredit((DrivingLicences)r.Licences, plan.Query.RequiredLicences);
        }

        score += plan.WExperience * plan.ExperienceCredit[r.Experience];
        if (plan.WTasks != 0)
        {
            score += plan.WTasks * TaskCredit((FunctionalIndicators)r.Requirements, plan);
        }

        return score;
    }

    /// <summary>
    /// The occupation credit: the highest of the worked occupation's similarity and, per desired occupation, its
    /// similarity scaled by <see cref="Rules.DesiredOccupationCredit"/> (or, per inferred one, by
    /// <see cref="Rules.InferredOccupationCredit"/>).
    /// </summary>
    public static int OccupationCredit(in CandidateRecord r, ReadOnlySpan<ushort> desired, VacancyPlan plan)
    {
        var credit = r.Occupation == CandidateRecord.NoOccupation ? 0 : plan.SimilarityTo(r.Occupation);
        foreach (var o in desired)
        {
            var similarity = plan.SimilarityTo(o);
            credit = Math.Max(credit, r.Inferred ? Rules.InferredOccupationCredit(similarity) : Rules.DesiredOccupationCredit(similarity, r.WillingToRetrain));
        }

        return credit;
    }

    public static int CompetenceCredit(uint packed, VacancyPlan plan)
    {
        var competences = plan.Competences;
        var sum = 0;
        foreach (var (shift, required) in competences)
        {
            sum += Rules.CompetenceCredit((int)((packed >> shift) & 3), required);
        }

        return sum / competences.Length;
    }

    public static int TaskCredit(FunctionalIndicators requirements, VacancyPlan plan)
    {
        var tasks = plan.TaskDemands;
        var fitting = 0;
        foreach (var t in tasks)
        {
            fitting += Rules.Clashes(t, requirements) ? 0 : 1;
        }

        return fitting * Rules.Full / tasks.Length;
    }

    /// <summary>
    /// Weighted score of the two skill criteria: per wanted skill the best credit from the held skills (dense table
    /// of held skills) or from the candidate's occupation; averaged per criterion.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ScoreSkillsDense(in CandidateRecord r, ReadOnlySpan<ushort> skills, VacancyPlan plan, Span<short> best)
    {
        best = best[..plan.Slots.Length];
        best.Clear();
        var starts = plan.DenseSkillStarts!;
        var entries = plan.SkillEntries;
        foreach (var s in skills)
        {
            var end = starts[s + 1];
            for (var k = starts[s]; k < end; k++)
            {
                var e = entries[k];
                if (e.Credit > best[e.Slot])
                {
                    best[e.Slot] = e.Credit;
                }
            }
        }

        return FinishSkills(r, plan, best);
    }

    /// <summary>As <see cref="ScoreSkillsDense"/> with the plan's sparse table, for scoring one candidate against many plans.</summary>
    public static int ScoreSkillsSparse(in CandidateRecord r, ReadOnlySpan<ushort> skills, VacancyPlan plan, Span<short> best)
    {
        best = best[..plan.Slots.Length];
        best.Clear();
        foreach (var s in skills)
        {
            foreach (var e in plan.EntriesFor(s))
            {
                if (e.Credit > best[e.Slot])
                {
                    best[e.Slot] = e.Credit;
                }
            }
        }

        return FinishSkills(r, plan, best);
    }

    private static int FinishSkills(in CandidateRecord r, VacancyPlan plan, Span<short> best)
    {
        if (r.Occupation != CandidateRecord.NoOccupation)
        {
            foreach (var e in plan.OccupationEntriesFor(r.Occupation))
            {
                if (e.Credit > best[e.Slot])
                {
                    best[e.Slot] = e.Credit;
                }
            }
        }

        var score = 0;
        if (plan.RequiredCount > 0)
        {
            var sum = 0;
            for (var i = 0; i < plan.RequiredCount; i++)
            {
                sum += best[i];
            }

            score += plan.WRequired * (sum / plan.RequiredCount);
        }

        if (plan.NiceCount > 0)
        {
            var sum = 0;
            for (var i = plan.RequiredCount; i < plan.RequiredCount + plan.NiceCount; i++)
            {
                sum += best[i];
            }

            score += plan.WNice * (sum / plan.NiceCount);
        }

        return score;
    }
}
