using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Exchange;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// Imports vacancies in the VUM shape (<see cref="VumVacancy"/>) into the caller's organisation: a VUM file a user
/// imports, or a partner system's push (Features/Exchange, with its source system). Each vacancy is checked with the
/// rules of the vacancy form (employer by the KvK number in the extension, within the region), an open one with the date
/// rules of publishing; vacancies with errors are reported by their position and change nothing. The key is idVacature
/// within the organisation (and the source system for a push: a vacancy another source delivers is refused). A VUM
/// vacancy is a whole record: a known one is brought in line with it (tasks, skills and competences included, tasks
/// keep their id when their text is the same), an unchanged one writes nothing.
/// </summary>
public static class ImportVumVacancies
{
    public sealed class Handler(WerkbrugDb db, MatchingCodes codes, TimeProvider clock, IOptions<ImportOptions> options)
    {
        public async Task<Result<ImportResult>> HandleAsync(IReadOnlyList<VumVacancy>? vacancies, bool dryRun, string source, CancellationToken cancellationToken)
        {
            if (vacancies is null || vacancies.Count == 0)
            {
                return Error.Validation("File", "Import.EmptyFile");
            }

            if (vacancies.Count > options.Value.MaxRows)
            {
                return Error.Validation("File", "Import.TooManyRows", options.Value.MaxRows);
            }

            var organisation = db.Scope.OrganisationId!.Value;
            var user = db.Scope.UserId!.Value;
            var partner = source == ExchangeDelivery.FileSource ? null : source;
            var kvks = vacancies.Select(v => KvkNumber.Normalise(v.Werkbrug?.Kvknummer)).OfType<string>().Distinct().ToList();
            var employers = await db.Employers.Where(e => kvks.Contains(e.KvkNumber)).ToDictionaryAsync(e => e.KvkNumber, e => e.Id, StringComparer.Ordinal, cancellationToken);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<ImportRow>(vacancies.Count);
            var position = 0;
            foreach (var chunk in vacancies.Chunk(options.Value.BatchSize))
            {
                var parsed = chunk.Select(v =>
                {
                    var errors = new List<Error>();
                    var (command, status) = Parse(v, employers, organisation, user, errors);
                    return (Line: ++position, Command: command, Status: status, Errors: errors);
                }).ToList();
                var keys = parsed.Select(p => p.Command.ExternalId).OfType<string>().Distinct().ToList();
                var existing = await db.Vacancies.AsSplitQuery().Include(v => v.Tasks).Include(v => v.Skills).Include(v => v.Competences)
                    .Where(v => v.OwnerOrganisationId == organisation && v.ExternalId != null && keys.Contains(v.ExternalId))
                    .ToDictionaryAsync(v => v.ExternalId!, StringComparer.Ordinal, cancellationToken);
                var known = await VacancyInput.LookupAsync(db, [.. parsed.Where(p => p.Errors.Count == 0).Select(p => p.Command)], cancellationToken);
                foreach (var (line, command, status, errors) in parsed)
                {
                    var key = command.ExternalId;
                    if (key is null)
                    {
                        errors.Add(Error.Validation(nameof(VacancyFields.ExternalId), "Validation.Required"));
                    }
                    else if (!seen.TryAdd(key, line))
                    {
                        errors.Add(Error.Validation(nameof(VacancyFields.ExternalId), "Import.DuplicateKey", ImportFile.Shorten(key), seen[key]));
                    }

                    var vacancy = key is null ? null : existing.GetValueOrDefault(key);
                    if (vacancy?.SourceSystem is { } other && other != partner)
                    {
                        errors.Add(Error.Validation(nameof(VacancyFields.ExternalId), "Exchange.OtherSource", ImportFile.Shorten(key!), other));
                    }

                    var outcome = errors.Count == 0 ? Apply(vacancy, command, status, partner, known, errors) : null;
                    rows.Add(new ImportRow(line, key is null ? null : ImportFile.Shorten(key), outcome ?? ImportOutcome.Rejected, outcome is null ? errors : [], []));
                }

                if (!dryRun)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                db.ChangeTracker.Clear();
            }

            var result = new ImportResult(dryRun, rows);
            if (!dryRun)
            {
                db.ExchangeDeliveries.Add(Delivery(db, source, ExchangeKind.Vacancy, result, clock));
                await db.SaveChangesAsync(cancellationToken);
            }

            await PlannerStatistics.AfterImportAsync<Vacancy>(db, result, cancellationToken);
            return result;
        }

        /// <summary>The vacancy of a checked row, created or brought in line, in memory; null when refused (the errors added, nothing changed).</summary>
        private ImportOutcome? Apply(Vacancy? vacancy, CreateVacancy.Command command, VacancyStatus? status, string? partner, VacancyInput.Lookups known, List<Error> errors)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var user = db.Scope.UserId!.Value;
            if (vacancy is not null)
            {
                command = command with { OwnerOrganisationId = vacancy.OwnerOrganisationId, AdviserUserId = vacancy.AdviserUserId, Tasks = KeepTaskIds(vacancy, command.Tasks) };
            }

            var checkedInput = VacancyInput.Check(db.Scope, command, vacancy?.Id, known);
            if (!checkedInput.IsSuccess)
            {
                errors.AddRange(checkedInput.Errors);
                return null;
            }

            var dates = vacancy is { Status: not VacancyStatus.Draft }
                ? VacancyRules.CheckPublishedDates(command.StartDate, command.ClosingDate, DutchTime.Today(clock), (vacancy.StartDate, vacancy.ClosingDate))
                : status is VacancyStatus.Open ? VacancyRules.CheckPublishedDates(command.StartDate, command.ClosingDate, DutchTime.Today(clock)) : [];
            if (dates.Count > 0)
            {
                errors.AddRange(dates);
                return null;
            }

            if (vacancy is null)
            {
                var created = VacancyInput.Create(db.Scope.RegionCode!, command, checkedInput.Value, codes, now, user, partner ?? "VUM");
                created.SourceSystem = partner;
                if (status is { } initial && initial != VacancyStatus.Draft && created.MoveTo(initial, now, user, partner ?? "VUM") is { } refused)
                {
                    errors.Add(refused);
                    return null;
                }

                db.Vacancies.Add(created);
                return ImportOutcome.Created;
            }

            var moves = status is { } wanted && wanted != vacancy.Status;
            if (moves && vacancy.MoveTo(status!.Value, now, user, partner ?? "VUM") is { } forbidden)
            {
                errors.Add(forbidden);
                return null;
            }

            var shadow = new Vacancy { RegionCode = vacancy.RegionCode, Title = string.Empty, Occupation = string.Empty, Postcode = string.Empty, Pc4 = string.Empty, MunicipalityName = string.Empty };
            VacancyInput.Apply(shadow, command, checkedInput.Value, codes);
            var changed = Snapshot(shadow) != Snapshot(vacancy) || (partner is not null && vacancy.SourceSystem is null);
            if (changed)
            {
                VacancyInput.Apply(vacancy, command, checkedInput.Value, codes);
                vacancy.SourceSystem = partner ?? vacancy.SourceSystem;
            }

            if (changed || moves)
            {
                vacancy.Touch(now);
                return ImportOutcome.Updated;
            }

            return ImportOutcome.Unchanged;
        }

        /// <summary>The tasks with the id of the vacancy's task of the same text, so a task (and its job-carving links) survives an unchanged import.</summary>
        private static List<TaskInput>? KeepTaskIds(Vacancy vacancy, List<TaskInput>? tasks)
        {
            var free = vacancy.Tasks.OrderBy(t => t.Position).ToList();
            return tasks?.Select(t =>
            {
                var same = free.FirstOrDefault(f => f.Description == t.Description?.Trim());
                if (same is null)
                {
                    return t;
                }

                free.Remove(same);
                return t with { Id = same.Id };
            }).ToList();
        }
    }

    /// <summary>A delivery for the freshness report.</summary>
    internal static ExchangeDelivery Delivery(WerkbrugDb db, string source, ExchangeKind kind, ImportResult result, TimeProvider clock)
    {
        int Count(ImportOutcome outcome) => result.Rows.Count(r => r.Outcome == outcome);
        return new ExchangeDelivery
        {
            RegionCode = db.Scope.RegionCode!,
            OrganisationId = db.Scope.OrganisationId!.Value,
            SourceSystem = source,
            Kind = kind,
            ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
            Rows = result.Rows.Count,
            Created = Count(ImportOutcome.Created),
            Updated = Count(ImportOutcome.Updated),
            Unchanged = Count(ImportOutcome.Unchanged),
            Rejected = Count(ImportOutcome.Rejected),
        };
    }

    /// <summary>What a VUM import can change, as one comparable string.</summary>
    private static string Snapshot(Vacancy v) => string.Join('|',
        v.EmployerId, v.Title, v.Occupation, v.OccupationCode, v.Description, v.EducationLevel, v.HoursPerWeekMin, v.HoursPerWeekMax, v.Schedule, v.ContractType, v.AddressLine,
        v.Postcode, v.MunicipalityName, v.Positions, v.SbiSection, v.ContactName, v.ContactPhone, v.ContactEmail, v.StartDate, v.ClosingDate, v.OpenToAdaptingJob, v.HardToFill,
        string.Join(';', v.Tasks.OrderBy(t => t.Position).Select(t => $"{t.Description}/{t.SharePercent}/{t.Separable}")),
        string.Join(';', v.Skills.OrderBy(s => s.Position).Select(s => $"{s.Label}/{s.TaxonomyCode}/{s.Kind}/{s.Importance}")),
        string.Join(';', v.Competences.OrderBy(c => c.Position).Select(c => $"{c.Code}/{c.Importance}")));

    /// <summary>A VUM vacancy as the form's command and the status it asks for; unreadable values are added to <paramref name="errors"/>.</summary>
    internal static (CreateVacancy.Command Command, VacancyStatus? Status) Parse(
        VumVacancy v, Dictionary<string, Guid> employers, Guid organisation, Guid user, List<Error> errors)
    {
        var w = v.Werkbrug;
        Guid? employerId = null;
        if (w?.Kvknummer is { } kvkText)
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

        EducationLevel? level = null;
        if (v.CodeWerkEnDenkniveauMinimaal is { } levelCode)
        {
            if (int.TryParse(levelCode, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && Enum.IsDefined((EducationLevel)n))
            {
                level = (EducationLevel)n;
            }
            else
            {
                errors.Add(Error.Validation(nameof(VacancyFields.EducationLevel), "Import.UnknownCode", ImportFile.Shorten(levelCode, 20)));
            }
        }

        var work = v.Werkgever?.AdresHouding?.FirstOrDefault(a => a.CodeFunctieAdres == "E") ?? v.Werkgever?.AdresHouding?.FirstOrDefault();
        var address = work?.Adres?.AdresNederland;
        var contact = v.Werkgever?.Contactpersoon?.FirstOrDefault();
        var command = new CreateVacancy.Command
        {
            ExternalId = InputText.Clean(v.IdVacature),
            EmployerId = employerId,
            Title = v.NaamVacature,
            Occupation = v.Beroep?.NaamBeroepOngecodeerd,
            OccupationCode = w?.BeroepCode,
            Description = w?.Omschrijving ?? v.OmschrijvingVacature,
            EducationLevel = level,
            HoursPerWeekMin = v.Werktijden?.AantalWerkurenPerWeekMinimaal,
            HoursPerWeekMax = v.Werktijden?.AantalWerkurenPerWeekMaximaal,
            Schedule = v.ArbeidsVoorwaarden?.OmschrijvingArbeidsvoorwaarden,
            ContractType = ContractTypeOf(v, errors),
            AddressLine = w?.Adres,
            Postcode = w?.Postcode ?? address?.Postcode,
            MunicipalityName = address?.Gemeentenaam,
            Positions = w?.Aantal ?? 1,
            SbiSection = w?.SbiSectie,
            ContactName = contact?.NaamContactpersoonAfdeling,
            ContactPhone = w?.ContactTelefoon ?? contact?.Telefoonnummer?.FirstOrDefault(),
            ContactEmail = contact?.Emailadres?.FirstOrDefault(),
            StartDate = ImportValues.Date(v.ArbeidsVoorwaarden?.DatumAanvangWerkzaamheden, nameof(VacancyFields.StartDate), errors),
            ClosingDate = ImportValues.Date(v.SluitingsDatumVacature, nameof(VacancyFields.ClosingDate), errors),
            HardToFill = w?.MoeilijkVervulbaar ?? false,
            OpenToAdaptingJob = w?.Aanpasbaar ?? false,
            Tasks = w?.Taken?.Select(t => new TaskInput { Description = t.Omschrijving, SharePercent = t.Aandeel, Separable = t.Afsplitsbaar ?? false }).ToList(),
            Skills = w?.Vaardigheden?.Select(s => new SkillInput
            {
                Label = s.Label,
                TaxonomyCode = s.Code,
                Kind = Named<SkillKind>(s.Soort, nameof(VacancyFields.Skills), errors),
                Importance = Named<Importance>(s.Belang, nameof(VacancyFields.Skills), errors),
            }).ToList() ?? v.Vakvaardigheid?.Select(s => new SkillInput { Label = s.Omschrijving }).ToList(),
            Competences = w?.Competenties?.Select(c => new CompetenceInput { Code = c.Code, Importance = Named<Importance>(c.Belang, nameof(VacancyFields.Competences), errors) }).ToList()
                ?? v.Gedragscompetentie?.Select(c => new CompetenceInput { Code = c.CodeGedragscompetentie }).ToList(),
            OwnerOrganisationId = organisation,
            AdviserUserId = user,
        };
        return (command, Named<VacancyStatus>(w?.Status, "Status", errors));
    }

    /// <summary>The kind of agreement: the extension's name (a proefplaatsing has no VUM code), else the contract's codeTypeOvereenkomst.</summary>
    private static ContractType? ContractTypeOf(VumVacancy v, List<Error> errors)
    {
        if (v.Werkbrug?.Contractvorm is { } name)
        {
            return Named<ContractType>(name, nameof(VacancyFields.ContractType), errors);
        }

        var code = v.Contractvorm?.Select(c => c.CodeTypeOvereenkomst).OfType<string>().FirstOrDefault();
        if (code is null)
        {
            return null;
        }

        var type = Enum.GetValues<ContractType>().Where(t => ContractTypes.VumCode(t) == code).Select(t => (ContractType?)t).FirstOrDefault();
        if (type is null)
        {
            errors.Add(Error.Validation(nameof(VacancyFields.ContractType), "Import.UnknownCode", ImportFile.Shorten(code, 20)));
        }

        return type;
    }

    private static T? Named<T>(string? text, string field, List<Error> errors)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (!text.Any(char.IsDigit) && Enum.TryParse(text, ignoreCase: true, out T value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors.Add(Error.Validation(field, "Import.UnknownCode", ImportFile.Shorten(text, 20)));
        return null;
    }
}
