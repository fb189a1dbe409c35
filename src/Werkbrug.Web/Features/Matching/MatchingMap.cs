using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;
using Engine = Werkbrug.Matching.Engine;
using Vum = Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// Maps the stored job-seeker profiles and vacancies onto the engine's compact input (the engine knows no database).
/// Occupations (worked and desired) and skills count by their stored taxonomy code only (resolved once at write time, <see cref="MatchingCodes"/>):
/// a label without a known code is unresolved and does not count, and no lookup runs here, so mapping a profile takes
/// microseconds. The 25 VUM behavioural competences are folded onto the engine's sixteen.
/// Functional work requirements (special-category data) are not mapped and neither are the vacancy's task demands: a
/// person's limitations never influence a ranking, and whether a task clashes is worked out per viewer afterwards, only
/// for those who may see the limitations (<see cref="TaskFit"/>, ADR 0038).
/// </summary>
public sealed class MatchingMap(SkillTaxonomy taxonomy)
{
    public SkillTaxonomy Taxonomy => taxonomy;

    public CandidateProfile Candidate(JobSeekerProfile profile, DateOnly today) => Candidate(CandidateFacts.Of(profile), today);

    public CandidateProfile Candidate(CandidateFacts profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var occupation = LatestOccupation(profile.WorkExperience);
        return new CandidateProfile
        {
            Id = profile.Id,
            OwnerOrganisationId = profile.OwnerOrganisationId,
            Pc4 = int.Parse(profile.Pc4, System.Globalization.CultureInfo.InvariantCulture),
            MaxTravelKm = Math.Clamp(profile.MaxTravelKm ?? 25, 1, 255),
            AvailableFrom = profile.AvailableFrom ?? profile.RegisteredOn,
            Readiness = profile.WerkfitStatus switch
            {
                WerkfitStatus.WorkReady => WorkReadiness.Ready,
                WerkfitStatus.WorkReadyLater => WorkReadiness.ReadyInTime,
                _ => WorkReadiness.NotReady,
            },
            AcceptedContracts = Contracts(profile.AgreementTypes),
            TargetGroups = TargetGroupsOf(profile, today),
            MinHoursPerWeek = Math.Clamp(profile.MinHoursPerWeek ?? 0, 0, 60),
            MaxHoursPerWeek = Math.Clamp(profile.MaxHoursPerWeek ?? 40, 0, 60),
            Education = Education(profile),
            Dutch = Dutch(profile.Languages),
            Licences = Licences(profile.DrivingLicences),
            ExperienceYears = Math.Min(60, ExperienceYears(profile.WorkExperience, today)),
            Occupation = occupation,
            DesiredOccupations = Occupations(profile.DesiredOccupations),
            WillingToRetrain = profile.WillingToRetrain,
            Skills = Skills(profile.Skills.Select(s => s.TaxonomyCode)),
            Competences = Fold(profile.Competences.Select(c => ((int)c.Code, Mastery(c.Mastery)))),
        };
    }

    public VacancyQuery Vacancy(Vacancy vacancy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var must = vacancy.Skills.Where(s => s.Importance == Importance.Must);
        var nice = vacancy.Skills.Where(s => s.Importance != Importance.Must);
        return new VacancyQuery
        {
            Id = vacancy.Id,
            Pc4 = int.Parse(vacancy.Pc4, System.Globalization.CultureInfo.InvariantCulture),
            Region = vacancy.RegionCode,
            StartDate = vacancy.StartDate ?? today,
            AcceptsReadyInTime = vacancy.OpenToAdaptingJob,
            Contract = vacancy.ContractType switch
            {
                ContractType.Regular => Engine.ContractTypes.Permanent,
                ContractType.Leerbaan => Engine.ContractTypes.Apprenticeship,
                _ => Engine.ContractTypes.WorkExperience,
            },
            HoursPerWeek = vacancy.HoursPerWeekMax,
            MinEducation = vacancy.EducationLevel is { } level ? Level((int)level, vacancy.MboLevel) : Engine.EducationLevel.None,
            MinDutch = Cefr(Max(vacancy.DutchSpeaking, vacancy.DutchListening, vacancy.DutchReading, vacancy.DutchWriting)),
            RequiredLicences = vacancy.DrivingLicence is { } licence ? Licence(licence) : Engine.DrivingLicences.None,
            MinExperienceYears = Math.Clamp(vacancy.MinExperienceYears ?? 0, 0, 60),
            ReservedFor = vacancy.ReservedForJobsAgreement ? TargetGroups.JobAgreement : TargetGroups.None,
            Occupation = Occupation(vacancy.OccupationCode),
            RequiredSkills = Skills(must.Select(s => s.TaxonomyCode)),
            NiceToHaveSkills = Skills(nice.Select(s => s.TaxonomyCode)),
            Competences = Fold(vacancy.Competences.Select(c => (c.Code, c.Importance == Importance.Must ? 2 : 1))),
            // No tasks: without anyone's limitations in the index every candidate would get the same "all tasks fit" (ADR 0038).
            Tasks = [],
        };
    }

    public OccupationId? Occupation(string? code) => code is null ? null : taxonomy.FindOccupation(code)?.Id;

    public SkillId? Skill(string? code) => code is null ? null : taxonomy.FindSkill(code)?.Id;

    /// <summary>The known codes among <paramref name="codes"/>, each once, in order (a loop: this runs for every profile of a build).</summary>
    private List<SkillId> Skills(IEnumerable<string?> codes)
    {
        var skills = new List<SkillId>();
        foreach (var code in codes)
        {
            if (Skill(code) is { } id && !skills.Contains(id))
            {
                skills.Add(id);
            }
        }

        return skills;
    }

    /// <summary>The known codes of the desired occupations, each once, at most the engine's three (a loop: this runs for every profile of a build).</summary>
    private List<OccupationId> Occupations(IReadOnlyList<DesiredOccupation> desired)
    {
        var occupations = new List<OccupationId>(desired.Count);
        foreach (var d in desired)
        {
            if (Occupation(d.OccupationCode) is { } id && !occupations.Contains(id) && occupations.Count < CandidateProfile.MaxDesiredOccupations)
            {
                occupations.Add(id);
            }
        }

        return occupations;
    }

    /// <summary>The coded occupation of the latest work (still running first, then the latest end, then the latest start).</summary>
    private OccupationId? LatestOccupation(IReadOnlyList<WorkExperienceRecord> experience)
    {
        OccupationId? best = null;
        (DateOnly Until, DateOnly From) latest = default;
        foreach (var work in experience)
        {
            var key = (work.Until ?? DateOnly.MaxValue, work.From ?? DateOnly.MinValue);
            if ((best is null || key.Item1 > latest.Until || (key.Item1 == latest.Until && key.Item2 > latest.From)) && Occupation(work.OccupationCode) is { } id)
            {
                (best, latest) = (id, key);
            }
        }

        return best;
    }

    /// <summary>
    /// VUM werk- en denkniveau (the same code list on profiles and vacancies) onto the engine's ordered levels; MBO/havo/vwo
    /// with a known MBO level (1–4) maps to that level, without one to MBO 2.
    /// </summary>
    internal static Engine.EducationLevel Level(int workAndThinkingLevel, int? mboLevel = null) => workAndThinkingLevel switch
    {
        1 => Engine.EducationLevel.None,
        2 => Engine.EducationLevel.Primary,
        3 => Engine.EducationLevel.Vmbo,
        4 => Mbo(mboLevel),
        5 => Engine.EducationLevel.Hbo,
        6 => Engine.EducationLevel.Wo,
        _ => Engine.EducationLevel.None,
    };

    private static Engine.EducationLevel Mbo(int? level) => level switch
    {
        1 => Engine.EducationLevel.Mbo1,
        3 => Engine.EducationLevel.Mbo3,
        4 => Engine.EducationLevel.Mbo4HavoVwo,
        _ => Engine.EducationLevel.Mbo2,
    };

    /// <summary>
    /// The highest of the werk- en denkniveau and the educations completed (or with a diploma), at full resolution: an MBO
    /// education with its level counts as MBO 1–4, havo/vwo as MBO 4's level.
    /// </summary>
    internal static Engine.EducationLevel Education(CandidateFacts profile)
    {
        var best = Level((int)profile.WorkAndThinkingLevel);
        foreach (var e in profile.Education)
        {
            if (e.Status != EducationStatus.Completed && e.Diploma != DiplomaIndicator.Yes)
            {
                continue;
            }

            var level = e.Level switch
            {
                Vum.EducationLevel.Primary => Engine.EducationLevel.Primary,
                Vum.EducationLevel.Vmbo => Engine.EducationLevel.Vmbo,
                Vum.EducationLevel.HavoVwo => Engine.EducationLevel.Mbo4HavoVwo,
                Vum.EducationLevel.Mbo => Mbo(e.MboLevel),
                Vum.EducationLevel.HboBachelor => Engine.EducationLevel.Hbo,
                Vum.EducationLevel.WoMaster => Engine.EducationLevel.Wo,
                _ => Engine.EducationLevel.None,
            };
            best = level > best ? level : best;
        }

        return best;
    }

    /// <summary>VUM mastery (1 good … 4 none) onto the engine's 0–3.</summary>
    internal static int Mastery(Vum.Mastery mastery) => mastery switch
    {
        Vum.Mastery.Good => 3,
        Vum.Mastery.Sufficient => 2,
        Vum.Mastery.Insufficient => 1,
        _ => 0,
    };

    /// <summary>Which of the engine's sixteen competences a VUM competence counts as.</summary>
    internal static Engine.Competence? Fold(int vumCode) => (Vum.Competence)vumCode switch
    {
        Vum.Competence.DecidingAndInitiating => Engine.Competence.Initiative,
        Vum.Competence.ActingEntrepreneurially => Engine.Competence.Initiative,
        Vum.Competence.Directing => Engine.Competence.Leadership,
        Vum.Competence.Supervising => Engine.Competence.Leadership,
        Vum.Competence.ShowingAttentionAndUnderstanding => Engine.Competence.CustomerFocus,
        Vum.Competence.CustomerFocus => Engine.Competence.CustomerFocus,
        Vum.Competence.CooperatingAndConsulting => Engine.Competence.Cooperation,
        Vum.Competence.ActingEthically => Engine.Competence.Reliability,
        Vum.Competence.BuildingRelationships => Engine.Competence.Communication,
        Vum.Competence.PersuadingAndInfluencing => Engine.Competence.Communication,
        Vum.Competence.Presenting => Engine.Competence.Communication,
        Vum.Competence.WritingAndReporting => Engine.Competence.Communication,
        Vum.Competence.ApplyingExpertise => Engine.Competence.Independence,
        Vum.Competence.UsingMaterialsAndResources => Engine.Competence.Accuracy,
        Vum.Competence.DeliveringQuality => Engine.Competence.Accuracy,
        Vum.Competence.Analysing => Engine.Competence.Accuracy,
        Vum.Competence.Researching => Engine.Competence.EagerToLearn,
        Vum.Competence.Learning => Engine.Competence.EagerToLearn,
        Vum.Competence.CreatingAndInnovating => Engine.Competence.Creativity,
        Vum.Competence.PlanningAndOrganising => Engine.Competence.Planning,
        Vum.Competence.FollowingInstructions => Engine.Competence.FollowingRules,
        Vum.Competence.AdaptingToChange => Engine.Competence.Flexibility,
        Vum.Competence.CopingWithPressure => Engine.Competence.StressResistance,
        Vum.Competence.ShowingDriveAndAmbition => Engine.Competence.Perseverance,
        Vum.Competence.ActingBusinesslike => Engine.Competence.Responsibility,
        _ => null,
    };

    /// <summary>The best mastery per engine competence, in competence order.</summary>
    private static List<CompetenceLevel> Fold(IEnumerable<(int Code, int Mastery)> competences)
    {
        Span<int> best = stackalloc int[16];
        foreach (var (code, mastery) in competences)
        {
            if (Fold(code) is { } competence)
            {
                best[(int)competence] = Math.Max(best[(int)competence], mastery);
            }
        }

        var folded = new List<CompetenceLevel>();
        for (var c = 0; c < best.Length; c++)
        {
            if (best[c] > 0)
            {
                folded.Add(new CompetenceLevel((Engine.Competence)c, best[c]));
            }
        }

        return folded;
    }

    private static Engine.ContractTypes Contracts(IReadOnlyList<AgreementType> agreements)
    {
        var accepted = Engine.ContractTypes.None;
        foreach (var agreement in agreements)
        {
            accepted |= agreement switch
            {
                AgreementType.Regular => Engine.ContractTypes.Permanent | Engine.ContractTypes.Temporary,
                AgreementType.LearningJob => Engine.ContractTypes.Apprenticeship,
                _ => Engine.ContractTypes.WorkExperience,
            };
        }

        return accepted == Engine.ContractTypes.None
            ? Engine.ContractTypes.Permanent | Engine.ContractTypes.Temporary | Engine.ContractTypes.Apprenticeship | Engine.ContractTypes.WorkExperience
            : accepted;
    }

    private static TargetGroups TargetGroupsOf(CandidateFacts profile, DateOnly today)
    {
        var groups = TargetGroups.None;
        if (profile.JobsAgreementTarget)
        {
            groups |= TargetGroups.JobAgreement;
        }

        groups |= profile.Benefit switch
        {
            BenefitType.Bijstand => TargetGroups.ParticipationAct,
            BenefitType.Ww => TargetGroups.Unemployment,
            _ => TargetGroups.None,
        };
        var age = today.Year - profile.BirthDate.Year - (today < profile.BirthDate.AddYears(today.Year - profile.BirthDate.Year) ? 1 : 0);
        if (age < 27)
        {
            groups |= TargetGroups.Youth;
        }
        else if (age >= 50)
        {
            groups |= TargetGroups.Over50;
        }

        return groups;
    }

    /// <summary>
    /// The candidate's Dutch: the lowest of speaking, listening, reading and writing that is known (so a person who speaks
    /// well but cannot read or write Dutch does not pass a reading job), on the CEFR scale of the engine.
    /// </summary>
    internal static Engine.LanguageLevel Dutch(IEnumerable<LanguageSkill> languages)
    {
        var dutch = languages.FirstOrDefault(l => string.Equals(l.Code, "nl", StringComparison.OrdinalIgnoreCase) || string.Equals(l.Code, "nld", StringComparison.OrdinalIgnoreCase));
        if (dutch is null)
        {
            return Engine.LanguageLevel.None;
        }

        var known = new[] { dutch.Oral, dutch.Listening, dutch.Reading, dutch.Written }.Where(l => l is not Vum.LanguageLevel.Unknown and not Vum.LanguageLevel.NotApplicable).ToList();
        return known.Count == 0 ? Engine.LanguageLevel.None : Cefr(known.Min());
    }

    /// <summary>The VUM language scale onto CEFR: redelijk A2, goed B1, uitstekend C1.</summary>
    internal static Engine.LanguageLevel Cefr(Vum.LanguageLevel? level) => level switch
    {
        Vum.LanguageLevel.Excellent => Engine.LanguageLevel.C1,
        Vum.LanguageLevel.Good => Engine.LanguageLevel.B1,
        Vum.LanguageLevel.Reasonable => Engine.LanguageLevel.A2,
        _ => Engine.LanguageLevel.None,
    };

    private static Vum.LanguageLevel? Max(params Vum.LanguageLevel?[] levels) =>
        levels.Where(l => l is Vum.LanguageLevel.Reasonable or Vum.LanguageLevel.Good or Vum.LanguageLevel.Excellent).Max();

    /// <summary>The licences held, each with the categories it includes (C and D need B, CE needs C and BE, B includes AM).</summary>
    private static Engine.DrivingLicences Licences(IEnumerable<string> licences)
    {
        var held = Engine.DrivingLicences.None;
        foreach (var licence in licences)
        {
            held |= Licence(licence) switch
            {
                Engine.DrivingLicences.CE => Engine.DrivingLicences.CE | Engine.DrivingLicences.C | Engine.DrivingLicences.BE | Engine.DrivingLicences.B | Engine.DrivingLicences.AM,
                Engine.DrivingLicences.C or Engine.DrivingLicences.D => Licence(licence) | Engine.DrivingLicences.B | Engine.DrivingLicences.AM,
                Engine.DrivingLicences.BE => Engine.DrivingLicences.BE | Engine.DrivingLicences.B | Engine.DrivingLicences.AM,
                Engine.DrivingLicences.B => Engine.DrivingLicences.B | Engine.DrivingLicences.AM,
                var other => other,
            };
        }

        return held;
    }

    /// <summary>One licence code onto the engine's categories (C1 counts as C, D1 as D; unknown codes as none).</summary>
    internal static Engine.DrivingLicences Licence(string licence) => licence.Trim().ToUpperInvariant() switch
    {
        "B" or "B+" => Engine.DrivingLicences.B,
        "BE" => Engine.DrivingLicences.BE,
        "C" or "C1" => Engine.DrivingLicences.C,
        "CE" or "C1E" => Engine.DrivingLicences.CE,
        "D" or "D1" => Engine.DrivingLicences.D,
        "AM" => Engine.DrivingLicences.AM,
        _ => Engine.DrivingLicences.None,
    };

    private static int ExperienceYears(IEnumerable<WorkExperienceRecord> experience, DateOnly today)
    {
        var days = experience
            .Where(w => w.From is not null)
            .Sum(w => Math.Max(0, (w.Until ?? today).DayNumber - w.From!.Value.DayNumber));
        return days / 365;
    }
}
