using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Goals;

/// <summary>The region coordinator creates, changes and deletes a yearly plan (its goals and activities go with it).</summary>
public static class SavePlan
{
    public sealed record Command
    {
        [Required]
        [Range(2000, 2100)]
        public int? Year { get; init; }

        [Required]
        [DefinedEnum]
        public PlanKind? Kind { get; init; }

        [Required]
        [StringLength(PlanLimits.Title)]
        public string? Title { get; init; }

        [StringLength(PlanLimits.Description)]
        public string? Description { get; init; }

        public DateOnly? AdoptedOn { get; init; }

        public DateOnly? EvaluatedOn { get; init; }

        /// <summary>The version read (changes only).</summary>
        public int? Version { get; init; }
    }

    public sealed record Saved(Guid Id, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Saved>> CreateAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = Check(command);
            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            var plan = new Plan { RegionCode = db.Scope.RegionCode!, Title = string.Empty };
            Apply(plan, command);
            db.Plans.Add(plan);
            return await db.SaveAsync(clock, plan.Id, PlanPart.Plan, plan.Id, ChangeAction.Created, null, plan, cancellationToken) is { } conflict
                ? conflict : new Saved(plan.Id, plan.Version);
        }

        public async Task<Result<Saved>> UpdateAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            if (await db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
            {
                return Error.NotFound();
            }

            var errors = Check(command);
            if (command.Version is null)
            {
                errors.Add(Error.Validation(nameof(Command.Version), "Validation.Required"));
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            if (!db.IsCurrentVersion(plan, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var before = PlanHistory.Before(plan);
            Apply(plan, command);
            return await db.SaveAsync(clock, plan.Id, PlanPart.Plan, plan.Id, ChangeAction.Updated, before, plan, cancellationToken) is { } conflict
                ? conflict : new Saved(plan.Id, plan.Version);
        }

        public async Task<Result<Saved>> DeleteAsync(Guid id, int version, CancellationToken cancellationToken)
        {
            if (await db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
            {
                return Error.NotFound();
            }

            if (!db.IsCurrentVersion(plan, version))
            {
                return SaveOrConflict.StaleVersion;
            }

            var before = PlanHistory.Before(plan);
            db.Plans.Remove(plan);
            return await db.SaveAsync(clock, plan.Id, PlanPart.Plan, plan.Id, ChangeAction.Deleted, before, plan, cancellationToken) is { } conflict
                ? conflict : new Saved(plan.Id, plan.Version);
        }

        private static List<Error> Check(Command command)
        {
            var errors = InputValidator.Validate(command);
            if (command is { AdoptedOn: { } adopted, EvaluatedOn: { } evaluated } && evaluated < adopted)
            {
                errors.Add(Error.Validation(nameof(Command.EvaluatedOn), "Goals.EvaluatedBeforeAdopted"));
            }

            return errors;
        }

        private static void Apply(Plan plan, Command command)
        {
            plan.Year = command.Year!.Value;
            plan.Kind = command.Kind!.Value;
            plan.Title = command.Title!.Trim();
            plan.Description = string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim();
            plan.AdoptedOn = command.AdoptedOn;
            plan.EvaluatedOn = command.EvaluatedOn;
        }
    }
}
