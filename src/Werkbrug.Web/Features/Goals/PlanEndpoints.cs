using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Goals;

/// <summary>/api/v1/plans: the region's plans, goals with progress, activities and history (the same handlers as the pages). Managers and analysts read, the region coordinator edits.</summary>
public static class PlanEndpoints
{
    private static readonly string Edit = Policies.ForRole(Roles.RegionCoordinator);

    public static void Map(RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");

        plans.MapGet("/", async ([AsParameters] PageRequest paging, PlanDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(paging, ct)).Ok(text, request))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("The region's plans (execution plan, market plan), newest year first: year, kind, title, adopted and evaluated dates.");

        plans.MapPost("/", async (SavePlan.Command command, SavePlan.Handler handler, PlanDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var saved = await handler.CreateAsync(command, ct);
                return saved.IsSuccess ? (await details.HandleAsync(saved.Value.Id, ct)).Created(text, p => $"{ApiConventions.Prefix}/plans/{p.Id}") : saved.Errors.Problem(text);
            })
            .RequireAuthorization(Edit)
            .WithSummary("The region coordinator creates a plan: year, kind (ExecutionPlan, MarketPlan), title, optional description, adoptedOn and evaluatedOn.");

        plans.MapGet("/{id:guid}", async (Guid id, PlanDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("One plan of the region with its goals and their progress (value, percentOfTarget, status Reached/OnTrack/Behind/NotMeasurable; a figure hidden by the small-group rule is not measurable and has no value), its activities and its history.");

        plans.MapPut("/{id:guid}", async (Guid id, SavePlan.Command command, SavePlan.Handler handler, PlanDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var saved = await handler.UpdateAsync(id, command, ct);
                return saved.IsSuccess ? (await details.HandleAsync(id, ct)).Ok(text) : saved.Errors.Problem(text);
            })
            .RequireAuthorization(Edit)
            .WithSummary("Changes a plan; version is the one read (409 when it moved on).");

        plans.MapDelete("/{id:guid}", async (Guid id, int version, SavePlan.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.DeleteAsync(id, version, ct)).NoContent(text))
            .RequireAuthorization(Edit)
            .WithSummary("Deletes a plan with its goals and activities (version: the one read). Its history is kept.");

        plans.MapGet("/{id:guid}/goals", async (Guid id, [AsParameters] PageRequest paging, PlanDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(Part(await handler.HandleAsync(id, ct), p => p.Goals)).Ok(text, request))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("The goals of a plan with their progress: joint goals (organisation empty) first, then the goals per partner.");

        plans.MapPost("/{id:guid}/goals", async (Guid id, SaveGoal.Command command, SaveGoal.Handler handler, GoalsWithProgress.Handler goals, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var goal = await GoalAsync(id, await handler.CreateAsync(id, command, ct), goals, ct);
                return goal.Created(text, g => $"{ApiConventions.Prefix}/plans/{id}/goals/{g.Id}");
            })
            .RequireAuthorization(Edit)
            .WithSummary("Sets a goal: indicatorKey (GET /api/v1/indicators), from/to (neither: the plan's year), target (a count, a percentage for Share, days for AverageDays), direction (AtLeast, AtMost; default AtMost for days, else AtLeast), organisation (empty: joint), municipality, breakdownDimension with breakdownKey (a row of the indicator's breakdown).");

        plans.MapPut("/{id:guid}/goals/{goalId:guid}", async (Guid id, Guid goalId, SaveGoal.Command command, SaveGoal.Handler handler, GoalsWithProgress.Handler goals, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await GoalAsync(id, await handler.UpdateAsync(id, goalId, command, ct), goals, ct)).Ok(text))
            .RequireAuthorization(Edit)
            .WithSummary("Changes a goal; version is the one read (409 when it moved on).");

        plans.MapDelete("/{id:guid}/goals/{goalId:guid}", async (Guid id, Guid goalId, int version, SaveGoal.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.DeleteAsync(id, goalId, version, ct)).NoContent(text))
            .RequireAuthorization(Edit)
            .WithSummary("Deletes a goal (version: the one read).");

        plans.MapGet("/{id:guid}/activities", async (Guid id, [AsParameters] PageRequest paging, PlanDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(Part(await handler.HandleAsync(id, ct), p => p.Activities)).Ok(text, request))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("The activities of a plan: title, owner organisation and user, status, due date.");

        plans.MapPost("/{id:guid}/activities", async (Guid id, SaveActivity.Command command, SaveActivity.Handler handler, PlanDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var activity = await ActivityAsync(id, await handler.CreateAsync(id, command, ct), details, ct);
                return activity.Created(text, a => $"{ApiConventions.Prefix}/plans/{id}/activities/{a.Id}");
            })
            .RequireAuthorization(Edit)
            .WithSummary("Adds an activity: title, ownerOrganisationId (an organisation of the region), ownerUserId (optional, a user of it), status (Planned, InProgress, Done, Dropped; default Planned), dueOn.");

        plans.MapPut("/{id:guid}/activities/{activityId:guid}", async (Guid id, Guid activityId, SaveActivity.Command command, SaveActivity.Handler handler, PlanDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await ActivityAsync(id, await handler.UpdateAsync(id, activityId, command, ct), details, ct)).Ok(text))
            .RequireAuthorization(Edit)
            .WithSummary("Changes an activity; version is the one read (409 when it moved on).");

        plans.MapDelete("/{id:guid}/activities/{activityId:guid}", async (Guid id, Guid activityId, int version, SaveActivity.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.DeleteAsync(id, activityId, version, ct)).NoContent(text))
            .RequireAuthorization(Edit)
            .WithSummary("Deletes an activity (version: the one read).");

        plans.MapGet("/{id:guid}/history", async (Guid id, [AsParameters] PageRequest paging, PlanDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(Part(await handler.HandleAsync(id, ct), p => p.History)).Ok(text, request))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("The history of a plan, newest first: who (userId, userName), when (atUtc), which part (Plan, Goal, Activity), action (Created, Updated, Deleted) and each field old → new.");
    }

    /// <summary>The saved goal as the plan shows it, with its progress.</summary>
    private static async Task<Result<GoalsWithProgress.GoalView>> GoalAsync(Guid planId, Result<SavePlan.Saved> saved, GoalsWithProgress.Handler goals, CancellationToken ct) =>
        saved.IsSuccess ? (await goals.ForPlanAsync(planId, ct)).Single(g => g.Id == saved.Value.Id) : Result<GoalsWithProgress.GoalView>.Failure(saved.Errors);

    private static async Task<Result<PlanDetails.Activity>> ActivityAsync(Guid planId, Result<SavePlan.Saved> saved, PlanDetails.Handler details, CancellationToken ct) =>
        saved.IsSuccess ? (await details.HandleAsync(planId, ct)).Value.Activities.Single(a => a.Id == saved.Value.Id) : Result<PlanDetails.Activity>.Failure(saved.Errors);

    /// <summary>One list of a plan, as the API's one collection shape pages it; a plan not found stays a 404.</summary>
    private static Result<IReadOnlyList<T>> Part<T>(Result<PlanDetails.View> plan, Func<PlanDetails.View, IReadOnlyList<T>> part) =>
        plan.IsSuccess ? Result<IReadOnlyList<T>>.Success(part(plan.Value)) : Result<IReadOnlyList<T>>.Failure(plan.Errors);
}
