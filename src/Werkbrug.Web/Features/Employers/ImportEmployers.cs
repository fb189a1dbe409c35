using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Geography;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// Imports employers from a CSV export of a legacy system (column spec in docs/import.md). Each row is checked
/// with the rules of registration; valid rows are saved in batches, invalid rows are reported with their line
/// and column and change nothing. The KvK number is the key: a KvK number the region has already updates that
/// employer (only the columns present), adds a new location or contact person, or changes nothing at all, so
/// importing the same file twice leaves the second time unchanged.
/// </summary>
public static class ImportEmployers
{
    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("kvkNumber", "kvknummer", true, nameof(RegisterEmployer.Command.KvkNumber)),
        new("tradeName", "handelsnaam", true, nameof(RegisterEmployer.Command.TradeName)),
        new("sbiCodes", "sbi", false, nameof(RegisterEmployer.Command.SbiCodes)),
        new("sizeClass", "grootteklasse", true, nameof(RegisterEmployer.Command.SizeClass)),
        new("status", "status", false, nameof(RegisterEmployer.Command.Status)),
        new("addressLine", "adres", true, nameof(RegisterEmployer.Command.AddressLine)),
        new("postcode", "postcode", true, nameof(RegisterEmployer.Command.Postcode)),
        new("municipality", "gemeente", true, nameof(RegisterEmployer.Command.MunicipalityName)),
        new("contactName", "contactpersoon", false, "Contact" + nameof(SaveContactPerson.Command.Name)),
        new("contactJobTitle", "functie", false, "Contact" + nameof(SaveContactPerson.Command.JobTitle)),
        new("contactPhone", "telefoon", false, "Contact" + nameof(SaveContactPerson.Command.Phone)),
        new("contactEmail", "email", false, "Contact" + nameof(SaveContactPerson.Command.Email)),
        new("contactPreferredChannel", "voorkeurskanaal", false, "Contact" + nameof(SaveContactPerson.Command.PreferredChannel)),
    ];

    /// <summary>A row that passed every check, ready to be applied.</summary>
    private sealed record ValidRow(
        int Line, string Kvk, RegisterEmployer.Command Employer, List<string>? Sbi, EmployerStatus? Status,
        LocationRules.Checked Location, SaveContactPerson.Command? Contact);

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
            var pc4s = (await db.PostcodeAreas.Select(p => p.Pc4).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var municipalities = (await db.Municipalities.Select(m => m.Name).ToListAsync(cancellationToken))
                .ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);

            var outcomes = new ImportRow[file.Rows.Count];
            var firstLineOfKvk = new Dictionary<string, int>(StringComparer.Ordinal);
            var batch = new List<(int Index, ValidRow Row)>();
            for (var i = 0; i < file.Rows.Count; i++)
            {
                var record = file.Rows[i];
                var errors = new List<Error>();
                var row = Check(file, record, pc4s, municipalities, errors);
                if (row is not null && !firstLineOfKvk.TryAdd(row.Kvk, record.Line))
                {
                    errors.Add(Error.Validation(nameof(RegisterEmployer.Command.KvkNumber), "Import.DuplicateKey", row.Kvk, firstLineOfKvk[row.Kvk]));
                    row = null;
                }

                if (row is null)
                {
                    outcomes[i] = new ImportRow(record.Line, KvkNumber.Normalise(file.Get(record, Columns[0].Field)), ImportOutcome.Rejected, errors, []);
                    continue;
                }

                batch.Add((i, row));
                if (batch.Count == options.Value.BatchSize)
                {
                    await ApplyAsync(batch, outcomes, dryRun, cancellationToken);
                    batch.Clear();
                }
            }

            await ApplyAsync(batch, outcomes, dryRun, cancellationToken);
            var result = new ImportResult(dryRun, outcomes);
            await PlannerStatistics.AfterImportAsync<Employer>(db, result, cancellationToken);
            return result;
        }

        private static ValidRow? Check(ImportFile file, CsvRecord record, HashSet<string> pc4s, Dictionary<string, string> municipalities, List<Error> errors)
        {
            var sizeText = file.Get(record, nameof(RegisterEmployer.Command.SizeClass));
            var statusText = file.Get(record, nameof(RegisterEmployer.Command.Status));
            var command = new RegisterEmployer.Command
            {
                KvkNumber = file.Get(record, nameof(RegisterEmployer.Command.KvkNumber)),
                TradeName = file.Get(record, nameof(RegisterEmployer.Command.TradeName)),
                SizeClass = ParseSizeClass(sizeText),
                Status = ParseStatus(statusText),
                AddressLine = file.Get(record, nameof(RegisterEmployer.Command.AddressLine)),
                Postcode = file.Get(record, nameof(RegisterEmployer.Command.Postcode)),
                MunicipalityName = file.Get(record, nameof(RegisterEmployer.Command.MunicipalityName)),
            };
            errors.AddRange(InputValidator.Validate(command).Where(e => !(e.Field == nameof(command.SizeClass) && sizeText is not null)));
            if (sizeText is not null && command.SizeClass is null)
            {
                errors.Add(Error.Validation(nameof(command.SizeClass), "Import.UnknownCode", ImportFile.Shorten(sizeText)));
            }

            if (statusText is not null && command.Status is null)
            {
                errors.Add(Error.Validation(nameof(command.Status), "Import.UnknownCode", ImportFile.Shorten(statusText)));
            }

            var kvk = KvkInput.Parse(command.KvkNumber, errors);
            var sbiText = file.Get(record, nameof(RegisterEmployer.Command.SbiCodes));
            var sbi = file.Has(nameof(RegisterEmployer.Command.SbiCodes)) ? SbiInput.Parse(sbiText is null ? [] : [sbiText.Replace('|', ',')], errors) : null;
            var location = CheckLocation(command, pc4s, municipalities, errors);
            var contact = CheckContact(file, record, errors);
            return errors.Count == 0 ? new ValidRow(record.Line, kvk!, command, sbi, command.Status, location!, contact) : null;
        }

        private static LocationRules.Checked? CheckLocation(RegisterEmployer.Command command, HashSet<string> pc4s, Dictionary<string, string> municipalities, List<Error> errors)
        {
            if (errors.Any(e => e.Field is nameof(command.Postcode) or nameof(command.MunicipalityName)))
            {
                return null;
            }

            var pc4 = Postcode.ToPc4(command.Postcode);
            if (pc4 is null)
            {
                errors.Add(Error.Validation(nameof(command.Postcode), "Employer.InvalidPostcode"));
            }
            else if (!pc4s.Contains(pc4))
            {
                errors.Add(Error.Validation(nameof(command.Postcode), "Employer.UnknownPostcode", pc4));
            }

            if (!municipalities.TryGetValue(command.MunicipalityName!, out var municipality))
            {
                errors.Add(Error.Validation(nameof(command.MunicipalityName), "Import.UnknownMunicipality", ImportFile.Shorten(command.MunicipalityName!)));
            }

            return pc4 is null || municipality is null ? null : new LocationRules.Checked(EmployerLocation.FormatPostcode(command.Postcode!), pc4, municipality);
        }

        private static SaveContactPerson.Command? CheckContact(ImportFile file, CsvRecord record, List<Error> errors)
        {
            string? Get(string field) => file.Get(record, "Contact" + field);
            var channelText = Get(nameof(SaveContactPerson.Command.PreferredChannel));
            var contact = new SaveContactPerson.Command
            {
                Name = Get(nameof(SaveContactPerson.Command.Name)),
                JobTitle = Get(nameof(SaveContactPerson.Command.JobTitle)),
                Phone = Get(nameof(SaveContactPerson.Command.Phone)),
                Email = Get(nameof(SaveContactPerson.Command.Email)),
                PreferredChannel = ParseChannel(channelText),
            };
            if (contact is { Name: null, JobTitle: null, Phone: null, Email: null } && channelText is null)
            {
                return null;
            }

            errors.AddRange(InputValidator.Validate(contact).Select(e => e with { Field = "Contact" + e.Field }));
            if (channelText is not null && contact.PreferredChannel is null)
            {
                errors.Add(Error.Validation("Contact" + nameof(contact.PreferredChannel), "Import.UnknownCode", ImportFile.Shorten(channelText)));
            }

            return contact;
        }

        private async Task ApplyAsync(List<(int Index, ValidRow Row)> batch, ImportRow[] outcomes, bool dryRun, CancellationToken cancellationToken)
        {
            if (batch.Count == 0)
            {
                return;
            }

            // A registration by someone else between loading and saving trips the unique KvK index: load again and redo the batch.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ApplyOnceAsync(batch, outcomes, dryRun, cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    db.ChangeTracker.Clear();
                }
            }
        }

        private async Task ApplyOnceAsync(List<(int Index, ValidRow Row)> batch, ImportRow[] outcomes, bool dryRun, CancellationToken cancellationToken)
        {
            var kvks = batch.Select(b => b.Row.Kvk).ToList();
            var existing = await db.Employers.AsSplitQuery().Where(e => kvks.Contains(e.KvkNumber)).ToDictionaryAsync(e => e.KvkNumber, StringComparer.Ordinal, cancellationToken);
            var nameKeys = batch.Where(b => !existing.ContainsKey(b.Row.Kvk)).Select(b => EmployerName.Key(b.Row.Employer.TradeName!)).Distinct().ToList();
            var sameNames = (await db.Employers
                    .Where(e => nameKeys.Contains(e.NameKey))
                    .Select(e => new { e.NameKey, e.KvkNumber, Pc4s = e.Locations.Select(l => l.Pc4).ToList() })
                    .ToListAsync(cancellationToken))
                .SelectMany(e => e.Pc4s.Select(pc4 => (e.NameKey, Pc4: pc4, e.KvkNumber)))
                .ToList();

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (index, row) in batch)
            {
                if (existing.TryGetValue(row.Kvk, out var employer))
                {
                    var changed = Update(employer, row);
                    if (changed)
                    {
                        employer.UpdatedAtUtc = now;
                    }

                    outcomes[index] = new ImportRow(row.Line, row.Kvk, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged, [], []);
                    continue;
                }

                var key = EmployerName.Key(row.Employer.TradeName!);
                var warnings = sameNames.Where(s => s.NameKey == key && s.Pc4 == row.Location.Pc4).Select(s => s.KvkNumber).Distinct()
                    .Select(other => Error.Validation(nameof(RegisterEmployer.Command.TradeName), "Import.PossibleDuplicate", other)).ToList();
                db.Employers.Add(Create(row, now));
                outcomes[index] = new ImportRow(row.Line, row.Kvk, ImportOutcome.Created, [], warnings);
            }

            if (!dryRun)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        private Employer Create(ValidRow row, DateTime now)
        {
            var employer = new Employer
            {
                RegionCode = db.Scope.RegionCode!,
                KvkNumber = row.Kvk,
                SizeClass = row.Employer.SizeClass!.Value,
                Status = row.Status ?? EmployerStatus.Prospect,
                CreatedAtUtc = now,
                CreatedByUserId = db.Scope.UserId!.Value,
                UpdatedAtUtc = now,
            };
            employer.Rename(row.Employer.TradeName!);
            employer.SetSbiCodes(row.Sbi ?? []);
            Update(employer, row);
            return employer;
        }

        /// <summary>Brings an employer in line with a row; true when anything changed.</summary>
        private static bool Update(Employer employer, ValidRow row)
        {
            var changed = false;
            if (employer.TradeName != row.Employer.TradeName!.Trim())
            {
                employer.Rename(row.Employer.TradeName!);
                changed = true;
            }

            if (row.Sbi is not null && !employer.SbiCodes.Order(StringComparer.Ordinal).SequenceEqual(row.Sbi.Order(StringComparer.Ordinal)))
            {
                employer.SetSbiCodes(row.Sbi);
                changed = true;
            }

            if (employer.SizeClass != row.Employer.SizeClass)
            {
                employer.SizeClass = row.Employer.SizeClass!.Value;
                changed = true;
            }

            if (row.Status is { } status && employer.Status != status)
            {
                employer.Status = status;
                changed = true;
            }

            var address = row.Employer.AddressLine!.Trim();
            if (!employer.Locations.Any(l => l.Postcode == row.Location.Postcode && string.Equals(l.AddressLine, address, StringComparison.OrdinalIgnoreCase)))
            {
                employer.Locations.Add(new EmployerLocation { AddressLine = address, Postcode = row.Location.Postcode, Pc4 = row.Location.Pc4, MunicipalityName = row.Location.MunicipalityName });
                changed = true;
            }

            if (row.Contact is { Name: { } name } contact && !employer.ContactPersons.Any(p =>
                    string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && string.Equals(p.Email, contact.Email, StringComparison.OrdinalIgnoreCase)))
            {
                employer.ContactPersons.Add(new ContactPerson
                {
                    Name = name,
                    JobTitle = InputText.Clean(contact.JobTitle),
                    Phone = InputText.Clean(contact.Phone),
                    Email = InputText.Clean(contact.Email),
                    PreferredChannel = contact.PreferredChannel,
                });
                changed = true;
            }

            return changed;
        }
    }

    /// <summary>A size class by its code ("Employees10To49") or by a number of employees ("25").</summary>
    public static SizeClass? ParseSizeClass(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count switch
            {
                0 => SizeClass.Employees0,
                1 => SizeClass.Employees1,
                <= 4 => SizeClass.Employees2To4,
                <= 9 => SizeClass.Employees5To9,
                <= 49 => SizeClass.Employees10To49,
                <= 99 => SizeClass.Employees50To99,
                <= 249 => SizeClass.Employees100To249,
                _ => SizeClass.Employees250Plus,
            };
        }

        return ParseCode<SizeClass>(text, []);
    }

    public static EmployerStatus? ParseStatus(string? text) => ParseCode<EmployerStatus>(text, new()
    {
        ["klant"] = EmployerStatus.Client,
        ["slapend"] = EmployerStatus.Dormant,
    });

    public static PreferredChannel? ParseChannel(string? text) => ParseCode<PreferredChannel>(text, new()
    {
        ["telefoon"] = PreferredChannel.Phone,
        ["e-mail"] = PreferredChannel.Email,
        ["bezoek"] = PreferredChannel.Visit,
    });

    /// <summary>An enum by its English name (any case) or a Dutch word; numbers are not accepted.</summary>
    private static T? ParseCode<T>(string? text, Dictionary<string, T> dutch)
        where T : struct, Enum
    {
        if (text is null || text.Any(char.IsDigit) && !Enum.GetNames<T>().Any(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        return dutch.FirstOrDefault(d => string.Equals(d.Key, text, StringComparison.OrdinalIgnoreCase)) is { Key: not null } hit ? hit.Value : null;
    }
}
