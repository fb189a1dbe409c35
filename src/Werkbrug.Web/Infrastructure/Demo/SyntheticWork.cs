using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;
using EducationLevel = Werkbrug.Domain.JobSeekers.EducationLevel;
using Skill = Werkbrug.Domain.JobSeekers.Skill;

namespace Werkbrug.Web.Infrastructure.Demo;

/// <summary>
/// The work of the synthetic regions <see cref="SyntheticData"/> made: employers, vacancies and job seekers, written as
/// the app writes them (pseudonyms and BSN hashes under the region secrets, the BSN and work requirements sealed by
/// <see cref="PersonalDataVault"/>, vacancy history through the workflow, skills and occupations from the starter
/// taxonomy with their codes) but in batches of <see cref="BatchSize"/> rows with change tracking cleared between
/// them, and with several regions at once (each with its own context) when <see cref="SyntheticData.Options.Parallel"/>
/// says so. No audit records are written: no one read anything. Every row is drawn from the seed, the region and its
/// number; rows are numbered per region, so a rerun finds how many exist and adds only the rest. A region's postcodes
/// are one 35th of the sorted PC4 areas (neighbouring numbers lie near each other), so candidates live near vacancies.
/// </summary>
public sealed class SyntheticWork(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SyntheticWork> logger)
{
    public const int BatchSize = 1000;

    public sealed record Counts(int Employers, int Vacancies, int JobSeekers);

    private sealed record Region(string Code, int Index, IReadOnlyList<string> Municipalities, IReadOnlyList<string> Pc4s);

    private sealed record Person(Guid Id, Guid OrganisationId, Guid? TeamId);

    public async Task<Counts> GenerateAsync(SyntheticData.Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<Region> regions;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
            db.Scope.EnterSystemScope();
            var all = await db.Regions.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(cancellationToken);
            var municipalities = await db.Municipalities.OrderBy(m => m.Name).Select(m => new { m.RegionCode, m.Name }).ToListAsync(cancellationToken);
            var pc4s = await db.PostcodeAreas.Select(p => p.Pc4).ToListAsync(cancellationToken);
            pc4s.Sort(StringComparer.Ordinal);
            regions = [.. all.Select((code, i) => new Region(code, i, [.. municipalities.Where(m => m.RegionCode == code).Select(m => m.Name)],
                    pc4s.GetRange(i * pc4s.Count / all.Count, ((i + 1) * pc4s.Count / all.Count) - (i * pc4s.Count / all.Count))))
                .Where(r => SyntheticData.Includes(options, r.Code, r.Index))];
        }

        var totals = new int[3];
        await Parallel.ForEachAsync(regions, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallel), CancellationToken = cancellationToken },
            async (region, ct) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var added = await new RegionWriter(scope.ServiceProvider, region, options, clock.GetUtcNow().UtcDateTime).WriteAsync(ct);
                Interlocked.Add(ref totals[0], added.Employers);
                Interlocked.Add(ref totals[1], added.Vacancies);
                Interlocked.Add(ref totals[2], added.JobSeekers);
                logger.LogDebug("Synthetic work {Region}: {Employers} employers, {Vacancies} vacancies, {JobSeekers} job seekers added",
                    region.Code, added.Employers, added.Vacancies, added.JobSeekers);
            });
        return new Counts(totals[0], totals[1], totals[2]);
    }

    private sealed class RegionWriter(IServiceProvider services, Region region, SyntheticData.Options options, DateTime now)
    {
        private static readonly string[] TradeWords =
        [
            "Bouw", "Techniek", "Logistiek", "Zorg", "Schoonmaak", "Groen", "Horeca", "Metaal", "Transport", "Installatie",
            "Bakkerij", "Drukkerij", "Kwekerij", "Verpakking", "Onderhoud", "Facilitair", "Retail", "Catering",
        ];

        private static readonly string[] FirstNames = ["Anna", "Bram", "Daan", "Emma", "Fleur", "Gijs", "Hanna", "Iris", "Jesse", "Julia", "Lotte", "Mohamed", "Noor", "Ruben", "Sanne", "Thijs", "Yara", "Fatima"];

        private static readonly string[] Surnames = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Yilmaz", "El Idrissi"];

        private readonly WerkbrugDb _db = services.GetRequiredService<WerkbrugDb>();
        private readonly PersonalDataVault _vault = services.GetRequiredService<PersonalDataVault>();
        private readonly SkillTaxonomy _taxonomy = TaxonomyTsv.Starter;
        private readonly string _prefix = options.Prefix.Trim() + " ";
        private readonly string _key = $"{SyntheticData.Slug(options.Prefix.Trim())}-{region.Code.ToLowerInvariant()}-";

        public async Task<Counts> WriteAsync(CancellationToken cancellationToken)
        {
            _db.Scope.EnterSystemScope();
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
            var emailPrefix = $"{SyntheticData.Slug(options.Prefix.Trim())}-{region.Code.ToLowerInvariant()}-";
            var staff = await _db.Users.Where(u => u.RegionCode == region.Code && u.Email!.StartsWith(emailPrefix))
                .Join(_db.UserRoles, u => u.Id, r => r.UserId, (u, r) => new { u.Id, u.OrganisationId, u.TeamId, r.RoleId })
                .Join(_db.Roles, u => u.RoleId, role => role.Id, (u, role) => new { role.Name, u.Id, u.OrganisationId, u.TeamId })
                .ToListAsync(cancellationToken);
            var advisers = staff.Where(s => Policies.AdviserRoles.Contains(s.Name!)).Select(s => new Person(s.Id, s.OrganisationId, s.TeamId)).DistinctBy(p => p.Id).OrderBy(p => p.Id).ToList();
            var caseManagers = staff.Where(s => s.Name == Roles.CaseManager).Select(s => new Person(s.Id, s.OrganisationId, s.TeamId)).DistinctBy(p => p.Id).OrderBy(p => p.Id).ToList();
            if (advisers.Count == 0 || caseManagers.Count == 0 || region.Pc4s.Count == 0 || region.Municipalities.Count == 0)
            {
                return new Counts(0, 0, 0);
            }

            var employers = await AddAsync(await _db.Employers.CountAsync(e => e.RegionCode == region.Code && e.TradeName.StartsWith(_prefix), cancellationToken),
                options.EmployersPerRegion, i => _db.Employers.Add(NewEmployer(i, advisers)), cancellationToken);
            var employerSites = (await _db.Employers.AsNoTracking().Where(e => e.RegionCode == region.Code && e.TradeName.StartsWith(_prefix)).OrderBy(e => e.KvkNumber)
                    .Select(e => new { e.Id, e.Locations }).ToListAsync(cancellationToken))
                .Select(e => new { e.Id, e.Locations[0].Postcode, e.Locations[0].MunicipalityName }).ToList();
            var vacancies = employerSites.Count == 0 ? 0 : await AddAsync(
                await _db.Vacancies.CountAsync(v => v.RegionCode == region.Code && v.ExternalId!.StartsWith(_key), cancellationToken),
                options.VacanciesPerRegion,
                i =>
                {
                    var site = employerSites[Rng(2, i).Next(employerSites.Count)];
                    _db.Vacancies.Add(NewVacancy(i, site.Id, site.Postcode, site.MunicipalityName, advisers));
                },
                cancellationToken);
            var jobSeekers = await AddAsync(await _db.JobSeekers.CountAsync(j => j.RegionCode == region.Code && j.ExternalId!.StartsWith(_key), cancellationToken),
                options.JobSeekersPerRegion, async i => _db.JobSeekers.Add(await NewJobSeekerAsync(i, caseManagers, cancellationToken)), cancellationToken);
            return new Counts(employers, vacancies, jobSeekers);
        }

        private Task<int> AddAsync(int existing, int wanted, Action<int> add, CancellationToken cancellationToken) =>
            AddAsync(existing, wanted, i =>
            {
                add(i);
                return Task.CompletedTask;
            }, cancellationToken);

        private async Task<int> AddAsync(int existing, int wanted, Func<int, Task> add, CancellationToken cancellationToken)
        {
            for (var from = existing + 1; from <= wanted; from += BatchSize)
            {
                for (var i = from; i < from + BatchSize && i <= wanted; i++)
                {
                    await add(i);
                }

                await _db.SaveChangesAsync(cancellationToken);
                _db.ChangeTracker.Clear();
            }

            return Math.Max(0, wanted - existing);
        }

        /// <summary>The draws of one row: the same for the same seed, region, kind and number.</summary>
        private Random Rng(int kind, int number) => new(HashCode.Combine(options.Seed, region.Index, kind, number) & int.MaxValue);

        private (string Postcode, string Pc4, string Municipality) Place(Random random)
        {
            var pc4 = region.Pc4s[random.Next(region.Pc4s.Count)];
            var letters = string.Concat((char)('A' + random.Next(0, 25)), (char)('A' + random.Next(0, 25)));
            return ($"{pc4} {letters}", pc4, region.Municipalities[random.Next(region.Municipalities.Count)]);
        }

        private Employer NewEmployer(int number, List<Person> advisers)
        {
            var random = Rng(1, number);
            var (postcode, pc4, municipality) = Place(random);
            var adviser = advisers[random.Next(advisers.Count)];
            var employer = new Employer
            {
                RegionCode = region.Code,
                KvkNumber = string.Create(CultureInfo.InvariantCulture, $"{region.Index + 10:00}{number:000000}"),
                SizeClass = (SizeClass)random.Next(1, 9),
                Status = random.Next(10) switch { < 5 => EmployerStatus.Client, < 8 => EmployerStatus.Prospect, _ => EmployerStatus.Dormant },
                CreatedAtUtc = now.AddDays(-random.Next(1, 1500)),
                CreatedByUserId = adviser.Id,
                UpdatedAtUtc = now,
            };
            employer.Rename($"{_prefix}{TradeWords[random.Next(TradeWords.Length)]} {Surnames[random.Next(Surnames.Length)]} {number}");
            var divisions = new[] { 10, 16, 23, 25, 28, 41, 43, 46, 47, 49, 52, 55, 56, 62, 69, 78, 81, 85, 86, 87, 88, 93 };
            employer.SetSbiCodes([.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => string.Create(CultureInfo.InvariantCulture, $"{divisions[random.Next(divisions.Length)]}{random.Next(10, 99)}"))]);
            employer.Locations.Add(new EmployerLocation { AddressLine = $"Industrieweg {random.Next(1, 200)}", Postcode = postcode, Pc4 = pc4, MunicipalityName = municipality });
            employer.ContactPersons.Add(new ContactPerson
            {
                Name = $"{FirstNames[random.Next(FirstNames.Length)]} {Surnames[random.Next(Surnames.Length)]}",
                JobTitle = "HR-adviseur",
                Email = $"hr{number}@{SyntheticData.EmailDomain}",
                PreferredChannel = (PreferredChannel)random.Next(1, 5),
            });
            if (random.Next(10) < 6)
            {
                employer.HandOver(adviser.Id, adviser.TeamId, employer.CreatedAtUtc, adviser.Id, null);
            }

            return employer;
        }

        private Vacancy NewVacancy(int number, Guid employerId, string postcode, string municipality, List<Person> advisers)
        {
            var random = Rng(2, number);
            var adviser = advisers[random.Next(advisers.Count)];
            var occupation = _taxonomy.Occupations[random.Next(_taxonomy.Occupations.Count)];
            var created = now.AddDays(-random.Next(1, 240));
            var vacancy = new Vacancy
            {
                RegionCode = region.Code,
                EmployerId = employerId,
                Title = occupation.Label.Length > 1 ? char.ToUpperInvariant(occupation.Label[0]) + occupation.Label[1..] : occupation.Label,
                Occupation = occupation.Label,
                OccupationCode = occupation.Uri,
                Postcode = postcode,
                Pc4 = postcode[..4],
                MunicipalityName = municipality,
                HoursPerWeekMin = 16 + (4 * random.Next(0, 3)),
                HoursPerWeekMax = 24 + (4 * random.Next(0, 5)),
                ContractType = random.Next(10) < 7 ? ContractType.Regular : (ContractType)random.Next(2, 6),
                EducationLevel = (Domain.Vacancies.EducationLevel)random.Next(1, 6),
                Positions = random.Next(1, 4),
                StartDate = DateOnly.FromDateTime(now).AddDays(random.Next(7, 60)),
                OpenToAdaptingJob = random.Next(3) == 0,
                HardToFill = random.Next(5) == 0,
                OwnerOrganisationId = adviser.OrganisationId,
                AdviserUserId = adviser.Id,
                ExternalId = string.Create(CultureInfo.InvariantCulture, $"{_key}{number:000000}"),
                CreatedAtUtc = created,
                CreatedByUserId = adviser.Id,
            };
            var skills = occupation.EssentialSkills.Select(s => (Skill: s, Importance.Must))
                .Concat(occupation.OptionalSkills.Where(_ => random.Next(2) == 0).Select(s => (Skill: s, Importance.Nice)));
            foreach (var (skill, position) in skills.Select((s, i) => (s, i)))
            {
                vacancy.Skills.Add(new VacancySkill
                {
                    Position = position,
                    Label = _taxonomy[skill.Skill].Label,
                    TaxonomyCode = _taxonomy[skill.Skill].Uri,
                    Kind = Domain.Vacancies.SkillKind.Required,
                    Importance = skill.Item2,
                });
            }

            vacancy.Tasks.Add(new VacancyTask { Position = 0, Description = "Uitvoerende werkzaamheden", SharePercent = 70, Separable = random.Next(3) == 0 });
            vacancy.Tasks.Add(new VacancyTask { Position = 1, Description = "Ondersteunende taken", SharePercent = 30, Separable = true });
            vacancy.Created(created, adviser.Id);
            var status = random.Next(20) switch { < 14 => VacancyStatus.Open, < 16 => VacancyStatus.CandidatesProposed, < 18 => VacancyStatus.Draft, _ => VacancyStatus.Filled };
            foreach (var step in new[] { VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.Filled }.TakeWhile(_ => status != VacancyStatus.Draft))
            {
                vacancy.MoveTo(step, created.AddDays((int)step), adviser.Id, null);
                if (step == status)
                {
                    break;
                }
            }

            // Written now: running instances pick it up as a change, as they do with the profiles (UpdatedAtUtc).
            vacancy.Touch(now);
            MatchingCodes.Resolve(vacancy);
            return vacancy;
        }

        private async Task<JobSeekerProfile> NewJobSeekerAsync(int number, List<Person> caseManagers, CancellationToken cancellationToken)
        {
            var random = Rng(3, number);
            var caseManager = caseManagers[random.Next(caseManagers.Count)];
            var (postcode, pc4, _) = Place(random);
            var today = DateOnly.FromDateTime(now);
            var id = Ids.New();
            var occupation = _taxonomy.Occupations[random.Next(_taxonomy.Occupations.Count)];
            var profile = new JobSeekerProfile
            {
                Id = id,
                RegionCode = region.Code,
                OwnerOrganisationId = caseManager.OrganisationId,
                CaseManagerUserId = caseManager.Id,
                ExternalId = string.Create(CultureInfo.InvariantCulture, $"{_key}{number:000000}"),
                Pseudonym = await _vault.PseudonymAsync(region.Code, id, cancellationToken),
                GivenName = FirstNames[random.Next(FirstNames.Length)],
                Surname = Surnames[random.Next(Surnames.Length)],
                BirthDate = today.AddYears(-random.Next(18, 66)).AddDays(-random.Next(365)),
                Email = string.Create(CultureInfo.InvariantCulture, $"wz{number}@{SyntheticData.EmailDomain}"),
                Postcode = postcode,
                Pc4 = pc4,
                RegisteredOn = today.AddDays(-random.Next(1, 1100)),
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
                Benefit = (BenefitType)random.Next(0, 6),
                JobsAgreementTarget = random.Next(8) == 0,
                WorkAndThinkingLevel = (WorkAndThinkingLevel)random.Next(2, 7),
                Competences = [.. Enum.GetValues<Competence>().Where(_ => random.Next(6) == 0).Select(c => new CompetenceRating(c, (Mastery)random.Next(1, 4)))],
                Languages = [new LanguageSkill("nld", (LanguageLevel)random.Next(2, 5), (LanguageLevel)random.Next(1, 5), (LanguageLevel)random.Next(2, 5), (LanguageLevel)random.Next(2, 5))],
                DrivingLicences = random.Next(2) == 0 ? ["B"] : [],
                Education = [new EducationRecord("Vakopleiding", (EducationLevel)random.Next(1, 7), EducationStatus.Completed, DiplomaIndicator.Yes, null)],
                WorkExperience = [new WorkExperienceRecord(occupation.Label, null, today.AddYears(-random.Next(2, 10)), today.AddMonths(-random.Next(1, 24)), occupation.Uri)],
                Skills = [.. occupation.EssentialSkills.Where(_ => random.Next(5) < 4).Concat(occupation.OptionalSkills.Where(_ => random.Next(5) < 2))
                    .Select(s => new Skill(_taxonomy[s].Label, _taxonomy[s].Uri))],
                Preferences = new WorkPreferences
                {
                    MinHoursPerWeek = 8 * random.Next(1, 3),
                    MaxHoursPerWeek = 24 + (8 * random.Next(0, 3)),
                    MaxTravelKm = 5 * random.Next(2, 9),
                    Branches = [.. Sbi.SectionLetters.Where(_ => random.Next(10) == 0)],
                    AgreementTypes = [AgreementType.Regular],
                },
                AvailableFrom = today.AddDays(random.Next(-60, 60)),
                LastContactOn = today.AddDays(-random.Next(0, 200)),
            };
            var bsn = Bsn.Normalise(WithCheckDigit(((region.Index + 10) * 1_000_000) + number));
            if (bsn is not null)
            {
                profile.SealedBsn = _vault.SealBsn(region.Code, bsn);
                profile.BsnHash = await _vault.BsnHashAsync(region.Code, bsn, cancellationToken);
            }

            profile.SealedWorkRequirements = _vault.SealWorkRequirements(region.Code, random.Next(7) == 0
                ? new FunctionalWorkRequirements(Indicator.Yes, (Indicator)random.Next(0, 3), (Indicator)random.Next(0, 3), "Vaste werkplek, korte instructies")
                : FunctionalWorkRequirements.None);
            profile.AssessWerkfit(random.Next(10) switch { < 5 => WerkfitStatus.WorkReady, < 8 => WerkfitStatus.WorkReadyLater, _ => WerkfitStatus.NotWorkReady },
                today.AddDays(-random.Next(0, 300)), caseManager.Id);
            MatchingCodes.Resolve(profile);
            return profile;
        }

        /// <summary>Eight digits and the ninth that passes the eleven test (none when it would have to be 10).</summary>
        private static string WithCheckDigit(int eightDigits)
        {
            var digits = eightDigits.ToString("00000000", CultureInfo.InvariantCulture);
            var sum = digits.Select((d, i) => (9 - i) * (d - '0')).Sum();
            return digits + (sum % 11).ToString(CultureInfo.InvariantCulture);
        }
    }
}
