using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>
/// The catalogue as a file and back: export as CSV (one row per instrument, lists separated by "|", the rules as JSON in
/// their column) or JSON (an array in the exchange shape, <see cref="InstrumentDocument"/>); import of either, idempotent
/// by key (a known key updates or leaves the instrument, a new key creates one), with a per-row report and a dry run; and
/// the national starter set (<see cref="StarterSet"/>) loaded into the region, adding only the keys it lacks.
/// </summary>
public static class InstrumentTransfer
{
    public const string CsvType = "text/csv";
    public const string JsonType = "application/json";

    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("key", "sleutel", true, nameof(SaveInstrument.Command.Key), "InstrumentColumn.key"),
        new("name", "naam", true, nameof(SaveInstrument.Command.Name), "InstrumentColumn.name"),
        new("provider", "aanbieder", true, nameof(SaveInstrument.Command.Provider), "InstrumentColumn.provider"),
        new("legalBasis", "wettelijke grondslag", false, nameof(SaveInstrument.Command.LegalBasis), "InstrumentColumn.legalBasis"),
        new("coverage", "geldt in", true, nameof(SaveInstrument.Command.Coverage), "InstrumentColumn.coverage"),
        new("municipalities", "gemeenten", false, nameof(SaveInstrument.Command.Municipalities), "InstrumentColumn.municipalities"),
        new("targetGroups", "doelgroepen", false, nameof(SaveInstrument.Command.TargetGroups), "InstrumentColumn.targetGroups"),
        new("benefitTypes", "uitkeringen", false, nameof(SaveInstrument.Command.BenefitTypes), "InstrumentColumn.benefitTypes"),
        new("provides", "wat het oplevert", true, nameof(SaveInstrument.Command.Provides), "InstrumentColumn.provides"),
        new("duration", "duur", false, nameof(SaveInstrument.Command.Duration), "InstrumentColumn.duration"),
        new("conditions", "voorwaarden", true, nameof(SaveInstrument.Command.Conditions), "InstrumentColumn.conditions"),
        new("applicationSteps", "aanvragen", false, nameof(SaveInstrument.Command.ApplicationSteps), "InstrumentColumn.applicationSteps"),
        new("contact", "contact", false, nameof(SaveInstrument.Command.Contact), "InstrumentColumn.contact"),
        new("validFrom", "geldig vanaf", false, nameof(SaveInstrument.Command.ValidFrom), "InstrumentColumn.validFrom"),
        new("validTo", "geldig tot en met", false, nameof(SaveInstrument.Command.ValidTo), "InstrumentColumn.validTo"),
        new("rules", "regels", false, nameof(SaveInstrument.Command.Rules), "InstrumentColumn.rules"),
        new("family", "soort", false, nameof(SaveInstrument.Command.Family), "InstrumentColumn.family"),
    ];

    public sealed record File(byte[] Content, string ContentType, string Name);

    public sealed class Handler(WerkbrugDb db, SaveInstrument.Handler save, TimeProvider clock)
    {
        /// <summary>The whole catalogue of the region as <paramref name="format"/> (csv, json; default csv).</summary>
        public async Task<Result<File>> ExportAsync(string? format, CancellationToken cancellationToken)
        {
            var kind = string.IsNullOrWhiteSpace(format) ? "csv" : format.Trim().ToLowerInvariant();
            if (kind is not ("csv" or "json"))
            {
                return Error.Validation("Format", "Instruments.FormatUnknown");
            }

            var instruments = await db.Instruments.AsNoTracking().ToListAsync(cancellationToken);
            var documents = instruments.OrderBy(i => i.Key, StringComparer.Ordinal).Select(InstrumentDocument.From).ToList();
            var name = $"instrumenten-{db.Scope.RegionCode}-{DutchTime.Today(clock):yyyy-MM-dd}.{kind}";
            return kind == "json"
                ? new File(Encoding.UTF8.GetBytes(InstrumentDocument.Serialize(documents)), JsonType + "; charset=utf-8", name)
                : new File(Csv(documents), CsvType + "; charset=utf-8", name);
        }

        /// <summary>Imports a CSV file or a JSON array (recognised by its first character).</summary>
        public async Task<Result<ImportResult>> ImportAsync(TextReader reader, bool dryRun, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(reader);
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (text.TrimStart().StartsWith('['))
            {
                return InstrumentDocument.ParseAll(text) is { } documents
                    ? await ApplyAsync([.. documents.Select((d, i) => (i + 1, (InstrumentDocument?)d, (IReadOnlyList<Error>)[]))], dryRun, createOnly: false, cancellationToken)
                    : Error.Validation("File", "Instruments.JsonUnreadable");
            }

            var file = ImportFile.Read(new StringReader(text), Columns, 1000);
            if (!file.IsSuccess)
            {
                return Result<ImportResult>.Failure(file.Errors);
            }

            return await ApplyAsync([.. file.Value.Rows.Select(r => FromCsv(file.Value, r))], dryRun, createOnly: false, cancellationToken);
        }

        /// <summary>Adds the national starter set's instruments whose keys the region lacks; the others are left as the region keeps them.</summary>
        public Task<Result<ImportResult>> LoadStarterSetAsync(bool dryRun, CancellationToken cancellationToken) =>
            ApplyAsync([.. StarterSet.National.Select((d, i) => (i + 1, (InstrumentDocument?)d, (IReadOnlyList<Error>)[]))], dryRun, createOnly: true, cancellationToken);

        private async Task<Result<ImportResult>> ApplyAsync(
            IReadOnlyList<(int Line, InstrumentDocument? Document, IReadOnlyList<Error> Errors)> rows, bool dryRun, bool createOnly, CancellationToken cancellationToken)
        {
            var existing = await db.Instruments.ToDictionaryAsync(i => i.Key, StringComparer.Ordinal, cancellationToken);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var report = new List<ImportRow>();
            foreach (var (line, document, readErrors) in rows)
            {
                var key = document?.Key?.Trim();
                if (readErrors.Count > 0 || document is null)
                {
                    report.Add(new ImportRow(line, key, ImportOutcome.Rejected, readErrors.Count > 0 ? readErrors : [Error.Validation("File", "Validation.Invalid")], []));
                    continue;
                }

                if (key is not null && !seen.Add(key))
                {
                    report.Add(new ImportRow(line, key, ImportOutcome.Rejected, [Error.Validation(nameof(SaveInstrument.Command.Key), "Instruments.KeyTwiceInFile", key)], []));
                    continue;
                }

                var current = key is null ? null : existing.GetValueOrDefault(key);
                if (current is not null && createOnly)
                {
                    report.Add(new ImportRow(line, key, ImportOutcome.Unchanged, [], []));
                    continue;
                }

                var command = SaveInstrument.Command.From(document, current?.Version);
                var errors = await save.CheckAsync(command, current?.Id, cancellationToken);
                if (errors.Count > 0)
                {
                    report.Add(new ImportRow(line, key, ImportOutcome.Rejected, errors, []));
                    continue;
                }

                var (outcome, conflict) = await SaveAsync(current, command, dryRun, cancellationToken);
                report.Add(new ImportRow(line, key, outcome, conflict is null ? [] : [conflict], []));
            }

            return new ImportResult(dryRun, report);
        }

        private async Task<(ImportOutcome Outcome, Error? Conflict)> SaveAsync(Instrument? current, SaveInstrument.Command command, bool dryRun, CancellationToken cancellationToken)
        {
            var instrument = current ?? new Instrument { RegionCode = db.Scope.RegionCode!, Key = string.Empty, Name = string.Empty, Provides = string.Empty, Conditions = string.Empty };
            var before = current?.Describe();
            SaveInstrument.Handler.Apply(instrument, command, isNew: current is null);
            var fields = Changes.Between(before, instrument.Describe());
            if (current is not null && fields.Count == 0)
            {
                return (ImportOutcome.Unchanged, null);
            }

            if (!dryRun)
            {
                if (current is null)
                {
                    db.Instruments.Add(instrument);
                }

                if (await db.LogAndSaveAsync(clock, instrument, current is null ? ChangeAction.Created : ChangeAction.Updated, before, cancellationToken) is { } conflict)
                {
                    db.ChangeTracker.Clear();
                    return (ImportOutcome.Rejected, conflict);
                }
            }

            return (current is null ? ImportOutcome.Created : ImportOutcome.Updated, null);
        }

        private static (int Line, InstrumentDocument? Document, IReadOnlyList<Error> Errors) FromCsv(ImportFile file, CsvRecord row)
        {
            var errors = new List<Error>();
            string? Text(string field) => file.Get(row, field) is { } v && v.Length > 1 && v[0] == '\'' && "=+-@".Contains(v[1], StringComparison.Ordinal) ? v[1..] : file.Get(row, field);
            T? Enum<T>(string field)
                where T : struct, System.Enum
            {
                var value = Text(field);
                if (value is null)
                {
                    return null;
                }

                if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, CultureInfo.InvariantCulture, out _))
                {
                    return parsed;
                }

                errors.Add(Error.Validation(field, "Validation.Invalid"));
                return null;
            }

            DateOnly? Day(string field)
            {
                var value = Text(field);
                if (value is null)
                {
                    return null;
                }

                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    return day;
                }

                errors.Add(Error.Validation(field, "Validation.Invalid"));
                return null;
            }

            List<string> Split(string field) => [.. (Text(field) ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            var benefits = new List<BenefitType>();
            foreach (var b in Split(nameof(SaveInstrument.Command.BenefitTypes)))
            {
                if (System.Enum.TryParse<BenefitType>(b, ignoreCase: true, out var benefit) && System.Enum.IsDefined(benefit) && !int.TryParse(b, CultureInfo.InvariantCulture, out _))
                {
                    benefits.Add(benefit);
                }
                else
                {
                    errors.Add(Error.Validation(nameof(SaveInstrument.Command.BenefitTypes), "Validation.Invalid"));
                }
            }

            var rules = EligibilityRules.Parse(Text(nameof(SaveInstrument.Command.Rules)));
            if (rules is null)
            {
                errors.Add(Error.Validation(nameof(SaveInstrument.Command.Rules), "Instruments.RulesUnreadable"));
            }

            var document = new InstrumentDocument
            {
                Key = Text(nameof(SaveInstrument.Command.Key)),
                Name = Text(nameof(SaveInstrument.Command.Name)),
                Family = Text(nameof(SaveInstrument.Command.Family)),
                Provider = Enum<InstrumentProvider>(nameof(SaveInstrument.Command.Provider)),
                LegalBasis = Text(nameof(SaveInstrument.Command.LegalBasis)),
                Coverage = Enum<InstrumentCoverage>(nameof(SaveInstrument.Command.Coverage)),
                Municipalities = Split(nameof(SaveInstrument.Command.Municipalities)),
                TargetGroups = Text(nameof(SaveInstrument.Command.TargetGroups)),
                BenefitTypes = benefits,
                Provides = Text(nameof(SaveInstrument.Command.Provides)),
                Duration = Text(nameof(SaveInstrument.Command.Duration)),
                Conditions = Text(nameof(SaveInstrument.Command.Conditions)),
                ApplicationSteps = Text(nameof(SaveInstrument.Command.ApplicationSteps)),
                Contact = Text(nameof(SaveInstrument.Command.Contact)),
                ValidFrom = Day(nameof(SaveInstrument.Command.ValidFrom)),
                ValidTo = Day(nameof(SaveInstrument.Command.ValidTo)),
                Rules = rules ?? [],
            };
            return (row.Line, document, errors);
        }

        private static byte[] Csv(IReadOnlyList<InstrumentDocument> documents)
        {
            var csv = new StringBuilder();
            csv.AppendJoin(';', Columns.Select(c => c.Name)).Append("\r\n");
            foreach (var d in documents)
            {
                string?[] cells =
                [
                    d.Key, d.Name, d.Provider?.ToString(), d.LegalBasis, d.Coverage?.ToString(), string.Join('|', d.Municipalities ?? []), d.TargetGroups,
                    string.Join('|', d.BenefitTypes ?? []), d.Provides, d.Duration, d.Conditions, d.ApplicationSteps, d.Contact,
                    d.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    d.Rules is { Count: > 0 } rules ? EligibilityRules.Serialize(rules) : null, d.Family,
                ];
                csv.AppendJoin(';', cells.Select(Field)).Append("\r\n");
            }

            return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
        }

        /// <summary>A cell: quoted when it holds a separator, quote or line break; a leading formula character is escaped with an apostrophe.</summary>
        private static string Field(string? value)
        {
            var text = value ?? string.Empty;
            text = text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
            return text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
        }
    }
}
