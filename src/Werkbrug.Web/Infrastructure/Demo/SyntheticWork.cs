using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Mail;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;
using EducationLevel = Werkbrug.Domain.JobSeekers.EducationLevel;
using Skill = Werkbrug.Domain.JobSeekers.Skill;

namespace Werkbrug.Web.Infrastructure.Demo;

/// <summary>
/// The work of a region: employers (SBI branches and size classes in a service point's proportions, contact histories),
/// vacancies in every status (occupations of the employer's branch, skills and tasks from the starter taxonomy, some
/// escalated, hard to fill or stale), job seekers (benefits, werkfit, fresh and stale contact, skills and experience of
/// an occupation, so matching ranks them apart), front-door requests and referrals with what follows them (placements,
/// aftercare, durability checks, notifications). Used by the synthetic regions <see cref="SyntheticData"/> made and by
/// the living demo region (<see cref="LivingDemo"/>). Rows are written as the app writes them (pseudonyms and BSN hashes
/// under the region secrets, the BSN and work requirements sealed by <see cref="PersonalDataVault"/>, histories through
/// the workflows) but in batches of <see cref="BatchSize"/> rows with change tracking cleared between them, and with
/// several regions at once (each with its own context) when <see cref="SyntheticData.Options.Parallel"/> says so. No
/// audit records are written: no one read anything. Every row is drawn from the seed, the batch's series and its number;
/// rows are numbered per batch, so a rerun finds how many exist and adds only the rest. Dates count back from today.
/// </summary>
public sealed partial class SyntheticWork(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SyntheticWork> logger)
{
    public const int BatchSize = 1000;

    public sealed record Counts(int Employers, int Vacancies, int JobSeekers, int IntakeRequests = 0, int Referrals = 0);

    /// <summary>A staff member work is given to.</summary>
    public sealed record Person(Guid Id, Guid OrganisationId, Guid? TeamId);

    /// <summary>Who gets the work: advisers (employers, vacancies, requests, referrals) and case managers (job seekers). Someone listed twice gets twice the share.</summary>
    public sealed record Staff(IReadOnlyList<Person> Advisers, IReadOnlyList<Person> CaseManagers);

    /// <summary>A municipality and its PC4 areas; one listed twice gets twice the share.</summary>
    public sealed record Place(string Municipality, IReadOnlyList<string> Pc4s);

    /// <summary>
    /// One region's work: names start with <paramref name="NamePrefix"/>, external ids (and front-door e-mail hosts) with
    /// <paramref name="Key"/>, KvK and BSN numbers with the two digits of <paramref name="Series"/>.
    /// </summary>
    public sealed record Batch(string RegionCode, int Series, string NamePrefix, string Key, IReadOnlyList<Place> Places, Staff Staff);

    public async Task<Counts> GenerateAsync(SyntheticData.Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<Batch> batches = [];
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
            db.Scope.EnterSystemScope();
            var all = await db.Regions.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(cancellationToken);
            var municipalities = await db.Municipalities.OrderBy(m => m.Name).Select(m => new { m.RegionCode, m.Name }).ToListAsync(cancellationToken);
            var pc4s = await db.PostcodeAreas.Select(p => p.Pc4).ToListAsync(cancellationToken);
            pc4s.Sort(StringComparer.Ordinal);
            var prefix = options.Prefix.Trim();
            foreach (var (code, i) in all.Select((code, i) => (code, i)).Where(r => SyntheticData.Includes(options, r.code, r.i)))
            {
                // A region's postcodes are one 35th of the sorted PC4 areas (neighbouring numbers lie near each other).
                var slice = pc4s.GetRange(i * pc4s.Count / all.Count, ((i + 1) * pc4s.Count / all.Count) - (i * pc4s.Count / all.Count));
                var key = $"{SyntheticData.Slug(prefix)}-{code.ToLowerInvariant()}-";
                batches.Add(new Batch(code, i + 10, prefix + " ", key, [.. municipalities.Where(m => m.RegionCode == code).Select(m => new Place(m.Name, slice))],
                    await StaffAsync(db, code, key, cancellationToken)));
            }
        }

        var totals = new int[5];
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallel), CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                var added = await WriteAsync(batch, options, ct);
                Interlocked.Add(ref totals[0], added.Employers);
                Interlocked.Add(ref totals[1], added.Vacancies);
                Interlocked.Add(ref totals[2], added.JobSeekers);
                Interlocked.Add(ref totals[3], added.IntakeRequests);
                Interlocked.Add(ref totals[4], added.Referrals);
            });
        return new Counts(totals[0], totals[1], totals[2], totals[3], totals[4]);
    }

    /// <summary>Writes one region's work, as much of it as <paramref name="options"/> asks per region and is still missing.</summary>
    public async Task<Counts> WriteAsync(Batch batch, SyntheticData.Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(options);
        if (batch.Staff.Advisers.Count == 0 || batch.Staff.CaseManagers.Count == 0 || batch.Places.Count == 0 || batch.Places.Any(p => p.Pc4s.Count == 0))
        {
            return new Counts(0, 0, 0);
        }

        await using var scope = scopes.CreateAsyncScope();
        var added = await new RegionWriter(scope.ServiceProvider, batch, options, clock).WriteAsync(cancellationToken);
        logger.LogDebug("Synthetic work {Region}: {Added} added", batch.RegionCode, added);
        return added;
    }

    /// <summary>The synthetic staff of a region (by e-mail prefix), in the order of their e-mail addresses.</summary>
    private static async Task<Staff> StaffAsync(WerkbrugDb db, string regionCode, string emailPrefix, CancellationToken cancellationToken)
    {
        var staff = await db.Users.Where(u => u.RegionCode == regionCode && u.Email!.StartsWith(emailPrefix))
            .Join(db.UserRoles, u => u.Id, r => r.UserId, (u, r) => new { u.Id, u.Email, u.OrganisationId, u.TeamId, r.RoleId })
            .Join(db.Roles, u => u.RoleId, role => role.Id, (u, role) => new { role.Name, u.Id, u.Email, u.OrganisationId, u.TeamId })
            .ToListAsync(cancellationToken);
        List<Person> Of(Func<string?, bool> role) =>
            [.. staff.Where(s => role(s.Name)).OrderBy(s => s.Email, StringComparer.Ordinal).Select(s => new Person(s.Id, s.OrganisationId, s.TeamId)).Distinct()];
        return new Staff(Of(r => Policies.AdviserRoles.Contains(r!)), Of(r => r == Domain.Organisations.Roles.CaseManager));
    }

    private sealed partial class RegionWriter(IServiceProvider services, Batch batch, SyntheticData.Options options, TimeProvider clock)
    {
        /// <summary>Task demands (and limitations) the demo draws from.</summary>
        private static readonly TaskDemands[] DemoDemands =
            [TaskDemands.None, TaskDemands.HeavyLifting, TaskDemands.ProlongedStanding | TaskDemands.Bending, TaskDemands.NightShifts, TaskDemands.CustomerContact | TaskDemands.TimePressure];

        private static readonly string[] FirstNames = ["Anna", "Bram", "Daan", "Emma", "Fleur", "Gijs", "Hanna", "Iris", "Jesse", "Julia", "Lotte", "Mohamed", "Noor", "Ruben", "Sanne", "Thijs", "Yara", "Fatima"];

        private static readonly string[] Surnames = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Yilmaz", "El Idrissi"];

        private readonly WerkbrugDb _db = services.GetRequiredService<WerkbrugDb>();
        private readonly PersonalDataVault _vault = services.GetRequiredService<PersonalDataVault>();
        private readonly MatchingCodes _codes = services.GetRequiredService<MatchingCodes>();
        private readonly SkillTaxonomy _taxonomy = TaxonomyTsv.Starter;
        private readonly DateTime _now = clock.GetUtcNow().UtcDateTime;
        private readonly DateOnly _today = DutchTime.Today(clock);

        private IReadOnlyList<Person> Advisers => batch.Staff.Advisers;

        public async Task<Counts> WriteAsync(CancellationToken cancellationToken)
        {
            _db.Scope.EnterSystemScope();
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
            var region = batch.RegionCode;
            var employers = await AddAsync(await _db.Employers.CountAsync(e => e.RegionCode == region && e.TradeName.StartsWith(batch.NamePrefix), cancellationToken),
                options.EmployersPerRegion, i => _db.Employers.Add(NewEmployer(i)), cancellationToken);
            var sites = (await _db.Employers.AsNoTracking().Where(e => e.RegionCode == region && e.TradeName.StartsWith(batch.NamePrefix)).OrderBy(e => e.KvkNumber)
                    .Select(e => new { e.Id, e.TradeName, e.Locations, e.SbiSections, e.AccountManagerUserId }).ToListAsync(cancellationToken))
                .Select(e => new Site(e.Id, e.TradeName, e.Locations[0].Postcode, e.Locations[0].MunicipalityName, e.SbiSections, e.AccountManagerUserId)).ToList();
            var vacancies = sites.Count == 0 ? 0 : await AddAsync(
                await _db.Vacancies.CountAsync(v => v.RegionCode == region && v.ExternalId!.StartsWith(batch.Key), cancellationToken),
                options.VacanciesPerRegion, i => _db.Vacancies.Add(NewVacancy(i, sites[Rng(2, i).Next(sites.Count)])), cancellationToken);
            var jobSeekers = await AddAsync(await _db.JobSeekers.CountAsync(j => j.RegionCode == region && j.ExternalId!.StartsWith(batch.Key), cancellationToken),
                options.JobSeekersPerRegion, async i => _db.JobSeekers.Add(await NewJobSeekerAsync(i, cancellationToken)), cancellationToken);
            var requests = await AddIntakeRequestsAsync(sites, cancellationToken);
            var referrals = await AddReferralsAsync(cancellationToken);
            return new Counts(employers, vacancies, jobSeekers, requests, referrals);
        }

        private sealed record Site(Guid Id, string Name, string Postcode, string MunicipalityName, List<string> Sections, Guid? AccountManagerUserId);

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

                // History is not news: the mails the app's own follow-up writes for a step are left out.
                foreach (var mail in _db.ChangeTracker.Entries<OutboxMail>().Where(e => e.State == EntityState.Added).ToList())
                {
                    mail.State = EntityState.Detached;
                }

                await _db.SaveChangesAsync(cancellationToken);
                _db.ChangeTracker.Clear();
            }

            return Math.Max(0, wanted - existing);
        }

        /// <summary>The draws of one row: the same for the same seed, series, kind and number, in every process (unlike HashCode).</summary>
        private Random Rng(int kind, int number) => new(unchecked((((((options.Seed * 7919) + batch.Series) * 16) + kind) * 1_000_003) + number) & int.MaxValue);

        private (string Postcode, string Pc4, string Municipality) NewPlace(Random random)
        {
            var place = batch.Places[random.Next(batch.Places.Count)];
            var pc4 = place.Pc4s[random.Next(place.Pc4s.Count)];
            var letters = string.Concat((char)('A' + random.Next(0, 25)), (char)('A' + random.Next(0, 25)));
            return ($"{pc4} {letters}", pc4, place.Municipality);
        }

        private static T Weighted<T>(Random random, IReadOnlyList<(T Value, int Weight)> table)
        {
            var roll = random.Next(table.Sum(t => t.Weight));
            foreach (var (value, weight) in table)
            {
                if (roll < weight)
                {
                    return value;
                }

                roll -= weight;
            }

            return table[^1].Value;
        }

        private static T Pick<T>(Random random, IReadOnlyList<T> from) => from[random.Next(from.Count)];

        private static string Name(Random random) => $"{Pick(random, FirstNames)} {Pick(random, Surnames)}";

        private Employer NewEmployer(int number)
        {
            var random = Rng(1, number);
            var (postcode, pc4, municipality) = NewPlace(random);
            var adviser = Pick(random, Advisers);
            var branch = Weighted(random, Branches.Select(b => (b, b.Weight)).ToList());
            var (division, word) = Pick(random, branch.Kinds);
            var employer = new Employer
            {
                RegionCode = batch.RegionCode,
                KvkNumber = string.Create(CultureInfo.InvariantCulture, $"{batch.Series:00}{number:000000}"),
                SizeClass = Weighted(random, SizeClasses),
                Status = random.Next(10) switch { < 5 => EmployerStatus.Client, < 8 => EmployerStatus.Prospect, _ => EmployerStatus.Dormant },
                CreatedAtUtc = _now.AddDays(-random.Next(30, 1500)),
                CreatedByUserId = adviser.Id,
                UpdatedAtUtc = _now,
            };
            var surname = Pick(random, Surnames);
            employer.Rename($"{batch.NamePrefix}{word} {char.ToUpperInvariant(surname[0])}{surname[1..]}{(random.Next(3) == 0 ? " " + municipality : string.Empty)}{(random.Next(2) == 0 ? " B.V." : string.Empty)}");
            employer.SetSbiCodes([string.Create(CultureInfo.InvariantCulture, $"{division}{random.Next(1, 10)}")]);
            employer.Locations.Add(new EmployerLocation { AddressLine = $"{Pick(random, Streets)} {random.Next(1, 200)}", Postcode = postcode, Pc4 = pc4, MunicipalityName = municipality });
            employer.ContactPersons.Add(new ContactPerson
            {
                Name = Name(random),
                JobTitle = Pick(random, ContactTitles),
                Email = string.Create(CultureInfo.InvariantCulture, $"hr{number}@{SyntheticData.EmailDomain}"),
                Phone = string.Create(CultureInfo.InvariantCulture, $"033 {random.Next(200, 999)} {random.Next(10, 99)} {random.Next(10, 99)}"),
                PreferredChannel = (PreferredChannel)random.Next(1, 5),
            });
            if (random.Next(10) < 6)
            {
                employer.HandOver(adviser.Id, adviser.TeamId, employer.CreatedAtUtc, adviser.Id, null);
            }

            AddContactHistory(employer, adviser, random);
            return employer;
        }

        private Vacancy NewVacancy(int number, Site site)
        {
            var random = Rng(2, number);
            var adviser = site.AccountManagerUserId is { } manager && Advisers.FirstOrDefault(a => a.Id == manager) is { } owner ? owner : Pick(random, Advisers);
            var occupation = OccupationOf(random, Branches.FirstOrDefault(b => site.Sections.Contains(b.Section)));
            var status = Weighted(random, VacancyStatuses);
            var running = !VacancyWorkflow.IsFinal(status);
            var stale = running && status != VacancyStatus.Draft && random.Next(5) == 0;
            var lastActive = stale ? _now.AddDays(-random.Next(15, 60)) : running ? _now : _now.AddDays(-random.Next(5, 450));
            var created = lastActive.AddDays(-random.Next(running && !stale ? 1 : 10, 120));
            var vacancy = new Vacancy
            {
                RegionCode = batch.RegionCode,
                EmployerId = site.Id,
                Title = occupation.Label.Length > 1 ? char.ToUpperInvariant(occupation.Label[0]) + occupation.Label[1..] : occupation.Label,
                Occupation = occupation.Label,
                OccupationCode = occupation.Uri,
                Description = $"{site.Name} zoekt een {occupation.Label} in {site.MunicipalityName}.",
                Postcode = site.Postcode,
                Pc4 = site.Postcode[..4],
                MunicipalityName = site.MunicipalityName,
                SbiSection = site.Sections.FirstOrDefault(),
                HoursPerWeekMin = 16 + (4 * random.Next(0, 3)),
                HoursPerWeekMax = 24 + (4 * random.Next(0, 5)),
                ContractType = random.Next(10) < 7 ? ContractType.Regular : (ContractType)random.Next(2, 6),
                EducationLevel = (Domain.Vacancies.EducationLevel)random.Next(1, 6),
                Positions = random.Next(1, 4),
                StartDate = DateOnly.FromDateTime(_now).AddDays(random.Next(7, 60)),
                ClosingDate = random.Next(3) == 0 ? DateOnly.FromDateTime(_now).AddDays(random.Next(3, 30)) : null,
                OpenToAdaptingJob = random.Next(3) == 0,
                HardToFill = random.Next(5) == 0,
                OwnerOrganisationId = adviser.OrganisationId,
                AdviserUserId = adviser.Id,
                ExternalId = string.Create(CultureInfo.InvariantCulture, $"{batch.Key}{number:000000}"),
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

            // The matching criteria of ADR 0038, drawn from their own sequence so the rest of the demo stays as it was.
            var criteria = new Random(number);
            vacancy.DutchSpeaking = criteria.Next(3) == 0 ? Domain.JobSeekers.LanguageLevel.Good : null;
            vacancy.DutchReading = criteria.Next(4) == 0 ? Domain.JobSeekers.LanguageLevel.Reasonable : null;
            vacancy.DrivingLicence = criteria.Next(5) == 0 ? "B" : null;
            vacancy.MinExperienceYears = criteria.Next(4) == 0 ? criteria.Next(1, 4) : null;
            vacancy.Tasks[0].Demands = DemoDemands[criteria.Next(DemoDemands.Length)];
            vacancy.Tasks[1].Demands = criteria.Next(2) == 0 ? TaskDemands.HeavyLifting : TaskDemands.None;
            vacancy.Created(created, adviser.Id);
            var path = StatusPaths[status];
            foreach (var (step, i) in path.Select((s, i) => (s, i)))
            {
                Check(vacancy.MoveTo(step, created.AddTicks((lastActive - created).Ticks * (i + 1) / path.Length), adviser.Id, null));
            }

            if (running && status != VacancyStatus.Draft && (vacancy.HardToFill ? random.Next(2) : random.Next(8)) == 0)
            {
                Check(vacancy.Escalate("Lokaal geen passende kandidaten gevonden", created.AddTicks((lastActive - created).Ticks / 2), adviser.Id));
            }

            // About a quarter of the published running vacancies are public, so the front door's /vacatures has some (ADR 0032).
            if (running && status != VacancyStatus.Draft && random.Next(4) == 0)
            {
                Check(vacancy.SetPublic(true, created.AddTicks((lastActive - created).Ticks / 2)));
            }

            // A running vacancy is written now (running instances pick it up as a change, as they do with the profiles'
            // UpdatedAtUtc); a stale one keeps its last activity of weeks ago.
            vacancy.Touch(lastActive);
            _codes.Resolve(vacancy);
            return vacancy;
        }

        private Occupation OccupationOf(Random random, Branch? branch)
        {
            var sectors = branch?.Sectors ?? Weighted(random, Branches.Select(b => (b, b.Weight)).ToList()).Sectors;
            var fitting = _taxonomy.Occupations.Where(o => o.Sector is not null && sectors.Contains(o.Sector)).ToList();
            return Pick(random, fitting.Count > 0 ? fitting : _taxonomy.Occupations);
        }

        private async Task<JobSeekerProfile> NewJobSeekerAsync(int number, CancellationToken cancellationToken)
        {
            var random = Rng(3, number);
            var caseManager = Pick(random, batch.Staff.CaseManagers);
            var (postcode, pc4, _) = NewPlace(random);
            var id = Ids.New();
            var occupation = OccupationOf(random, null);
            var earlier = OccupationOf(random, null);
            var profile = new JobSeekerProfile
            {
                Id = id,
                RegionCode = batch.RegionCode,
                OwnerOrganisationId = caseManager.OrganisationId,
                CaseManagerUserId = caseManager.Id,
                ExternalId = string.Create(CultureInfo.InvariantCulture, $"{batch.Key}{number:000000}"),
                Pseudonym = await _vault.PseudonymAsync(batch.RegionCode, id, cancellationToken),
                GivenName = Pick(random, FirstNames),
                Surname = Pick(random, Surnames),
                BirthDate = _today.AddYears(-random.Next(18, 66)).AddDays(-random.Next(365)),
                Email = string.Create(CultureInfo.InvariantCulture, $"wz{number}@{SyntheticData.EmailDomain}"),
                Postcode = postcode,
                Pc4 = pc4,
                RegisteredOn = _today.AddDays(-random.Next(1, 1100)),
                CreatedAtUtc = _now,
                UpdatedAtUtc = _now,
                Benefit = Weighted(random, Benefits),
                JobsAgreementTarget = random.Next(8) == 0,
                WorkAndThinkingLevel = (WorkAndThinkingLevel)random.Next(2, 7),
                Competences = [.. Enum.GetValues<Competence>().Where(_ => random.Next(6) == 0).Select(c => new CompetenceRating(c, (Mastery)random.Next(1, 4)))],
                Languages = [new LanguageSkill("nld", (LanguageLevel)random.Next(2, 5), (LanguageLevel)random.Next(1, 5), (LanguageLevel)random.Next(2, 5), (LanguageLevel)random.Next(2, 5))],
                DrivingLicences = random.Next(2) == 0 ? ["B"] : [],
                Education = [new EducationRecord("Vakopleiding", (EducationLevel)random.Next(1, 7), EducationStatus.Completed, DiplomaIndicator.Yes, null)],
                WorkExperience =
                [
                    new WorkExperienceRecord(occupation.Label, null, _today.AddYears(-random.Next(2, 10)), _today.AddMonths(-random.Next(1, 24)), occupation.Uri),
                    .. random.Next(3) == 0 ? [new WorkExperienceRecord(earlier.Label, null, _today.AddYears(-random.Next(11, 20)), _today.AddYears(-10), earlier.Uri)] : Array.Empty<WorkExperienceRecord>(),
                ],
                // Most of the occupation's essential skills and some optional ones: candidates differ in how well they fit.
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
                AvailableFrom = _today.AddDays(random.Next(-60, 60)),
                // Fresh and stale: most were spoken to in the last months, some not for half a year.
                LastContactOn = _today.AddDays(-(random.Next(4) == 0 ? random.Next(120, 240) : random.Next(0, 90))),
            };
            var bsn = Bsn.Normalise(WithCheckDigit((batch.Series * 1_000_000) + number));
            if (bsn is not null)
            {
                profile.SealedBsn = _vault.SealBsn(batch.RegionCode, bsn);
                profile.BsnHash = await _vault.BsnHashAsync(batch.RegionCode, bsn, cancellationToken);
            }

            profile.SealedWorkRequirements = _vault.SealWorkRequirements(batch.RegionCode, random.Next(7) == 0
                ? new FunctionalWorkRequirements(Indicator.Yes, (Indicator)random.Next(0, 3), (Indicator)random.Next(0, 3), "Vaste werkplek, korte instructies")
                {
                    Limitations = DemoDemands[new Random(number).Next(DemoDemands.Length)],
                }
                : FunctionalWorkRequirements.None);
            profile.AssessWerkfit(random.Next(10) switch { < 5 => WerkfitStatus.WorkReady, < 8 => WerkfitStatus.WorkReadyLater, _ => WerkfitStatus.NotWorkReady },
                _today.AddDays(-random.Next(0, 300)), caseManager.Id);
            _codes.Resolve(profile);
            return profile;
        }

        /// <summary>Eight digits and the ninth that passes the eleven test (none when it would have to be 10).</summary>
        private static string WithCheckDigit(int eightDigits)
        {
            var digits = eightDigits.ToString("00000000", CultureInfo.InvariantCulture);
            var sum = digits.Select((d, i) => (9 - i) * (d - '0')).Sum();
            return digits + (sum % 11).ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>A step the generator takes is one the workflow allows; a refusal is a bug in the generator.</summary>
        private static void Check(Error? error)
        {
            if (error is not null)
            {
                throw new InvalidOperationException($"Synthetic work took a step the domain refused: {error.Code}.");
            }
        }
    }
}
