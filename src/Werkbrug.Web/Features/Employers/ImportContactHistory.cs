using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// Carries a legacy system's contact history (a WBS export: employer, date, adviser, channel, subject, note) over into
/// the employers' contact timelines (format in this folder's README.md). Every row is checked on its own; the good rows
/// are saved together in one transaction, a bad row is reported with its reason and changes nothing. A row imported
/// before (same legacy id, else same normalised content: <see cref="ContactHistoryRows.Key"/>) is "already present",
/// so importing the same or an overlapping file again adds nothing.
/// </summary>
public static class ImportContactHistory
{
    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("kvkNumber", "kvknummer", true, ContactHistoryRows.Kvk, "ContactImportColumn.kvkNumber"),
        new("date", "datum", true, ContactHistoryRows.Date, "ContactImportColumn.date"),
        new("time", "tijd", false, ContactHistoryRows.Time, "ContactImportColumn.time"),
        new("adviser", "adviseur", false, ContactHistoryRows.Adviser, "ContactImportColumn.adviser"),
        new("channel", "kanaal", true, ContactHistoryRows.Channel, "ContactImportColumn.channel"),
        new("subject", "onderwerp", false, ContactHistoryRows.Subject, "ContactImportColumn.subject"),
        new("note", "notitie", false, ContactHistoryRows.Note, "ContactImportColumn.note"),
        new("legacyId", "id", false, ContactHistoryRows.LegacyId, "ContactImportColumn.legacyId"),
        new("source", "bron", false, ContactHistoryRows.Source, "ContactImportColumn.source"),
    ];

    public enum RowOutcome
    {
        Imported = 1,
        AlreadyPresent = 2,
        Rejected = 3,
    }

    /// <summary>What happened to one data row; <paramref name="ContactMomentId"/> is the new or the earlier imported contact.</summary>
    public sealed record Row(int Line, string? KvkNumber, RowOutcome Outcome, Guid? ContactMomentId, IReadOnlyList<Error> Errors, IReadOnlyList<Error> Remarks);

    public sealed record Outcome(bool DryRun, IReadOnlyList<Row> Rows);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock, IOptions<ImportOptions> options)
    {
        public async Task<Result<Outcome>> HandleAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken)
        {
            var read = ImportFile.Read(csv, Columns, options.Value.MaxRows);
            if (!read.IsSuccess)
            {
                return Result<Outcome>.Failure(read.Errors);
            }

            var file = read.Value;
            var now = clock.GetUtcNow().UtcDateTime;
            var parsed = file.Rows.Select(r => ContactHistoryRows.Parse(file, r, now)).ToList();
            var employers = await EmployersAsync(parsed, cancellationToken);
            var advisers = await AdvisersAsync(parsed, cancellationToken);

            // Two imports of the same rows at once: the loser trips the unique key index, loads the keys again and finds them present.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return new Outcome(dryRun, await ApplyAsync(parsed, employers, advisers, dryRun, now, cancellationToken));
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    db.ChangeTracker.Clear();
                }
            }
        }

        private async Task<List<Row>> ApplyAsync(
            List<ContactHistoryRows.Parsed> parsed, Dictionary<string, Guid> employers, Dictionary<string, (Guid Id, Guid OrganisationId)> advisers,
            bool dryRun, DateTime now, CancellationToken cancellationToken)
        {
            var keys = parsed.Where(p => p.Key is not null).Select(p => p.Key!).Distinct().ToList();
            var present = new Dictionary<string, Guid>(StringComparer.Ordinal);
            foreach (var chunk in keys.Chunk(1000))
            {
                foreach (var hit in await db.ContactMoments.Where(c => chunk.Contains(c.ImportKey!)).Select(c => new { c.ImportKey, c.Id }).ToListAsync(cancellationToken))
                {
                    present[hit.ImportKey!] = hit.Id;
                }
            }

            var rows = new List<Row>(parsed.Count);
            var firstLine = new Dictionary<string, (int Line, Guid Id)>(StringComparer.Ordinal);
            foreach (var row in parsed)
            {
                var errors = row.Errors.ToList();
                if (row.Kvk is { } kvk && !employers.ContainsKey(kvk))
                {
                    errors.Add(Error.Validation(ContactHistoryRows.Kvk, "Import.UnknownEmployer", kvk));
                }

                if (errors.Count > 0)
                {
                    rows.Add(new Row(row.Line, row.Kvk ?? row.KvkText, RowOutcome.Rejected, null, errors, []));
                }
                else if (present.TryGetValue(row.Key!, out var earlier))
                {
                    rows.Add(new Row(row.Line, row.Kvk, RowOutcome.AlreadyPresent, earlier, [], []));
                }
                else if (firstLine.TryGetValue(row.Key!, out var first))
                {
                    rows.Add(new Row(row.Line, row.Kvk, RowOutcome.AlreadyPresent, first.Id, [],
                        [Error.Validation(ContactHistoryRows.LegacyId, "ContactImport.SameAsLine", first.Line)]));
                }
                else
                {
                    var contact = Create(row, employers[row.Kvk!], advisers, now);
                    db.ContactMoments.Add(contact);
                    firstLine[row.Key!] = (row.Line, contact.Id);
                    var remarks = contact.ImportedAdviserName is null ? new List<Error>() : [Error.Validation(ContactHistoryRows.Adviser, "ContactImport.AdviserKeptAsName", ImportFile.Shorten(contact.ImportedAdviserName))];
                    rows.Add(new Row(row.Line, row.Kvk, RowOutcome.Imported, dryRun ? null : contact.Id, [], remarks));
                }
            }

            // One SaveChanges: every good row lands, or (on any failure) none does.
            if (!dryRun)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            return rows;
        }

        private ContactMoment Create(ContactHistoryRows.Parsed row, Guid employerId, Dictionary<string, (Guid Id, Guid OrganisationId)> advisers, DateTime now)
        {
            var matched = row.Adviser is { } adviser && advisers.TryGetValue(adviser.ToUpperInvariant(), out var user) ? user : ((Guid Id, Guid OrganisationId)?)null;
            return new ContactMoment
            {
                RegionCode = db.Scope.RegionCode!,
                EmployerId = employerId,
                OccurredAtUtc = row.OccurredAtUtc!.Value,
                Channel = row.Channel!.Value,
                Initiator = ContactInitiator.ServicePoint,
                AdviserUserId = matched?.Id ?? db.Scope.UserId!.Value,
                OrganisationId = matched?.OrganisationId ?? db.Scope.OrganisationId!.Value,
                Topics = [ContactTopics.Other],
                Subject = row.Subject,
                Note = row.Note,
                LoggedAtUtc = now,
                ImportSource = row.Source,
                ImportKey = row.Key,
                ImportedAdviserName = matched is null ? row.Adviser : null,
            };
        }

        /// <summary>The region's employers named in the file, by KvK number; another region's employer is not among them.</summary>
        private async Task<Dictionary<string, Guid>> EmployersAsync(List<ContactHistoryRows.Parsed> parsed, CancellationToken cancellationToken)
        {
            var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
            foreach (var chunk in parsed.Where(p => p.Kvk is not null).Select(p => p.Kvk!).Distinct().Chunk(1000))
            {
                foreach (var e in await db.Employers.Where(e => chunk.Contains(e.KvkNumber)).Select(e => new { e.KvkNumber, e.Id }).ToListAsync(cancellationToken))
                {
                    found[e.KvkNumber] = e.Id;
                }
            }

            return found;
        }

        /// <summary>The region's users whose e-mail address the file names as adviser, by normalised e-mail address.</summary>
        private async Task<Dictionary<string, (Guid Id, Guid OrganisationId)>> AdvisersAsync(List<ContactHistoryRows.Parsed> parsed, CancellationToken cancellationToken)
        {
            var emails = parsed.Where(p => p.Adviser is not null && p.Adviser.Contains('@', StringComparison.Ordinal))
                .Select(p => p.Adviser!.ToUpperInvariant()).Distinct().ToList();
            var users = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => new { u.NormalizedEmail, u.Id, u.OrganisationId }).ToListAsync(cancellationToken);
            return users.ToDictionary(u => u.NormalizedEmail!, u => (u.Id, u.OrganisationId), StringComparer.Ordinal);
        }
    }
}
