using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// Imports vacancies from a CSV export (column spec in docs/import.md) into the user's organisation. Each row is
/// checked with the rules of the vacancy form (the employer is found by KvK number in the region); rows with
/// errors are reported and change nothing. The key is the external id within the organisation: a known id
/// updates the vacancy's imported fields (tasks, skills and competences kept in Werkbrug stay as they are) and
/// moves its status through the workflow; an unchanged row changes nothing, so a second import of the same
/// file leaves everything as it was.
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
        new("addressLine", "adres", false, nameof(VacancyFields.AddressLine)),
        new("postcode", "postcode", true, nameof(VacancyFields.Postcode), "ImportColumn.workPostcode"),
        new("municipality", "gemeente", true, nameof(VacancyFields.MunicipalityName), "ImportColumn.workMunicipality"),
        new("positions", "aantal", false, nameof(VacancyFields.Positions)),
        new("startDate", "startdatum", false, nameof(VacancyFields.StartDate)),
        new("closingDate", "sluitingsdatum", false, nameof(VacancyFields.ClosingDate)),
        new("hardToFill", "moeilijkVervulbaar", false, nameof(VacancyFields.HardToFill)),
        new("openToAdaptingJob", "aanpasbaar", false, nameof(VacancyFields.OpenToAdaptingJob)),
        new("status", "status", false, "Status", "ImportColumn.vacancyStatus"),
    ];

    public sealed class Handler(WerkbrugDb db, TimeProvider clock, IOptions<ImportOptions> options)
    {
        public async Task<Result<ImportResult>> HandleAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken)
        {
            var read = ImportFile.Read(csv, Columns, options.Value.MaxRows);
            if (!read.IsSuccess)
            {
                return Result<ImportResult>.Failure(read.Errors);
            }

            var file = read.Value;
            var organisation = db.Scope.OrganisationId!.Value;
            var user = db.Scope.UserId!.Value;
            var kvks = file.Rows.Select(r => KvkNumber.Normalise(file.Get(r, nameof(VacancyFields.EmployerId)))).OfType<string>().Distinct().ToList();
            var employers = await db.Employers.Where(e => kvks.Contains(e.KvkNumber)).ToDictionaryAsync(e => e.KvkNumber, e => e.Id, StringComparer.Ordinal, cancellationToken);
            var rows = new List<ImportRow>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var now = clock.GetUtcNow().UtcDateTime;

            foreach (var record in file.Rows)
            {
                var errors = new List<Error>();
                var externalId = file.Get(record, nameof(VacancyFields.ExternalId));
                var (command, status) = Parse(file, record, employers, organisation, user, errors);
                if (externalId is not null && !seen.TryAdd(externalId, record.Line))
                {
                    errors.Add(Error.Validation(nameof(VacancyFields.ExternalId), "Import.DuplicateKey", externalId, seen[externalId]));
                }

                var existing = externalId is null ? null : await db.Vacancies.FirstOrDefaultAsync(v => v.OwnerOrganisationId == organisation && v.ExternalId == externalId, cancellationToken);
                if (errors.Count == 0)
                {
                    var checkedInput = await VacancyInput.CheckAsync(db, command, existing?.Id, cancellationToken);
                    if (!checkedInput.IsSuccess)
                    {
                        errors.AddRange(checkedInput.Errors);
                    }
                    else if (existing is null)
                    {
                        var vacancy = VacancyInput.Create(db.Scope.RegionCode!, command, checkedInput.Value, now, user, "import");
                        if (status is { } initial && initial != VacancyStatus.Draft && vacancy.MoveTo(initial, now, user, "import") is { } refused)
                        {
                            errors.Add(refused);
                        }
                        else
                        {
                            db.Vacancies.Add(vacancy);
                            rows.Add(new ImportRow(record.Line, externalId, ImportOutcome.Created, [], []));
                            continue;
                        }
                    }
                    else
                    {
                        var changed = Update(existing, command, checkedInput.Value);
                        if (status is { } wanted && wanted != existing.Status)
                        {
                            if (existing.MoveTo(wanted, now, user, "import") is { } refused)
                            {
                                errors.Add(refused);
                            }

                            changed = true;
                        }

                        if (errors.Count == 0)
                        {
                            if (changed)
                            {
                                existing.Touch(now);
                            }

                            rows.Add(new ImportRow(record.Line, externalId, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged, [], []));
                            continue;
                        }
                    }
                }

                if (existing is not null)
                {
                    await db.Entry(existing).ReloadAsync(cancellationToken);
                }

                rows.Add(new ImportRow(record.Line, externalId, ImportOutcome.Rejected, errors, []));
                if (rows.Count % options.Value.BatchSize == 0)
                {
                    await SaveAsync(dryRun, cancellationToken);
                }
            }

            await SaveAsync(dryRun, cancellationToken);
            return new ImportResult(dryRun, rows);
        }

        private async Task SaveAsync(bool dryRun, CancellationToken cancellationToken)
        {
            if (!dryRun)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        /// <summary>Sets the imported fields of an existing vacancy; true when anything changed. Rows kept in Werkbrug stay.</summary>
        private static bool Update(Vacancy vacancy, CreateVacancy.Command command, VacancyInput.Checked input)
        {
            var before = Snapshot(vacancy);
            var fields = command with
            {
                Tasks = vacancy.Tasks.OrderBy(t => t.Position).Select(t => new TaskInput { Id = t.Id, Description = t.Description, SharePercent = t.SharePercent, Separable = t.Separable }).ToList(),
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
            VacancyInput.Apply(vacancy, fields with { EducationLevel = vacancy.EducationLevel }, kept);
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
            v.MunicipalityName, v.Positions, v.StartDate, v.ClosingDate, v.OpenToAdaptingJob, v.HardToFill);

        private static (CreateVacancy.Command Command, VacancyStatus? Status) Parse(
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
