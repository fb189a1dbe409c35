using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Goals;

/// <summary>
/// The region coordinator sets, changes and deletes a goal of a plan. The filter (period, organisation, municipality)
/// is checked exactly as the indicator's figures check it, so a goal always has a figure to compare with.
/// </summary>
public static class SaveGoal
{
    public sealed record Command
    {
        /// <summary>A key of the indicator catalogue (GET /api/v1/indicators).</summary>
        [Required]
        [StringLength(PlanLimits.IndicatorKey)]
        public string? IndicatorKey { get; init; }

        /// <summary>First day of the period; with <see cref="To"/>, or neither for the plan's year.</summary>
        public DateOnly? From { get; init; }

        public DateOnly? To { get; init; }

        /// <summary>A count, a percentage (Share indicators) or a number of days (AverageDays).</summary>
        [Required]
        [Range(0, 1_000_000)]
        public double? Target { get; init; }

        /// <summary>At least or at most the target; default: at most for a number of days, else at least.</summary>
        [DefinedEnum]
        public GoalDirection? Direction { get; init; }

        /// <summary>The partner organisation of the region the goal is for; empty for a joint goal.</summary>
        public Guid? Organisation { get; init; }

        [StringLength(PlanLimits.Municipality)]
        public string? Municipality { get; init; }

        /// <summary>A breakdown of the indicator (e.g. benefit); with <see cref="BreakdownKey"/>, the row the goal is for.</summary>
        [StringLength(PlanLimits.BreakdownDimension)]
        public string? BreakdownDimension { get; init; }

        /// <summary>The row's key as the indicator's breakdown gives it (e.g. Ww, an organisation id, a municipality).</summary>
        [StringLength(PlanLimits.BreakdownKey)]
        public string? BreakdownKey { get; init; }

        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, IndicatorFigures.Handler figures, TimeProvider clock)
    {
        public async Task<Result<SavePlan.Saved>> CreateAsync(Guid planId, Command command, CancellationToken cancellationToken)
        {
            if (await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken) is not { } plan)
            {
                return Error.NotFound();
            }

            var goal = new Goal { RegionCode = plan.RegionCode, PlanId = planId, IndicatorKey = string.Empty };
            var errors = await ApplyAsync(goal, plan.Year, command, cancellationToken);
            if (errors.Count > 0)
            {
                return Result<SavePlan.Saved>.Failure(errors);
            }

            db.Goals.Add(goal);
            return await db.SaveAsync(clock, planId, PlanPart.Goal, goal.Id, ChangeAction.Created, null, goal, cancellationToken) is { } conflict
                ? conflict : new SavePlan.Saved(goal.Id, goal.Version);
        }

        public async Task<Result<SavePlan.Saved>> UpdateAsync(Guid planId, Guid id, Command command, CancellationToken cancellationToken)
        {
            var found = await FindAsync(planId, id, cancellationToken);
            if (found is not var (goal, year))
            {
                return Error.NotFound();
            }

            var before = PlanHistory.Before(goal);
            var errors = await ApplyAsync(goal, year, command, cancellationToken);
            if (command.Version is null)
            {
                errors.Add(Error.Validation(nameof(Command.Version), "Validation.Required"));
            }

            if (errors.Count > 0)
            {
                return Result<SavePlan.Saved>.Failure(errors);
            }

            if (!db.IsCurrentVersion(goal, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            return await db.SaveAsync(clock, planId, PlanPart.Goal, goal.Id, ChangeAction.Updated, before, goal, cancellationToken) is { } conflict
                ? conflict : new SavePlan.Saved(goal.Id, goal.Version);
        }

        public async Task<Result<SavePlan.Saved>> DeleteAsync(Guid planId, Guid id, int version, CancellationToken cancellationToken)
        {
            if (await FindAsync(planId, id, cancellationToken) is not var (goal, _))
            {
                return Error.NotFound();
            }

            if (!db.IsCurrentVersion(goal, version))
            {
                return SaveOrConflict.StaleVersion;
            }

            var before = PlanHistory.Before(goal);
            db.Goals.Remove(goal);
            return await db.SaveAsync(clock, planId, PlanPart.Goal, goal.Id, ChangeAction.Deleted, before, goal, cancellationToken) is { } conflict
                ? conflict : new SavePlan.Saved(goal.Id, goal.Version);
        }

        private async Task<(Goal Goal, int Year)?> FindAsync(Guid planId, Guid id, CancellationToken cancellationToken)
        {
            var found = await db.Goals.Where(g => g.Id == id && g.PlanId == planId)
                .Join(db.Plans, g => g.PlanId, p => p.Id, (g, p) => new { Goal = g, p.Year })
                .FirstOrDefaultAsync(cancellationToken);
            return found is null ? null : (found.Goal, found.Year);
        }

        /// <summary>Checks the command and, when it is valid, sets it on <paramref name="goal"/>; else the errors and the goal unchanged.</summary>
        private async Task<List<Error>> ApplyAsync(Goal goal, int year, Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            var indicator = command.IndicatorKey is null ? null : IndicatorCatalogue.Find(command.IndicatorKey.Trim());
            if (command.IndicatorKey is not null && indicator is null)
            {
                errors.Add(Error.Validation(nameof(Command.IndicatorKey), "Goals.UnknownIndicator"));
            }

            var whole = Period.Year(year);
            var selection = await figures.SelectAsync(
                new IndicatorFigures.Query
                {
                    From = command.From ?? (command.To is null ? whole.From : null),
                    To = command.To ?? (command.From is null ? whole.To : null),
                    Organisation = command.Organisation,
                    Municipality = command.Municipality,
                },
                cancellationToken);
            errors.AddRange(selection.Errors.Where(e => !errors.Any(x => x.Field == e.Field)));
            if (indicator is { Kind: IndicatorKind.Share } && command.Target > 100)
            {
                errors.Add(Error.Validation(nameof(Command.Target), "Goals.PercentTooHigh"));
            }

            var dimension = string.IsNullOrWhiteSpace(command.BreakdownDimension) ? null : command.BreakdownDimension.Trim();
            var row = string.IsNullOrWhiteSpace(command.BreakdownKey) ? null : command.BreakdownKey.Trim();
            if (dimension is not null && indicator is not null && !indicator.Breakdowns.Contains(dimension))
            {
                errors.Add(Error.Validation(nameof(Command.BreakdownDimension), "Goals.UnknownBreakdown"));
            }

            if ((dimension is null) != (row is null))
            {
                errors.Add(Error.Validation(dimension is null ? nameof(Command.BreakdownDimension) : nameof(Command.BreakdownKey), "Validation.Required"));
            }

            if (errors.Count > 0)
            {
                return errors;
            }

            goal.IndicatorKey = indicator!.Key;
            (goal.From, goal.To) = (selection.Value.Period.From, selection.Value.Period.To);
            goal.Target = command.Target!.Value;
            goal.Direction = command.Direction ?? Goal.DefaultDirection(indicator.Kind);
            goal.OrganisationId = selection.Value.Organisation;
            goal.Municipality = selection.Value.Municipality;
            goal.BreakdownDimension = dimension;
            goal.BreakdownKey = row;
            return errors;
        }
    }
}
