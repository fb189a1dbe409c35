using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Notifications;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>An editor of the catalogue (ADR 0023) creates, changes and deletes an instrument; every change is logged and its watchers are told.</summary>
public static class SaveInstrument
{
    public sealed record Command
    {
        [Required]
        [StringLength(InstrumentLimits.Key)]
        public string? Key { get; init; }

        [Required]
        [StringLength(InstrumentLimits.Name)]
        public string? Name { get; init; }

        /// <summary>The family of local variants of one kind of support (the rows of the harmonisation matrix).</summary>
        [StringLength(InstrumentLimits.Family)]
        public string? Family { get; init; }

        [Required]
        [DefinedEnum]
        public InstrumentProvider? Provider { get; init; }

        [StringLength(InstrumentLimits.LegalBasis)]
        public string? LegalBasis { get; init; }

        [Required]
        [DefinedEnum]
        public InstrumentCoverage? Coverage { get; init; }

        /// <summary>The municipalities of the region where it applies (coverage Municipalities only).</summary>
        public List<string>? Municipalities { get; init; }

        [StringLength(InstrumentLimits.ShortText)]
        public string? TargetGroups { get; init; }

        public List<BenefitType>? BenefitTypes { get; init; }

        [Required]
        [StringLength(InstrumentLimits.LongText)]
        public string? Provides { get; init; }

        [StringLength(InstrumentLimits.ShortText)]
        public string? Duration { get; init; }

        [Required]
        [StringLength(InstrumentLimits.LongText)]
        public string? Conditions { get; init; }

        [StringLength(InstrumentLimits.LongText)]
        public string? ApplicationSteps { get; init; }

        [StringLength(InstrumentLimits.ShortText)]
        public string? Contact { get; init; }

        public DateOnly? ValidFrom { get; init; }

        public DateOnly? ValidTo { get; init; }

        /// <summary>The machine-checkable conditions (docs/instruments.md).</summary>
        public List<EligibilityRule>? Rules { get; init; }

        /// <summary>The version read (changes only).</summary>
        public int? Version { get; init; }

        public static Command From(InstrumentDocument d, int? version = null)
        {
            ArgumentNullException.ThrowIfNull(d);
            return new Command
            {
                Key = d.Key,
                Name = d.Name,
                Family = d.Family,
                Provider = d.Provider,
                LegalBasis = d.LegalBasis,
                Coverage = d.Coverage,
                Municipalities = d.Municipalities,
                TargetGroups = d.TargetGroups,
                BenefitTypes = d.BenefitTypes,
                Provides = d.Provides,
                Duration = d.Duration,
                Conditions = d.Conditions,
                ApplicationSteps = d.ApplicationSteps,
                Contact = d.Contact,
                ValidFrom = d.ValidFrom,
                ValidTo = d.ValidTo,
                Rules = d.Rules,
                Version = version,
            };
        }
    }

    public sealed record Saved(Guid Id, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Saved>> CreateAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = await CheckAsync(command, null, cancellationToken);
            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            var instrument = new Instrument { RegionCode = db.Scope.RegionCode!, Key = string.Empty, Name = string.Empty, Provides = string.Empty, Conditions = string.Empty };
            Apply(instrument, command, isNew: true);
            db.Instruments.Add(instrument);
            return await db.LogAndSaveAsync(clock, instrument, ChangeAction.Created, null, cancellationToken) is { } conflict
                ? conflict : new Saved(instrument.Id, instrument.Version);
        }

        public async Task<Result<Saved>> UpdateAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            if (await db.Instruments.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } instrument)
            {
                return Error.NotFound();
            }

            var errors = await CheckAsync(command, id, cancellationToken);
            if (command.Version is null)
            {
                errors.Add(Error.Validation(nameof(Command.Version), "Validation.Required"));
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            if (!db.IsCurrentVersion(instrument, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var before = instrument.Describe();
            Apply(instrument, command, isNew: false);
            return await db.LogAndSaveAsync(clock, instrument, ChangeAction.Updated, before, cancellationToken) is { } conflict
                ? conflict : new Saved(instrument.Id, instrument.Version);
        }

        public async Task<Result<Saved>> DeleteAsync(Guid id, int version, CancellationToken cancellationToken)
        {
            if (await db.Instruments.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } instrument)
            {
                return Error.NotFound();
            }

            if (!db.IsCurrentVersion(instrument, version))
            {
                return SaveOrConflict.StaleVersion;
            }

            var before = instrument.Describe();
            db.Instruments.Remove(instrument);
            return await db.LogAndSaveAsync(clock, instrument, ChangeAction.Deleted, before, cancellationToken) is { } conflict
                ? conflict : new Saved(instrument.Id, instrument.Version);
        }

        /// <summary>Every problem of <paramref name="command"/>, for an instrument <paramref name="id"/> (null: a new one) of the current region.</summary>
        public async Task<List<Error>> CheckAsync(Command command, Guid? id, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var errors = InputValidator.Validate(command);
            if (command.Key is { } key && !errors.Any(e => e.Field == nameof(Command.Key)))
            {
                if (!InstrumentLimits.IsKey(key))
                {
                    errors.Add(Error.Validation(nameof(Command.Key), "Instruments.KeyInvalid"));
                }
                else if (await db.Instruments.AnyAsync(i => i.Key == key && i.Id != id, cancellationToken))
                {
                    errors.Add(Error.Validation(nameof(Command.Key), "Instruments.KeyTaken", key));
                }
            }

            var municipalities = Clean(command.Municipalities);
            if (command.Coverage == InstrumentCoverage.Municipalities && municipalities.Count == 0)
            {
                errors.Add(Error.Validation(nameof(Command.Municipalities), "Instruments.MunicipalitiesRequired"));
            }
            else if (municipalities.Count > 0)
            {
                var region = db.Scope.RegionCode;
                var known = await db.Municipalities.Where(m => m.RegionCode == region).Select(m => m.Name).ToListAsync(cancellationToken);
                if (municipalities.FirstOrDefault(m => !known.Contains(m, StringComparer.OrdinalIgnoreCase)) is { } unknown)
                {
                    errors.Add(Error.Validation(nameof(Command.Municipalities), "Instruments.MunicipalityNotInRegion", Infrastructure.Imports.ImportFile.Shorten(unknown)));
                }
            }

            if (command.BenefitTypes?.Any(b => !Enum.IsDefined(b)) == true)
            {
                errors.Add(Error.Validation(nameof(Command.BenefitTypes), "Validation.Invalid"));
            }

            if (command is { ValidFrom: { } from, ValidTo: { } to } && to < from)
            {
                errors.Add(Error.Validation(nameof(Command.ValidTo), "Instruments.ValidToBeforeFrom"));
            }

            if (EligibilityRules.Check(command.Rules).FirstOrDefault() is { } problem)
            {
                errors.Add(Error.Validation(nameof(Command.Rules), "Instruments.Rule." + problem.Code, problem.Position));
            }

            return errors;
        }

        private static List<string> Clean(List<string>? values) =>
            [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

        internal static void Apply(Instrument instrument, Command command, bool isNew)
        {
            instrument.Key = command.Key!.Trim();
            instrument.Name = command.Name!.Trim();
            instrument.Family = Optional(command.Family);
            instrument.Provider = command.Provider!.Value;
            instrument.LegalBasis = Optional(command.LegalBasis);
            instrument.Coverage = command.Coverage!.Value;
            instrument.Municipalities = command.Coverage == InstrumentCoverage.Municipalities ? Clean(command.Municipalities) : [];
            instrument.TargetGroups = Optional(command.TargetGroups);
            instrument.BenefitTypes = [.. (command.BenefitTypes ?? []).Distinct().Order()];
            instrument.Provides = command.Provides!.Trim();
            instrument.Duration = Optional(command.Duration);
            instrument.Conditions = command.Conditions!.Trim();
            instrument.ApplicationSteps = Optional(command.ApplicationSteps);
            instrument.Contact = Optional(command.Contact);
            instrument.ValidFrom = command.ValidFrom;
            instrument.ValidTo = command.ValidTo;
            if (isNew)
            {
                instrument.Rules = [.. command.Rules ?? []];
            }
            else
            {
                instrument.ReplaceRules(command.Rules ?? []);
            }
        }

        private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}

/// <summary>Watching an instrument: the current user is notified of every change to it (or no longer).</summary>
public static class WatchInstrument
{
    public sealed record Watching(Guid Id, bool IsWatching, int Watchers);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<Watching>> HandleAsync(Guid id, bool watch, CancellationToken cancellationToken)
        {
            if (await db.Instruments.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } instrument || db.Scope.UserId is not { } me)
            {
                return Error.NotFound();
            }

            var existing = await db.InstrumentWatchers.FirstOrDefaultAsync(w => w.InstrumentId == id && w.UserId == me, cancellationToken);
            if (watch && existing is null)
            {
                db.InstrumentWatchers.Add(new InstrumentWatcher { RegionCode = instrument.RegionCode, InstrumentId = id, UserId = me });
            }
            else if (!watch && existing is not null)
            {
                db.InstrumentWatchers.Remove(existing);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (watch)
            {
                // The same user watched it at the same moment in another request: watching is what was asked.
            }

            return new Watching(id, watch, await db.InstrumentWatchers.CountAsync(w => w.InstrumentId == id, cancellationToken));
        }
    }
}

/// <summary>The one way a change to an instrument is saved: with its change-log entry and its watchers' notifications, in one transaction.</summary>
public static class InstrumentLog
{
    public static async Task<Error?> LogAndSaveAsync(
        this WerkbrugDb db, TimeProvider clock, Instrument instrument, ChangeAction action, IReadOnlyDictionary<string, string?>? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var fields = Changes.Between(before, action == ChangeAction.Deleted ? null : instrument.Describe());
        if (action == ChangeAction.Updated && fields.Count == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.InstrumentChanges.Add(new InstrumentChange
        {
            RegionCode = instrument.RegionCode,
            InstrumentId = instrument.Id,
            Action = action,
            UserId = db.Scope.UserId,
            AtUtc = now,
            RuleVersion = instrument.RuleVersion,
            Fields = fields,
        });
        var key = action == ChangeAction.Deleted ? "Notification.InstrumentDeleted" : "Notification.InstrumentChanged";
        var link = action == ChangeAction.Deleted ? "/instruments" : $"/instruments/{instrument.Id}";
        var me = db.Scope.UserId;
        var watchers = await db.InstrumentWatchers.Where(w => w.InstrumentId == instrument.Id && w.UserId != me).Select(w => w.UserId).ToListAsync(cancellationToken);
        db.Notifications.AddRange(watchers.Select(w => NotificationOutbox.New(instrument.RegionCode, w, NotificationKinds.InstrumentChanged, key, [instrument.Name], link, now)));
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
