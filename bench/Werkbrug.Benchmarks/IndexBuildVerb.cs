using System.Diagnostics;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Features.Matching;
using Competence = Werkbrug.Domain.JobSeekers.Competence;
using DrivingLicences = Werkbrug.Matching.Engine.DrivingLicences;
using LanguageLevel = Werkbrug.Domain.JobSeekers.LanguageLevel;
using Skill = Werkbrug.Domain.JobSeekers.Skill;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>index-build</c>: what the web app's index build costs per profile once the database rows are in memory, on the
/// same synthetic profiles (as stored job-seeker profiles with Dutch labels, the app's starter taxonomy), with the same
/// warm-up: from stored taxonomy codes (<see cref="MatchingMap"/> and <see cref="MatchingIndexes.Upsert(string, CandidateProfile)"/>)
/// against the old path, which resolved every label by fuzzy lookup at each build. Then a national-volume build from
/// stored codes, in chunks so the generated profiles need not all be held at once. Prints the summary line last.
/// </summary>
internal static class IndexBuildVerb
{
    private const int WarmUp = 2_000;
    private const int NationalProfiles = 400_000;
    private const int Chunk = 25_000;
    private const int Regions = 35;

    private static readonly Competence[] Competences = Enum.GetValues<Competence>();

    /// <summary>What an instance uses when no taxonomy was imported: the starter set.</summary>
    private static readonly MatchingCodes Codes = new(TaxonomyTsv.Starter, 0);

    public static int Run(Options o)
    {
        var count = o.Profiles ?? 25_000;
        var baselineCount = Math.Min(count, o.BaselineProfiles ?? 2_000);
        var taxonomy = Codes.Taxonomy;
        var postcodes = SharedData.LoadPostcodes();
        var synthetic = new Synthetic(taxonomy, postcodes, o.Seed ?? 42);
        var labelled = Stored(synthetic, taxonomy, count + WarmUp);
        var coded = labelled.Select(Coded).ToList();
        var unresolved = coded.Sum(p => p.Skills.Count(s => s.TaxonomyCode is null)) / (double)coded.Sum(p => p.Skills.Count);
        Console.WriteLine($"data: {count} profiles (+{WarmUp} warm-up), starter taxonomy ({taxonomy.Occupations.Count} occupations), mean {coded.Average(p => p.Skills.Count):0.0} skills, {unresolved:P1} of skill labels unresolved");

        // The old path: every label through the lookup at every build (nothing remembered between profiles).
        var lookup = new TaxonomyCodes(taxonomy, remembered: 0);
        var map = new MatchingMap(taxonomy);
        CandidateProfile FromLabels(JobSeekerProfile p) => map.Candidate(
            Copy(p, [.. p.WorkExperience.Select(w => w with { OccupationCode = lookup.Occupation(null, w.Occupation) })], [.. p.Skills.Select(s => s with { TaxonomyCode = lookup.Skill(null, s.Label) })]),
            Synthetic.Today);
        CandidateProfile FromCodes(JobSeekerProfile p) => map.Candidate(p, Synthetic.Today);

        Build(postcodes, coded.Take(WarmUp), FromCodes, null);
        Build(postcodes, labelled.Take(WarmUp), FromLabels, null);
        var stored = Build(postcodes, coded.Skip(WarmUp), FromCodes, null);
        var baseline = Build(postcodes, labelled.Skip(WarmUp).Take(baselineCount), FromLabels, null);
        var (us, baselineUs) = (stored.CpuSeconds * 1e6 / count, baseline.CpuSeconds * 1e6 / baselineCount);
        Console.WriteLine($"stored codes: {us:0.00} us/profile CPU ({stored.WallSeconds * 1e6 / count:0.00} wall) over {count}; " +
            $"fuzzy lookup at build (old path): {baselineUs:0.0} us/profile CPU ({baseline.WallSeconds * 1e6 / baselineCount:0.0} wall) over {baselineCount}");

        using var national = new MatchingIndexes(taxonomy);
        national.Initialise(postcodes);
        var nationalTime = new Timing(0, 0);
        for (var done = 0; done < NationalProfiles; done += Chunk)
        {
            var chunk = Stored(synthetic, taxonomy, Math.Min(Chunk, NationalProfiles - done)).Select(Coded).ToList();
            var t = Build(postcodes, chunk, FromCodes, national);
            nationalTime = new Timing(nationalTime.WallSeconds + t.WallSeconds, nationalTime.CpuSeconds + t.CpuSeconds);
        }

        Console.WriteLine($"national: {national.CandidateCount} profiles in {Regions} regions built from stored codes in {nationalTime.CpuSeconds:0.00} s CPU " +
            $"({nationalTime.WallSeconds:0.00} s wall), {nationalTime.CpuSeconds * 1e6 / NationalProfiles:0.00} us/profile, {national.CandidateBytes / Math.Max(1, national.CandidateCount)} bytes/profile");
        Console.WriteLine($"index-build: profiles={count} us_per_profile={us:0.00} baseline_us_per_profile={baselineUs:0.0} ratio={baselineUs / us:0.0} national_profiles={NationalProfiles} national_s={nationalTime.CpuSeconds:0.00}");
        return 0;
    }

    /// <summary>Time to map and upsert <paramref name="profiles"/> into <paramref name="into"/> (or fresh indexes), wall-clock and CPU of this thread.</summary>
    private static Timing Build(Pc4Map postcodes, IEnumerable<JobSeekerProfile> profiles, Func<JobSeekerProfile, CandidateProfile> map, MatchingIndexes? into)
    {
        using var fresh = into is null ? new MatchingIndexes(Codes.Taxonomy) : null;
        var indexes = into ?? fresh!;
        indexes.Initialise(postcodes);
        var cpu = ThreadClock.NowMs();
        var t = Stopwatch.GetTimestamp();
        foreach (var p in profiles)
        {
            indexes.Upsert(p.RegionCode, map(p));
        }

        return new Timing(Stopwatch.GetElapsedTime(t).TotalSeconds, (ThreadClock.NowMs() - cpu) / 1e3);
    }

    private readonly record struct Timing(double WallSeconds, double CpuSeconds);

    /// <summary>The profile as written today: the resolve step ran once and stored the codes.</summary>
    private static JobSeekerProfile Coded(JobSeekerProfile labelled)
    {
        var copy = Copy(labelled, labelled.WorkExperience, labelled.Skills);
        Codes.Resolve(copy);
        return copy;
    }

    /// <summary>Synthetic profiles as a CSV import stored them: Dutch labels as a person types them, no codes.</summary>
    private static List<JobSeekerProfile> Stored(Synthetic synthetic, SkillTaxonomy taxonomy, int count) =>
        [.. synthetic.Profiles(count).Select((c, i) => Profile(c, taxonomy, i))];

    private static JobSeekerProfile Profile(CandidateProfile c, SkillTaxonomy taxonomy, int i)
    {
        var profile = new JobSeekerProfile
        {
            Id = c.Id,
            RegionCode = $"AM{(i % Regions) + 1:00}",
            OwnerOrganisationId = c.OwnerOrganisationId,
            CaseManagerUserId = c.OwnerOrganisationId,
            Pseudonym = "WZ-" + i,
            GivenName = "Sanne",
            Surname = "Test",
            BirthDate = new DateOnly(1960 + (i % 45), 1 + (i % 12), 1 + (i % 28)),
            Postcode = $"{c.Pc4:0000} AB",
            Pc4 = $"{c.Pc4:0000}",
            RegisteredOn = Synthetic.Today.AddDays(-(i % 700)),
            AvailableFrom = c.AvailableFrom,
            Benefit = (BenefitType)(i % 3),
            JobsAgreementTarget = c.TargetGroups.HasFlag(TargetGroups.JobAgreement),
            WorkAndThinkingLevel = (WorkAndThinkingLevel)(1 + ((int)c.Education % 6)),
            Languages = [new LanguageSkill("nl", LanguageLevel.Good, LanguageLevel.Reasonable, LanguageLevel.Good, LanguageLevel.Good)],
            DrivingLicences = c.Licences.HasFlag(DrivingLicences.B) ? ["B"] : [],
            Competences = [.. c.Competences.Take(4).Select((k, n) => new CompetenceRating(Competences[(i + n) % Competences.Length], (Mastery)(1 + (k.Mastery % 3))))],
            WorkExperience = c.Occupation is { } o ? [new WorkExperienceRecord(Typed(taxonomy[o].Label), "Werkgever", Synthetic.Today.AddYears(-c.ExperienceYears - 1), null)] : [],
            Skills = [.. c.Skills.Select(s => new Skill(Typed(taxonomy[s].Label), null))],
            Preferences = new WorkPreferences { MinHoursPerWeek = c.MinHoursPerWeek, MaxHoursPerWeek = c.MaxHoursPerWeek, MaxTravelKm = c.MaxTravelKm },
        };
        profile.AssessWerkfit(WerkfitStatus.WorkReady, Synthetic.Today, Guid.Empty);
        return profile;
    }

    private static string Typed(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private static JobSeekerProfile Copy(JobSeekerProfile p, List<WorkExperienceRecord> experience, List<Skill> skills)
    {
        var copy = new JobSeekerProfile
        {
            Id = p.Id,
            RegionCode = p.RegionCode,
            OwnerOrganisationId = p.OwnerOrganisationId,
            CaseManagerUserId = p.CaseManagerUserId,
            Pseudonym = p.Pseudonym,
            GivenName = p.GivenName,
            Surname = p.Surname,
            BirthDate = p.BirthDate,
            Postcode = p.Postcode,
            Pc4 = p.Pc4,
            RegisteredOn = p.RegisteredOn,
            AvailableFrom = p.AvailableFrom,
            Benefit = p.Benefit,
            JobsAgreementTarget = p.JobsAgreementTarget,
            WorkAndThinkingLevel = p.WorkAndThinkingLevel,
            Languages = p.Languages,
            DrivingLicences = p.DrivingLicences,
            Competences = p.Competences,
            WorkExperience = experience,
            Skills = skills,
            Preferences = p.Preferences,
        };
        copy.AssessWerkfit(p.WerkfitStatus, p.WerkfitAssessedOn, p.WerkfitAssessedByUserId);
        return copy;
    }
}
