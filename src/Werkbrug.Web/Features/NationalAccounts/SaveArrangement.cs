using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>The national account manager drafts an arrangement for one of their accounts and changes its terms while it is a proposal.</summary>
public static class SaveArrangement
{
    public sealed record RegionTarget
    {
        [Required]
        [StringLength(4)]
        public string? RegionCode { get; init; }

        [Required]
        [Range(0, 10_000)]
        public int? PlacementTarget { get; init; }
    }

    public sealed record Command
    {
        /// <summary>The account (new arrangements only).</summary>
        public Guid? NationalAccountId { get; init; }

        [Required]
        [StringLength(NationalArrangement.TitleLength)]
        public string? Title { get; init; }

        [Required]
        [Range(1, 60)]
        public int? ReactionTermWorkingDays { get; init; }

        [Required]
        [Range(1, 50)]
        public int? CandidatesPerVacancy { get; init; }

        [Required]
        [Range(0, 104)]
        public int? AftercareWeeks { get; init; }

        [StringLength(NationalArrangement.AftercareLength)]
        public string? AftercareDescription { get; init; }

        /// <summary>The regions taking part, each with its placement target: regions where the account's employer is registered.</summary>
        public IReadOnlyList<RegionTarget>? Regions { get; init; }

        /// <summary>The version read (changes only).</summary>
        public int? Version { get; init; }
    }

    public sealed record Saved(Guid Id, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Saved>> CreateAsync(Command command, CancellationToken cancellationToken)
        {
            var me = db.Scope.UserId;
            var account = command.NationalAccountId is { } accountId
                ? await db.NationalAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId && a.ManagerUserId == me, cancellationToken)
                : null;
            var errors = await CheckAsync(command, account, cancellationToken);
            if (account is null && !errors.Any(e => e.Field == nameof(Command.NationalAccountId)))
            {
                errors.Add(Error.Validation(nameof(Command.NationalAccountId), command.NationalAccountId is null ? "Validation.Required" : "NationalArrangements.UnknownAccount"));
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            var arrangement = new NationalArrangement
            {
                NationalAccountId = account!.Id,
                Title = string.Empty,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                CreatedByUserId = me!.Value,
            };
            Apply(arrangement, command);
            db.NationalArrangements.Add(arrangement);
            db.Record(clock, arrangement, ArrangementEvent.Created, null, null);
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Saved(arrangement.Id, arrangement.Version);
        }

        public async Task<Result<Saved>> UpdateAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var me = db.Scope.UserId;
            var arrangement = await db.NationalArrangements.FirstOrDefaultAsync(
                a => a.Id == id && db.NationalAccounts.Any(n => n.Id == a.NationalAccountId && n.ManagerUserId == me), cancellationToken);
            if (arrangement is null)
            {
                return Error.NotFound();
            }

            var account = await db.NationalAccounts.AsNoTracking().SingleAsync(a => a.Id == arrangement.NationalAccountId, cancellationToken);
            var errors = await CheckAsync(command, account, cancellationToken);
            if (command.Version is null)
            {
                errors.Add(Error.Validation(nameof(Command.Version), "Validation.Required"));
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            if (!db.IsCurrentVersion(arrangement, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            if (arrangement.Stage != ArrangementStage.Proposal)
            {
                return Error.Conflict("NationalArrangements.TermsFixed");
            }

            var before = Describe(arrangement);
            Apply(arrangement, command);
            var changes = string.Join("; ", Describe(arrangement).Where(kv => before[kv.Key] != kv.Value).Select(kv => $"{kv.Key}: {before[kv.Key]} → {kv.Value}"));
            if (changes.Length == 0)
            {
                return new Saved(arrangement.Id, arrangement.Version);
            }

            db.Entry(arrangement).State = EntityState.Modified;
            db.Record(clock, arrangement, ArrangementEvent.TermsChanged, null, changes);
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Saved(arrangement.Id, arrangement.Version);
        }

        private async Task<List<Error>> CheckAsync(Command command, NationalAccount? account, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            foreach (var (region, i) in (command.Regions ?? []).Select((r, i) => (r, i)))
            {
                errors.AddRange(InputValidator.Validate(region).Select(e => e with { Field = $"Regions[{i}].{e.Field}" }));
            }

            var codes = (command.Regions ?? []).Select(r => r.RegionCode).OfType<string>().ToList();
            if (codes.Count == 0)
            {
                errors.Add(Error.Validation(nameof(Command.Regions), "NationalArrangements.NoRegions"));
            }
            else if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
            {
                errors.Add(Error.Validation(nameof(Command.Regions), "NationalArrangements.DuplicateRegion"));
            }
            else if (account is not null)
            {
                // Reviewed: which regions the account's employer is registered in (codes only, as NationalPresence counts them).
                var present = await db.Employers.IgnoreQueryFilters().Where(e => e.KvkNumber == account.KvkNumber).Select(e => e.RegionCode).Distinct().ToListAsync(cancellationToken);
                var missing = codes.Except(present, StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    errors.Add(Error.Validation(nameof(Command.Regions), "NationalArrangements.RegionNotPresent", string.Join(", ", missing)));
                }
            }

            return errors;
        }

        private static void Apply(NationalArrangement arrangement, Command command)
        {
            arrangement.Title = command.Title!.Trim();
            arrangement.ReactionTermWorkingDays = command.ReactionTermWorkingDays!.Value;
            arrangement.CandidatesPerVacancy = command.CandidatesPerVacancy!.Value;
            arrangement.AftercareWeeks = command.AftercareWeeks!.Value;
            arrangement.AftercareDescription = string.IsNullOrWhiteSpace(command.AftercareDescription) ? null : command.AftercareDescription.Trim();
            var targets = command.Regions!.ToDictionary(r => r.RegionCode!, r => r.PlacementTarget!.Value, StringComparer.Ordinal);
            arrangement.Regions.RemoveAll(r => !targets.ContainsKey(r.RegionCode));
            foreach (var (code, target) in targets)
            {
                if (arrangement.Regions.FirstOrDefault(r => r.RegionCode == code) is { } region)
                {
                    region.PlacementTarget = target;
                }
                else
                {
                    arrangement.Regions.Add(new ArrangementRegion { RegionCode = code, PlacementTarget = target });
                }
            }
        }

        private static Dictionary<string, string> Describe(NationalArrangement a) => new()
        {
            ["Title"] = a.Title,
            ["ReactionTermWorkingDays"] = a.ReactionTermWorkingDays.ToString(CultureInfo.InvariantCulture),
            ["CandidatesPerVacancy"] = a.CandidatesPerVacancy.ToString(CultureInfo.InvariantCulture),
            ["AftercareWeeks"] = a.AftercareWeeks.ToString(CultureInfo.InvariantCulture),
            ["AftercareDescription"] = a.AftercareDescription ?? "–",
            ["Regions"] = string.Join(", ", a.Regions.OrderBy(r => r.RegionCode).Select(r => $"{r.RegionCode} ({r.PlacementTarget.ToString(CultureInfo.InvariantCulture)})")),
        };
    }
}
