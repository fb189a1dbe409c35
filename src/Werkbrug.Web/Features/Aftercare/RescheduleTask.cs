using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>
/// Moves an open task to another day, gives it to a colleague of the own organisation who does aftercare (not an
/// analyst or administrator), or relabels it (the aftercare
/// plan is editable until a moment is done). A new due date cannot lie in the past; an unchanged one may (to hand
/// over a late task).
/// </summary>
public static class RescheduleTask
{
    public sealed record Command
    {
        [Required]
        public DateOnly? DueOn { get; init; }

        [Required]
        public Guid? AssigneeUserId { get; init; }

        [StringLength(ReferralLimits.TaskLabel)]
        public string? Label { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed record Rescheduled(Guid Id, DateOnly DueOn, Guid AssigneeUserId, string? Label, int Version);

    public sealed class Handler(WerkbrugDb db, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<Rescheduled>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var found = await AftercareQueries.ForChangeAsync(db, id, cancellationToken);
            if (!found.IsSuccess)
            {
                return Result<Rescheduled>.Failure(found.Errors);
            }

            var (task, referral) = found.Value;
            var errors = InputValidator.Validate(command);
            if (command.DueOn is { } due && due != task.DueOn && due < DutchTime.Today(clock))
            {
                errors.Add(Error.Validation(nameof(Command.DueOn), "Aftercare.DueInPast"));
            }

            var organisation = db.Scope.OrganisationId;
            if (command.AssigneeUserId is { } assignee && !await db.AftercareStaff(organisation).AnyAsync(u => u.Id == assignee, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.AssigneeUserId), "Aftercare.AssigneeNotColleague"));
            }

            if (errors.Count > 0)
            {
                return Result<Rescheduled>.Failure(errors);
            }

            if (!db.IsCurrentVersion(task, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            if (task.Reschedule(command.DueOn!.Value, command.AssigneeUserId!.Value, InputText.Clean(command.Label)) is { } refused)
            {
                return refused;
            }

            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Update, [referral.Pseudonym], cancellationToken);
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict
                ? conflict
                : new Rescheduled(task.Id, task.DueOn, task.AssigneeUserId, task.Label, task.Version);
        }
    }
}
