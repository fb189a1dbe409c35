using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// Imports vacancies from a CSV export (column spec in docs/import.md) into the user's organisation. Each row is
/// checked with the rules of the vacancy form (the employer is found by KvK number in the region), and an open
/// vacancy with the date rules of publishing (<see cref="VacancyRules.CheckPublishedDates"/>); rows with errors are
/// reported and change nothing. The key is the external id within the organisation: a known id updates the
/// vacancy's imported fields (tasks, skills and competences kept in Werkbrug stay as they are, and so do the SBI
/// section and contact when the file has no column for them) and moves its status through the workflow; an
/// unchanged row changes nothing, so a second import of the same file leaves everything as it was.
/// </summary>
public static class ImportVacancies
{
    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("externalId", "externId", true, nameof(VacancyFields.ExternalId)),
        new("employerKvk", "kvknummer", true, nameof(VacancyFields.EmployerId)),
        new("title", "titel", true, nameof(VacancyFields.Title)),
        new("occupation", "beroep", true, nameof(VacancyFields.Occupation)),
        new("description", "omschrijving", false, nameof(VacancyFields.Description)),
        new("hoursPerWeekMin", "urenMin", false, nameof(VacancyFields.HoursPerWeekMin)),
        new("hoursPerWeekMax", "urenMax", true, nameof(VacancyFields.HoursPerWeekMax)),
        new("schedule", "werktijden", false, nameof(VacancyFields.Schedule)),
        new("contractType", "contractvorm", true, nameof(VacancyFields.ContractType)),
        new("addressLine", "adres", false, nameof(VacancyFields.AddressLine), "ImportColumn.workAddressLine"),
        new("postcode", "postcode", true, nameof(VacancyFields.Postcode), "ImportColumn.workPostcode"),
        new("municipality", "gemeente", true, nameof(VacancyFields.MunicipalityName), "ImportColumn.workMunicipality"),
        new("positions", "aantal", false, nameof(VacancyFields.Positions)),
        new("sbiSection", "sbiSectie", false, nameof(VacancyFields.SbiSection)),
        new("contactName", "contactpersoon", false, nameof(VacancyFields.ContactName)),
        new("contactPhone", "telefoon", false, nameof(VacancyFields.ContactPhone)),
        new("contactEmail", "email", false, nameof(VacancyFields.ContactEmail)),
        new("startDate", "startdatum", false, nameof(VacancyFields.StartDate)),
        new("closingDate", "sluitingsdatum", false, nameof(VacancyFields.ClosingDate)),
        new("hardToFill", "moeilijkVervulbaar", false, nameof(VacancyFields.HardToFill)),
        new("openToAdaptingJob", "aanpasbaar", false, nameof(VacancyFields.OpenToAdaptingJob)),
        new("status", "status", false, "Status", "ImportColumn.vacancyStatus"),
    ];

    public sealed class Handler(WerkbrugDb db, MatchingCodes codes, TimeProvider clock, IOptions<ImportOptions> options)
    {
        public async Task<Result<ImportResult>> HandleAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken)
        {
            var read = ImportFile.Read(csv, Columns, options.Value.MaxRows);
            if (!read.IsSuccess)
            {
                return Result<ImportResult>.Failure(read.Errors);
            }

            var file = read.Value;
            var kvks = file.Rows.Select(r => KvkNumber.Normalise(file.Get(r, nameof(VacancyFields.EmployerId)))).OfType<string>().Distinct().ToList();
            var employers = await db.Employers.Where(e => kvks.Contains(e.KvkNumber)).ToDictionaryAsync(e => e.KvkNumber, e => e.Id, StringComparer.Ordinal, cancellationToken);
            var rows = new List<ImportRow>(file.Rows.Count);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            // Changes are detected once per chunk, before its one save, not at every look at the change tracker.
            var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                foreach (var chunk in file.Rows.Chunk(options.Value.BatchSize))
                {
                    await ImportChunkAsync(file, chunk, employers, seen, rows, cancellationToken);
                    if (!dryRun)
                    {
                        db.ChangeTracker.DetectChanges();
                        await db.SaveChangesAsync(cancellationToken);
                    }

                    db.ChangeTracker.Clear();
                }
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            }

            var result = new ImportResult(dryRun, rows);
            await PlannerStatistics.AfterImportAsync<Vacancy>(db, result, cancellationToken);
            return result;
        }

        /// <summary>One chunk: the vacancies it names and what its rows refer to read in a fixed number of queries, then each row checked and applied in memory.</summary>
        private async Task ImportChunkAsync(
            ImportFile file, CsvRecord[] chunk, Dictionary<string, Guid> employers, Dictionary<string, int> seen, List<ImportRow> rows, CancellationToken cancellationToken)
        {
            var organisation = db.Scope.OrganisationId!.Value;
            var user = db.Scope.UserId!.Value;
            var now = clock.GetUtcNow().UtcDateTime;
            var parsed = chunk.Select(record =>
            {
                var errors = new List<Error>();
                var (command, status) = Parse(file, record, employers, organisation, user, errors);
                return (Record: record, Command: command, Status: status, Errors: errors);
            }).ToList();
            var keys = parsed.Select(p => p.Command.ExternalId).OfType<string>().Distinct().ToList();
            var existing = await db.Vacancies.AsSplitQuery().Where(v => v.OwnerOrganisationId == organisation && v.ExternalId != null && keys.Contains(v.ExternalId))
                .ToDictionaryAsync(v => v.ExternalId!, StringComparer.Ordinal, cancellationToken);
            var known = await VacancyInput.LookupAsync(db, [.. parsed.Where(p => p.Errors.Count == 0).Select(p => p.Command)], cancellationToken);
            foreach (var (record, command, status, errors) in parsed)
            {
                var externalId = command.ExternalId;
                if (externalId is not null && !seen.TryAdd(externalId, record.Line))
                {
                    errors.Add(Error.Validation(nameof(VacancyFields.ExternalId), "Import.DuplicateKey", externalId, seen[externalId]));
                }

                var vacancy = externalId is null ? null : existing.GetValueOrDefault(externalId);
                var row = KeepMissing(file, command, vacancy);
                var outcome = errors.Count == 0 ? Apply(vacancy, row, status, VacancyInput.Check(db.Scope, row, vacancy?.Id, known), now, user, errors) : null;
                rows.Add(new ImportRow(record.Line, externalId, outcome ?? ImportOutcome.Rejected, outcome is null ? errors : [], []));
            }
        }

        /// <summary>
        /// Creates the vacancy of a checked row, or brings <paramref name="vacancy"/> (on file) in line with it, in memory; null when
        /// the row is refused (the errors added, nothing changed). The one place a row becomes a vacancy.
        /// </summary>
        private ImportOutcome? Apply(
            Vacancy? vacancy, CreateVacancy.Command command, VacancyStatus? status, Result<VacancyInput.Checked> checkedInput, DateTime now, Guid user, List<Error> errors)
        {
            if (!checkedInput.IsSuccess)
            {
                errors.AddRange(checkedInput.Errors);
                return null;
            }

            // Publishing (a new or draft vacancy opened) puts neither date in the past; a published one's date changes to none in the past.
            var dates = vacancy is { Status: not VacancyStatus.Draft }
                ? VacancyRules.CheckPublishedDates(command.StartDate, command.ClosingDate, DutchTime.Today(clock), (vacancy.StartDate, vacancy.ClosingDate))
                : status == VacancyStatus.Open ? VacancyRules.CheckPublishedDates(command.StartDate, command.ClosingDate, DutchTime.Today(clock)) : [];
            if (dates.Count > 0)
            {
                errors.AddRange(dates);
                return null;
            }

            if (vacancy is null)
            {
                var created = VacancyInput.Create(db.Scope.RegionCode!, command, checkedInput.Value, codes, now, user, "import");
                if (status is { } initial && initial != VacancyStatus.Draft && created.MoveTo(initial, now, user, "import") is { } refused)
                {
                    errors.Add(refused);
                    return null;
                }

                db.Vacancies.Add(created);
                return ImportOutcome.Created;
            }

            // The status first: a step the workflow forbids refuses the row before anything changed.
            var moves = status is { } wanted && wanted != vacancy.Status;
            if (moves && vacancy.MoveTo(status!.Value, now, user, "import") is { } forbidden)
            {
                errors.Add(forbidden);
                return null;
            }

            var changed = Update(vacancy, command, checkedInput.Value, codes) || moves;
            if (changed)
            {
                vacancy.Touch(now);
            }

            return changed ? ImportOutcome.Updated : ImportOutcome.Unchanged;
        }

        /// <summary>Sets the imported fields of an existing vacancy; true when anything changed. Rows kept in Werkbrug stay.</summary>
        internal static bool Update(Vacancy vacancy, CreateVacancy.Command command, VacancyInput.Checked input, MatchingCodes codes)
        {
            var before = Snapshot(vacancy);
            var fields = command with
            {
                Tasks = vacancy.Tasks.OrderBy(t => t.Position).Select(t => new TaskInput { Id = t.Id, Description = t.Description, SharePercent = t.SharePercent, Separable = t.Separable, Demands = [.. TaskDemandList.Split(t.Demands)] }).ToList(),
            };
            var kept = input with
            {
                Tasks = fields.Tasks!.Select((t, i) => (i + 1, t)).ToList(),
                Skills = vacancy.Skills.OrderBy(s => s.Position).Select(s => new SkillInput { Label = s.Label, TaxonomyCode = s.TaxonomyCode, Kind = s.Kind, Importance = s.Importance }).ToList(),
                Competences = vacancy.Competences.OrderBy(c => c.Position).Select(c => new CompetenceInput { Code = c.Code, Importance = c.Importance }).ToList(),
                OwnerOrganisationId = vacancy.OwnerOrganisationId,
                AdviserUserId = vacancy.AdviserUserId,
            };
            var skills = vacancy.Skills.ToList();
            var competences = vacancy.Competences.ToList();
            VacancyInput.Apply(
                vacancy,
                fields with
                {
                    EducationLevel = vacancy.EducationLevel,
                    MboLevel = vacancy.MboLevel,
                    DutchSpeaking = vacancy.DutchSpeaking,
                    DutchListening = vacancy.DutchListening,
                    DutchReading = vacancy.DutchReading,
                    DutchWriting = vacancy.DutchWriting,
                    DrivingLicence = vacancy.DrivingLicence,
                    MinExperienceYears = vacancy.MinExperienceYears,
                    ReservedForJobsAgreement = vacancy.ReservedForJobsAgreement,
                },
                kept,
                codes);
            if (before == Snapshot(vacancy))
            {
                // Nothing imported differs: put the very same row objects back so nothing is written.
                vacancy.Skills.Clear();
                vacancy.Skills.AddRange(skills);
                vacancy.Competences.Clear();
                vacancy.Competences.AddRange(competences);
                return false;
            }

            return true;
        }

        private static string Snapshot(Vacancy v) => string.Join('|',
            v.EmployerId, v.Title, v.Occupation, v.Description, v.HoursPerWeekMin, v.HoursPerWeekMax, v.Schedule, v.ContractType, v.AddressLine, v.Postcode,
            v.MunicipalityName, v.Positions, v.SbiSection, v.ContactName, v.ContactPhone, v.ContactEmail, v.StartDate, v.ClosingDate, v.OpenToAdaptingJob, v.HardToFill);

        /// <summary>The row with the vacancy's SBI section and contact where the file has no column for them (an older export keeps what was entered in Werkbrug).</summary>
        private static CreateVacancy.Command KeepMissing(ImportFile file, CreateVacancy.Command command, Vacancy? vacancy) => vacancy is null ? command : command with
        {
            SbiSection = file.Has(nameof(VacancyFields.SbiSection)) ? command.SbiSection : vacancy.SbiSection,
            ContactName = file.Has(nameof(VacancyFields.ContactName)) ? command.ContactName : vacancy.ContactName,
            ContactPhone = file.Has(nameof(VacancyFields.ContactPhone)) ? command.ContactPhone : vacancy.ContactPhone,
            ContactEmail = file.Has(nameof(VacancyFields.ContactEmail)) ? command.ContactEmail : vacancy.ContactEmail,
        };

        internal static (CreateVacancy.Command Command, VacancyStatus? Status) Parse(
            ImportFile file, CsvRecord record, Dictionary<string, Guid> employers, Guid organisation, Guid user, List<Error> errors)
        {
            string? Get(string field) => file.Get(record, field);
            var kvkText = Get(nameof(VacancyFields.EmployerId));
            Guid? employerId = null;
            if (kvkText is not null)
            {
                var kvk = KvkNumber.Normalise(kvkText);
                if (kvk is null)
                {
                    errors.Add(Error.Validation(nameof(VacancyFields.EmployerId), "Employer.InvalidKvk"));
                }
                else if (employers.TryGetValue(kvk, out var id))
                {
                    employerId = id;
                }
                else
                {
                    errors.Add(Error.Validation(nameof(VacancyFields.EmployerId), "Import.UnknownEmployer", kvk));
                }
            }

            var command = new CreateVacancy.Command
            {
                ExternalId = Get(nameof(VacancyFields.ExternalId)),
                EmployerId = employerId,
                Title = Get(nameof(VacancyFields.Title)),
                Occupation = Get(nameof(VacancyFields.Occupation)),
                Description = Get(nameof(VacancyFields.Description)),
                HoursPerWeekMin = ImportValues.Number(Get(nameof(VacancyFields.HoursPerWeekMin)), nameof(VacancyFields.HoursPerWeekMin), errors),
                HoursPerWeekMax = ImportValues.Number(Get(nameof(VacancyFields.HoursPerWeekMax)), nameof(VacancyFields.HoursPerWeekMax), errors),
                Schedule = Get(nameof(VacancyFields.Schedule)),
                ContractType = Code(Get(nameof(VacancyFields.ContractType)), nameof(VacancyFields.ContractType), ContractTypes, errors),
                AddressLine = Get(nameof(VacancyFields.AddressLine)),
                Postcode = Get(nameof(VacancyFields.Postcode)),
                MunicipalityName = Get(nameof(VacancyFields.MunicipalityName)),
                Positions = ImportValues.Number(Get(nameof(VacancyFields.Positions)), nameof(VacancyFields.Positions), errors) ?? 1,
                SbiSection = Get(nameof(VacancyFields.SbiSection)),
                ContactName = Get(nameof(VacancyFields.ContactName)),
                ContactPhone = Get(nameof(VacancyFields.ContactPhone)),
                ContactEmail = Get(nameof(VacancyFields.ContactEmail)),
                StartDate = ImportValues.Date(Get(nameof(VacancyFields.StartDate)), nameof(VacancyFields.StartDate), errors),
                ClosingDate = ImportValues.Date(Get(nameof(VacancyFields.ClosingDate)), nameof(VacancyFields.ClosingDate), errors),
                HardToFill = ImportValues.Flag(Get(nameof(VacancyFields.HardToFill)), nameof(VacancyFields.HardToFill), errors),
                OpenToAdaptingJob = ImportValues.Flag(Get(nameof(VacancyFields.OpenToAdaptingJob)), nameof(VacancyFields.OpenToAdaptingJob), errors),
                OwnerOrganisationId = organisation,
                AdviserUserId = user,
            };
            var status = Code(Get("Status"), "Status", Statuses, errors);
            return (command, status);
        }

        private static readonly Dictionary<string, ContractType> ContractTypes = new(StringComparer.OrdinalIgnoreCase)
        {
            ["regulier"] = ContractType.Regular,
            ["proefplaatsing"] = ContractType.TrialPlacement,
            ["leerbaan"] = ContractType.Leerbaan,
            ["werkervaringsplaats"] = ContractType.WorkExperiencePlace,
            ["vrijwilligerswerk"] = ContractType.Volunteering,
        };

        private static readonly Dictionary<string, VacancyStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
        {
            ["concept"] = VacancyStatus.Draft,
            ["open"] = VacancyStatus.Open,
            ["vervuld"] = VacancyStatus.Filled,
            ["deels vervuld"] = VacancyStatus.PartlyFilled,
            ["ingetrokken"] = VacancyStatus.Withdrawn,
            ["verlopen"] = VacancyStatus.Expired,
        };

        private static T? Code<T>(string? text, string field, Dictionary<string, T> dutch, List<Error> errors)
            where T : struct, Enum
        {
            if (text is null)
            {
                return null;
            }

            if (dutch.TryGetValue(text, out var value) || (!text.Any(char.IsDigit) && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value)))
            {
                return value;
            }

            errors.Add(Error.Validation(field, "Import.UnknownCode", ImportFile.Shorten(text)));
            return null;
        }
    }
}
