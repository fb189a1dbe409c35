using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Placements;

/// <summary>
/// Imports durability statuses from CSV (columns in the folder README): per row a placement of the caller's (placing)
/// organisation, the checkpoint (6 or 12), still employed (ja/nee) and, for an end, its date and reason. Each row goes
/// through <see cref="DurabilityRecorder"/> like the form; a row with errors changes nothing, a status the placement
/// already has is reported unchanged, so the same file twice changes nothing. dryRun only checks.
/// </summary>
public static class ImportDurability
{
    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("placementId", "plaatsingId", true, "PlacementId"),
        new("checkpoint", "meetmoment", true, nameof(RecordDurability.Command.Checkpoint)),
        new("stillEmployed", "nogInDienst", true, nameof(RecordDurability.Command.StillEmployed)),
        new("endedOn", "einddatum", false, nameof(RecordDurability.Command.EndedOn)),
        new("endReason", "redenEinde", false, nameof(RecordDurability.Command.EndReason)),
    ];

    public sealed class Handler(WerkbrugDb db, DurabilityRecorder recorder, IOptions<ImportOptions> options)
    {
        public async Task<Result<ImportResult>> HandleAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken)
        {
            var read = ImportFile.Read(csv, Columns, options.Value.MaxRows);
            if (!read.IsSuccess)
            {
                return Result<ImportResult>.Failure(read.Errors);
            }

            var file = read.Value;
            var organisation = db.Scope.OrganisationId ?? Guid.Empty;
            var rows = new List<ImportRow>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var record in file.Rows)
            {
                var errors = new List<Error>();
                var idText = file.Get(record, "PlacementId");
                Guid? id = null;
                if (idText is null)
                {
                    errors.Add(Error.Validation("PlacementId", "Validation.Required"));
                }
                else if (Guid.TryParse(idText, out var parsed))
                {
                    id = parsed;
                }
                else
                {
                    errors.Add(Error.Validation("PlacementId", "Import.UnknownPlacement", ImportFile.Shorten(idText, 40)));
                }

                var checkpoint = Checkpoint(file.Get(record, nameof(RecordDurability.Command.Checkpoint)), errors);
                var stillText = file.Get(record, nameof(RecordDurability.Command.StillEmployed));
                if (stillText is null)
                {
                    errors.Add(Error.Validation(nameof(RecordDurability.Command.StillEmployed), "Validation.Required"));
                }

                var stillEmployed = ImportValues.Flag(stillText, nameof(RecordDurability.Command.StillEmployed), errors);
                var endedOn = ImportValues.Date(file.Get(record, nameof(RecordDurability.Command.EndedOn)), nameof(RecordDurability.Command.EndedOn), errors);
                var endReason = Reason(file.Get(record, nameof(RecordDurability.Command.EndReason)), errors);
                var key = id is null || checkpoint is null ? idText : $"{id}:{(int)checkpoint}";
                if (key is not null && errors.Count == 0 && !seen.TryAdd(key, record.Line))
                {
                    errors.Add(Error.Validation("PlacementId", "Import.DuplicateKey", key, seen[key]));
                }

                Placement? placement = null;
                if (errors.Count == 0)
                {
                    placement = await ReferralAccess.Placements(db).FirstOrDefaultAsync(p => p.Id == id && p.PlacingOrganisationId == organisation, cancellationToken);
                    if (placement is null)
                    {
                        errors.Add(Error.Validation("PlacementId", "Import.UnknownPlacement", idText!));
                    }
                }

                if (errors.Count == 0)
                {
                    var outcome = await recorder.RecordAsync(placement!, checkpoint!.Value, stillEmployed, endedOn, endReason, cancellationToken);
                    if (outcome.IsSuccess)
                    {
                        rows.Add(new ImportRow(record.Line, key, outcome.Value ? ImportOutcome.Updated : ImportOutcome.Unchanged, [], []));
                        continue;
                    }

                    errors.AddRange(outcome.Errors);
                }

                rows.Add(new ImportRow(record.Line, key, ImportOutcome.Rejected, errors, []));
            }

            if (!dryRun)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return new ImportResult(dryRun, rows);
        }

        private static DurabilityCheckpoint? Checkpoint(string? text, List<Error> errors)
        {
            switch (text?.ToLowerInvariant())
            {
                case null:
                    errors.Add(Error.Validation(nameof(RecordDurability.Command.Checkpoint), "Validation.Required"));
                    return null;
                case "6" or "sixmonths":
                    return DurabilityCheckpoint.SixMonths;
                case "12" or "twelvemonths":
                    return DurabilityCheckpoint.TwelveMonths;
                default:
                    errors.Add(Error.Validation(nameof(RecordDurability.Command.Checkpoint), "Import.UnknownCode", ImportFile.Shorten(text, 20)));
                    return null;
            }
        }

        private static PlacementEndReason? Reason(string? text, List<Error> errors)
        {
            if (text is null)
            {
                return null;
            }

            if (Enum.TryParse<PlacementEndReason>(text, ignoreCase: true, out var reason) && Enum.IsDefined(reason) && !int.TryParse(text, out _))
            {
                return reason;
            }

            errors.Add(Error.Validation(nameof(RecordDurability.Command.EndReason), "Import.UnknownCode", ImportFile.Shorten(text, 20)));
            return null;
        }
    }
}
