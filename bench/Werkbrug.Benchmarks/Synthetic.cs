using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>
/// Synthetic but realistic pool and vacancies drawn from the real ESCO sample: occupations with a skewed (Zipf)
/// popularity; a candidate holds each essential skill of their occupation with probability 0.8 and each optional one
/// with 0.45, plus noise skills from a skewed global frequency; one in ten has no occupation (career starters).
/// PC4 areas get log-normal population weights; the other attributes follow plausible distributions. Seeded: the
/// same arguments give the same data.
/// </summary>
internal sealed class Synthetic
{
    public static readonly DateOnly Today = new(2026, 1, 5);

    private static readonly int[] MinHours = [8, 16, 20, 24, 32, 36];
    private static readonly int[] Travel = [5, 10, 15, 15, 20, 20, 25, 30, 40, 50];
    private static readonly int[] Spread = [0, 4, 8, 16];
    private static readonly int[] VacancyHours = [16, 24, 32, 36, 38, 40];

    private readonly Random _random;
    private readonly Occupation[] _occupations;
    private readonly double[] _occupationCdf;
    private readonly SkillId[] _skills;
    private readonly double[] _skillCdf;
    private readonly int[] _pc4s;
    private readonly double[] _pc4Cdf;
    private readonly Guid[] _organisations;

    public Synthetic(SkillTaxonomy taxonomy, Pc4Map postcodes, int seed)
    {
        _random = new Random(seed);
        _occupations = Shuffle(taxonomy.Occupations.Where(o => o.EssentialSkills.Count > 0).ToArray());
        _occupationCdf = Cdf(_occupations.Length, i => 1.0 / Math.Pow(i + 1, 0.9));
        _skills = Shuffle(taxonomy.Skills.Where(s => s.Kind != SkillKind.Group).Select(s => s.Id).ToArray());
        _skillCdf = Cdf(_skills.Length, i => 1.0 / (i + 1));
        _pc4s = postcodes.Known.ToArray();
        var weights = _pc4s.Select(_ => Math.Exp(Normal() * 0.8)).ToArray();
        _pc4Cdf = Cdf(_pc4s.Length, i => weights[i]);
        _organisations = Enumerable.Range(0, 40).Select(_ => NewGuid()).ToArray();
    }

    public IReadOnlyList<Guid> Organisations => _organisations;

    public List<CandidateProfile> Profiles(int count)
    {
        var list = new List<CandidateProfile>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Profile());
        }

        return list;
    }

    public CandidateProfile Profile()
    {
        var occupation = _random.NextDouble() < 0.9 ? Pick(_occupations, _occupationCdf) : null;
        var source = occupation ?? Pick(_occupations, _occupationCdf);
        var skills = new List<SkillId>();
        var keep = occupation is null ? 0.5 : 0.8;
        skills.AddRange(source.EssentialSkills.Where(_ => _random.NextDouble() < keep));
        skills.AddRange(source.OptionalSkills.Where(_ => _random.NextDouble() < 0.45));
        var noise = _random.Next(0, 5);
        for (var n = 0; n < noise; n++)
        {
            skills.Add(Pick(_skills, _skillCdf));
        }

        var min = MinHours[_random.Next(MinHours.Length)];
        return new CandidateProfile
        {
            Id = NewGuid(),
            OwnerOrganisationId = _organisations[_random.Next(_organisations.Length)],
            Pc4 = Pick(_pc4s, _pc4Cdf),
            MaxTravelKm = Travel[_random.Next(Travel.Length)],
            AvailableFrom = Today.AddDays(_random.Next(-300, 90)),
            Readiness = Roll(0.7) ? WorkReadiness.Ready : Roll(0.67) ? WorkReadiness.ReadyInTime : WorkReadiness.NotReady,
            AcceptedContracts = (ContractTypes)(1 + _random.Next(63)),
            TargetGroups = (Roll(0.15) ? TargetGroups.JobAgreement : 0) | (Roll(0.3) ? TargetGroups.ParticipationAct : 0)
                | (Roll(0.08) ? TargetGroups.StatusHolder : 0) | (Roll(0.15) ? TargetGroups.Youth : 0) | (Roll(0.2) ? TargetGroups.Over50 : 0),
            MinHoursPerWeek = min,
            MaxHoursPerWeek = Math.Min(40, min + Spread[_random.Next(Spread.Length)]),
            Education = (EducationLevel)Math.Clamp((int)Math.Round(4 + (Normal() * 1.6)), 0, 8),
            Dutch = (LanguageLevel)Math.Clamp((int)Math.Round(3 + (Normal() * 1.3)), 0, 6),
            Licences = (Roll(0.6) ? DrivingLicences.B : 0) | (Roll(0.08) ? DrivingLicences.C : 0) | (Roll(0.04) ? DrivingLicences.CE : 0),
            ExperienceYears = Math.Min(40, (int)(-Math.Log(1 - _random.NextDouble()) * 5)),
            Occupation = occupation?.Id,
            Skills = skills.Distinct().ToArray(),
            Competences = Enum.GetValues<Competence>().Select(c => new CompetenceLevel(c, Roll(0.3) ? 0 : _random.Next(1, 4))).Where(c => c.Mastery > 0).ToArray(),
            WorkRequirements = Roll(0.25) ? (FunctionalIndicators)(1 << _random.Next(16)) | (Roll(0.3) ? (FunctionalIndicators)(1 << _random.Next(16)) : 0) : 0,
        };
    }

    public List<VacancyQuery> Vacancies(int count) => Enumerable.Range(0, count).Select(_ => Vacancy()).ToList();

    public VacancyQuery Vacancy()
    {
        var occupation = Pick(_occupations, _occupationCdf);
        var required = occupation.EssentialSkills.Take(6).ToList();
        var nice = occupation.OptionalSkills.Take(3).ToList();
        if (Roll(0.3))
        {
            nice.Add(Pick(_skills, _skillCdf));
        }

        return new VacancyQuery
        {
            Id = NewGuid(),
            Pc4 = Pick(_pc4s, _pc4Cdf),
            MaxDistanceKm = Roll(0.5) ? null : _random.Next(20, 61),
            StartDate = Today.AddDays(_random.Next(0, 60)),
            AcceptsReadyInTime = Roll(0.5),
            Contract = (ContractTypes)(1 << _random.Next(3)),
            ReservedFor = Roll(0.1) ? TargetGroups.JobAgreement : TargetGroups.None,
            HoursPerWeek = VacancyHours[_random.Next(VacancyHours.Length)],
            MinEducation = (EducationLevel)_random.Next(0, 7),
            MinDutch = (LanguageLevel)_random.Next(0, 5),
            RequiredLicences = Roll(0.2) ? DrivingLicences.B : DrivingLicences.None,
            MinExperienceYears = Roll(0.5) ? 0 : _random.Next(1, 6),
            Occupation = occupation.Id,
            RequiredSkills = required,
            NiceToHaveSkills = nice.Except(required).ToList(),
            Competences = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => new CompetenceLevel((Competence)_random.Next(16), _random.Next(1, 4))).ToArray(),
            Tasks = Enumerable.Range(0, _random.Next(0, 5)).Select(t => new JobTask($"taak {t + 1}", (FunctionalIndicators)(1 << _random.Next(16)))).ToArray(),
        };
    }

    private bool Roll(double p) => _random.NextDouble() < p;

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private T Pick<T>(T[] items, double[] cdf)
    {
        var i = Array.BinarySearch(cdf, _random.NextDouble() * cdf[^1]);
        return items[Math.Min(items.Length - 1, i < 0 ? ~i : i)];
    }

    private T[] Shuffle<T>(T[] items)
    {
        _random.Shuffle(items);
        return items;
    }

    private static double[] Cdf(int n, Func<int, double> weight)
    {
        var cdf = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += weight(i);
            cdf[i] = sum;
        }

        return cdf;
    }
}
