using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>
/// Records an aftercare task as done: on which day (not in the future) and how it went. The record is sealed (it can
/// hold personal details about the employee) and never logged. A task is done once; a second completion is refused, and
/// so is a task of a placement done before the job started.
/// </summary>
public static class CompleteTask
{
    public sealed record Command
    {
        [Required]
        public DateOnly? CompletedOn { get; init; }

        /// <summary>"Hoe ging het".</summary>
        [Required]
        [StringLength(ReferralLimits.TaskOutcome)]
        public string? Outcome { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed record Completed(Guid Id, DateOnly CompletedOn, bool DoneOnTime, int Version);

    public sealed class Handler(WerkbrugDb db, PersonalDataVault vault, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<Completed>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var found = await AftercareQueries.ForChangeAsync(db, id, cancellationToken);
            if (!found.IsSuccess)
            {
                return Result<Completed>.Failure(found.Errors);
            }

            var (task, referral) = found.Value;
            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Completed>.Failure(errors);
            }

            if (!db.IsCurrentVersion(task, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var outcome = command.Outcome!.Trim();
            var me = db.Scope.UserId ?? throw new InvalidOperationException("Completing a task needs a signed-in user.");
            var jobStart = await db.Placements.Where(p => p.Id == task.PlacementId).Select(p => (DateOnly?)p.StartDate).FirstOrDefaultAsync(cancellationToken);
            if (task.Complete(command.CompletedOn!.Value, me, vault.SealAftercareNote(task.RegionCode, outcome), DutchTime.Today(clock), jobStart) is { } refused)
            {
                return refused;
            }

            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Update, [referral.Pseudonym], cancellationToken);
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict
                ? conflict
                : new Completed(task.Id, task.CompletedOn!.Value, task.DoneOnTime == true, task.Version);
        }
    }
}
