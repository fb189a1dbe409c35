using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Goals;

/// <summary>The region coordinator adds, changes and deletes an activity of a plan: its owner is an organisation of the region and optionally one of its users.</summary>
public static class SaveActivity
{
    public sealed record Command
    {
        [Required]
        [StringLength(PlanLimits.Title)]
        public string? Title { get; init; }

        [Required]
        public Guid? OwnerOrganisationId { get; init; }

        /// <summary>A user of the owner organisation, or empty.</summary>
        public Guid? OwnerUserId { get; init; }

        /// <summary>Default: planned.</summary>
        [DefinedEnum]
        public ActivityStatus? Status { get; init; }

        public DateOnly? DueOn { get; init; }

        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<SavePlan.Saved>> CreateAsync(Guid planId, Command command, CancellationToken cancellationToken)
        {
            if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken))
            {
                return Error.NotFound();
            }

            var activity = new PlanActivity { RegionCode = db.Scope.RegionCode!, PlanId = planId, Title = string.Empty };
            var errors = await ApplyAsync(activity, command, cancellationToken);
            if (errors.Count > 0)
            {
                return Result<SavePlan.Saved>.Failure(errors);
            }

            db.PlanActivities.Add(activity);
            return await db.SaveAsync(clock, planId, PlanPart.Activity, activity.Id, ChangeAction.Created, null, activity, cancellationToken) is { } conflict
                ? conflict : new SavePlan.Saved(activity.Id, activity.Version);
        }

        public async Task<Result<SavePlan.Saved>> UpdateAsync(Guid planId, Guid id, Command command, CancellationToken cancellationToken)
        {
            if (await db.PlanActivities.FirstOrDefaultAsync(a => a.Id == id && a.PlanId == planId, cancellationToken) is not { } activity)
            {
                return Error.NotFound();
            }

            var before = PlanHistory.Before(activity);
            var errors = await ApplyAsync(activity, command, cancellationToken);
            if (command.Version is null)
            {
                errors.Add(Error.Validation(nameof(Command.Version), "Validation.Required"));
            }

            if (errors.Count > 0)
            {
                return Result<SavePlan.Saved>.Failure(errors);
            }

            if (!db.IsCurrentVersion(activity, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            return await db.SaveAsync(clock, planId, PlanPart.Activity, activity.Id, ChangeAction.Updated, before, activity, cancellationToken) is { } conflict
                ? conflict : new SavePlan.Saved(activity.Id, activity.Version);
        }

        public async Task<Result<SavePlan.Saved>> DeleteAsync(Guid planId, Guid id, int version, CancellationToken cancellationToken)
        {
            if (await db.PlanActivities.FirstOrDefaultAsync(a => a.Id == id && a.PlanId == planId, cancellationToken) is not { } activity)
            {
                return Error.NotFound();
            }

            if (!db.IsCurrentVersion(activity, version))
            {
                return SaveOrConflict.StaleVersion;
            }

            var before = PlanHistory.Before(activity);
            db.PlanActivities.Remove(activity);
            return await db.SaveAsync(clock, planId, PlanPart.Activity, activity.Id, ChangeAction.Deleted, before, activity, cancellationToken) is { } conflict
                ? conflict : new SavePlan.Saved(activity.Id, activity.Version);
        }

        private async Task<List<Error>> ApplyAsync(PlanActivity activity, Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            if (command.OwnerOrganisationId is { } organisation && !await db.Organisations.AnyAsync(o => o.Id == organisation, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.OwnerOrganisationId), "Goals.UnknownOrganisation"));
            }
            else if (command.OwnerUserId is { } user && !await db.Users.AnyAsync(u => u.Id == user && u.OrganisationId == command.OwnerOrganisationId, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.OwnerUserId), "Goals.UserNotInOrganisation"));
            }

            if (errors.Count > 0)
            {
                return errors;
            }

            activity.Title = command.Title!.Trim();
            activity.OwnerOrganisationId = command.OwnerOrganisationId!.Value;
            activity.OwnerUserId = command.OwnerUserId;
            activity.Status = command.Status ?? ActivityStatus.Planned;
            activity.DueOn = command.DueOn;
            return errors;
        }
    }
}
