using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Placements;

/// <summary>
/// The instruments applied to a placement (issue 16): which instrument of the region's catalogue, from when to when, and
/// the amount. Both organisations of the placement read them; the placing organisation records, changes and removes
/// them. The instrument's name, key and rule version are kept with the record, so it reads the same after the catalogue
/// changes. No personal data.
/// </summary>
public static class PlacementInstruments
{
    public sealed record Command
    {
        /// <summary>An instrument of the region's catalogue.</summary>
        [Required]
        public Guid? InstrumentId { get; init; }

        [Required]
        public DateOnly? StartsOn { get; init; }

        /// <summary>Empty while it runs; not before <see cref="StartsOn"/>.</summary>
        public DateOnly? EndsOn { get; init; }

        /// <summary>In euro, with at most two decimals; not negative.</summary>
        public decimal? Amount { get; init; }

        [StringLength(AppliedInstrument.NoteLength)]
        public string? Note { get; init; }

        /// <summary>The version read (for a change; not for a new one).</summary>
        public int? Version { get; init; }
    }

    public sealed record Row(Guid Id, Guid PlacementId, Guid InstrumentId, string Key, string Name, int RuleVersion, DateOnly StartsOn, DateOnly? EndsOn, decimal? Amount, string? Note, int Version)
    {
        public static Row From(AppliedInstrument a)
        {
            ArgumentNullException.ThrowIfNull(a);
            return new(a.Id, a.PlacementId, a.InstrumentId, a.InstrumentKey, a.InstrumentName, a.RuleVersion, a.StartsOn, a.EndsOn, a.Amount, a.Note, a.Version);
        }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        /// <summary>The region's instruments by name, for the form.</summary>
        public async Task<IReadOnlyList<KeyValuePair<string, string>>> ChoicesAsync(CancellationToken cancellationToken) =>
            [.. (await db.Instruments.AsNoTracking().OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken))
                .Select(i => KeyValuePair.Create(i.Id.ToString(), i.Name))];

        public async Task<Result<Paged<Row>>> ListAsync(Guid placementId, PageRequest paging, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(paging);
            if (!await ReferralAccess.Placements(db).AnyAsync(p => p.Id == placementId, cancellationToken))
            {
                return Error.NotFound();
            }

            var rows = await db.PlacementInstruments.AsNoTracking().Where(a => a.PlacementId == placementId)
                .OrderBy(a => a.StartsOn).ThenBy(a => a.InstrumentName).ToListAsync(cancellationToken);
            var (skip, take) = paging.Ranks;
            return paging.PageOf([.. rows.Skip(skip).Take(take - skip).Select(Row.From)], rows.Count);
        }

        public async Task<Result<Row>> GetAsync(Guid placementId, Guid id, CancellationToken cancellationToken)
        {
            if (!await ReferralAccess.Placements(db).AnyAsync(p => p.Id == placementId, cancellationToken))
            {
                return Error.NotFound();
            }

            var row = await db.PlacementInstruments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.PlacementId == placementId, cancellationToken);
            return row is null ? Error.NotFound() : Row.From(row);
        }

        public async Task<Result<Row>> AddAsync(Guid placementId, Command command, CancellationToken cancellationToken) =>
            await SaveAsync(placementId, null, command, cancellationToken);

        public async Task<Result<Row>> UpdateAsync(Guid placementId, Guid id, Command command, CancellationToken cancellationToken) =>
            await SaveAsync(placementId, id, command, cancellationToken);

        public async Task<Result<Guid>> RemoveAsync(Guid placementId, Guid id, CancellationToken cancellationToken)
        {
            var (placement, error) = await PlacingAsync(placementId, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var row = await db.PlacementInstruments.FirstOrDefaultAsync(a => a.Id == id && a.PlacementId == placement!.Id, cancellationToken);
            if (row is null)
            {
                return Error.NotFound();
            }

            db.PlacementInstruments.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
            return id;
        }

        private async Task<(Placement? Placement, Error? Error)> PlacingAsync(Guid placementId, CancellationToken cancellationToken)
        {
            var placement = await ReferralAccess.Placements(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
            return placement is null ? (null, Error.NotFound())
                : placement.PlacingOrganisationId != db.Scope.OrganisationId ? (null, new Error(ErrorKind.Forbidden, "Placement.NotPlacingOrganisation"))
                : (placement, null);
        }

        private async Task<Result<Row>> SaveAsync(Guid placementId, Guid? id, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);

            // The input first: a bad request is a bad request, whatever it is aimed at.
            var errors = InputValidator.Validate(command);
            if (id is not null && command.Version is null)
            {
                errors.Add(Error.Validation(nameof(Command.Version), "Error.Required"));
            }

            if (command.StartsOn is { } start)
            {
                errors.AddRange(AppliedInstrument.Check(start, command.EndsOn, command.Amount).Select(p => Error.Validation(p.Field, "AppliedInstrument." + p.Code)));
            }

            if (errors.Count > 0)
            {
                return Result<Row>.Failure(errors);
            }

            var (placement, error) = await PlacingAsync(placementId, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var row = id is { } existing ? await db.PlacementInstruments.FirstOrDefaultAsync(a => a.Id == existing && a.PlacementId == placementId, cancellationToken) : null;
            if (id is not null && row is null)
            {
                return Error.NotFound();
            }

            var instrument = await db.Instruments.AsNoTracking().Where(i => i.Id == command.InstrumentId!.Value)
                .Select(i => new { i.Id, i.Key, i.Name, i.RuleVersion }).FirstOrDefaultAsync(cancellationToken);
            if (instrument is null)
            {
                errors.Add(Error.Validation(nameof(Command.InstrumentId), "AppliedInstrument.InstrumentUnknown"));
            }

            var today = DutchTime.Today(clock);
            if (command.StartsOn!.Value < placement!.StartDate.AddYears(-1) || command.StartsOn.Value > today.AddYears(5))
            {
                errors.Add(Error.Validation(nameof(Command.StartsOn), "AppliedInstrument.StartOutsideRange"));
            }

            if (errors.Count > 0)
            {
                return Result<Row>.Failure(errors);
            }

            if (row is not null && !db.IsCurrentVersion(row, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var isNew = row is null;
            if (row is null)
            {
                row = new AppliedInstrument
                {
                    RegionCode = placement!.RegionCode,
                    PlacementId = placement.Id,
                    InstrumentId = instrument!.Id,
                    InstrumentKey = instrument.Key,
                    InstrumentName = instrument.Name,
                    StartsOn = command.StartsOn!.Value,
                    RecordedByUserId = db.Scope.UserId,
                    RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
                };
                db.PlacementInstruments.Add(row);
            }

            if (isNew || row.InstrumentId != instrument!.Id)
            {
                (row.InstrumentId, row.InstrumentKey, row.InstrumentName, row.RuleVersion) = (instrument!.Id, instrument.Key, instrument.Name, instrument.RuleVersion);
            }

            row.StartsOn = command.StartsOn!.Value;
            row.EndsOn = command.EndsOn;
            row.Amount = command.Amount;
            row.Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
            if (await db.SaveOrConflictAsync(cancellationToken) is { } conflict)
            {
                return conflict;
            }

            return Row.From(row);
        }
    }
}
