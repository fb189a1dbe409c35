using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>
/// Records whether a placement still runs at 6 or 12 months (<see cref="Placement.RecordDurability"/>) and completes
/// the open durability checks of the plan whose status is now known (an end settles the later checkpoint too), with a
/// short sealed outcome. Only the placing organisation records it. The same status again changes nothing.
/// </summary>
public static class RecordDurability
{
    /// <summary>The outcome written (sealed) on a completed durability check.</summary>
    public const string StillEmployedOutcome = "Nog in dienst";

    public const string EndedOutcome = "Beëindigd";

    public sealed record Command
    {
        [Required]
        [DefinedEnum]
        public DurabilityCheckpoint? Checkpoint { get; init; }

        [Required]
        public bool? StillEmployed { get; init; }

        public DateOnly? EndedOn { get; init; }

        [DefinedEnum]
        public PlacementEndReason? EndReason { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed record Recorded(Guid Id, int Version, bool Changed, bool? EmployedAtSixMonths, bool? EmployedAtTwelveMonths, DateOnly? EndedOn);

    public sealed class Handler(WerkbrugDb db, DurabilityRecorder recorder)
    {
        public async Task<Result<Recorded>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var placement = await ReferralAccess.Placements(db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (placement is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Recorded>.Failure(errors);
            }

            if (placement.PlacingOrganisationId != db.Scope.OrganisationId)
            {
                return new Error(ErrorKind.Forbidden, "Placement.NotPlacingOrganisation");
            }

            if (!db.IsCurrentVersion(placement, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var outcome = await recorder.RecordAsync(placement, command.Checkpoint!.Value, command.StillEmployed!.Value, command.EndedOn, command.EndReason, cancellationToken);
            if (!outcome.IsSuccess)
            {
                return Result<Recorded>.Failure(outcome.Errors);
            }

            if (outcome.Value && await db.SaveOrConflictAsync(cancellationToken) is { } conflict)
            {
                return conflict;
            }

            return new Recorded(placement.Id, placement.Version, outcome.Value, placement.EmployedAtSixMonths, placement.EmployedAtTwelveMonths, placement.EndedOn);
        }
    }
}

/// <summary>The shared step of the form, the API and the import: record the status, complete the settled durability checks (not saved).</summary>
public sealed class DurabilityRecorder(WerkbrugDb db, PersonalDataVault vault, TimeProvider clock)
{
    /// <summary>True when something changed; false when the placement already had exactly this status.</summary>
    public async Task<Result<bool>> RecordAsync(
        Placement placement, DurabilityCheckpoint checkpoint, bool stillEmployed, DateOnly? endedOn, PlacementEndReason? endReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (IsAlready(placement, checkpoint, stillEmployed, endedOn, endReason))
        {
            return false;
        }

        var today = DutchTime.Today(clock);
        if (placement.RecordDurability(checkpoint, stillEmployed, endedOn, endReason, today) is { } refused)
        {
            return refused;
        }

        var me = db.Scope.UserId ?? throw new InvalidOperationException("Recording durability needs a signed-in user.");
        var open = await db.AftercareTasks
            .Where(t => t.PlacementId == placement.Id && t.Kind == AftercareTaskKind.DurabilityCheck && t.CompletedOn == null)
            .ToListAsync(cancellationToken);
        foreach (var task in open.Where(t => t.Checkpoint is { } c && placement.EmployedAt(c) is not null))
        {
            var text = placement.EmployedAt(task.Checkpoint!.Value) == true ? RecordDurability.StillEmployedOutcome : RecordDurability.EndedOutcome;
            task.Complete(today, me, vault.SealAftercareNote(task.RegionCode, text), today);
        }

        return true;
    }

    private static bool IsAlready(Placement placement, DurabilityCheckpoint checkpoint, bool stillEmployed, DateOnly? endedOn, PlacementEndReason? endReason) =>
        stillEmployed
            ? placement.EmployedAt(checkpoint) == true && endedOn is null && endReason is null
            : placement.EndedOn is not null && placement.EndedOn == endedOn && placement.EndReason == endReason && placement.EmployedAt(checkpoint) == false;
}
