using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>/api/v1/aftercare-tasks and a placement's extra contact moment (the same handlers as the pages).</summary>
public static class AftercareEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/aftercare-tasks").WithTags("Aftercare");
        tasks.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] MyTasks.Query query, MyTasks.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.TasksAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.Tasks)
            .WithSummary("\"Mijn taken\": the open aftercare tasks assigned to the caller, overdue first, then by due date (overdueOnly=true for the late ones; overdue and daysLate per task), or with done=true the tasks done in the last 30 days, latest first. Candidates by name for the own organisation, else by pseudonym; each one listed is recorded in the audit log.");

        tasks.MapGet("/referrals", async ([AsParameters] PageRequest paging, MyTasks.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ReferralsAsync(paging, ct)).Ok(text, request))
            .RequireAuthorization(Policies.Tasks)
            .WithSummary("\"Mijn taken\": the referrals waiting for the caller, oldest first: awaiting their decision as the owner's case manager (status AwaitingOwner) or their own still to be sent (status Proposed). Candidates by name for the own organisation, else by pseudonym; each one listed is recorded in the audit log.");

        tasks.MapGet("/overdue", async ([AsParameters] PageRequest paging, OverdueAftercare.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(paging, ct)).Ok(text, request))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("\"Nazorg te laat\": the open aftercare tasks past their due date, oldest first, each with days late and the organisation and team of the assignee (teamName null: no team); the own organisation, or every organisation of the region for a region coordinator. Candidates by pseudonym only.");

        tasks.MapGet("/{id:guid}", async (Guid id, AftercareTaskDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.Tasks)
            .WithSummary("One aftercare task of a referral the caller's organisation takes part in; the record of how it went (outcome) only for the assignee's organisation. 404 for another organisation's task.");

        tasks.MapPost("/{id:guid}/complete", async (Guid id, CompleteTask.Command command, CompleteTask.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .RequireAuthorization(Policies.Tasks)
            .WithSummary("Records a task as done: completedOn (not in the future), outcome (how it went, kept sealed) and the version read. 409 when it was already done or the version moved on; 403 unless the caller belongs to the assignee's or the referring organisation.");

        tasks.MapPut("/{id:guid}", async (Guid id, RescheduleTask.Command command, RescheduleTask.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .RequireAuthorization(Policies.Tasks)
            .WithSummary("Reschedules or hands over an open task: dueOn (not in the past unless unchanged), assigneeUserId (an active colleague of the caller's organisation), label, and the version read (409 when it moved on or the task is done).");

        api.MapPost("/placements/{id:guid}/aftercare-tasks", async (Guid id, AddContactMoment.Command command, AddContactMoment.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Created(text, v => $"/api/v1/aftercare-tasks/{v.Id}"))
            .RequireAuthorization(Policies.Tasks)
            .WithTags("Aftercare")
            .WithSummary("Adds an extra contact moment (dueOn between today and two years after the start, optional label) to a placement's aftercare plan, for its contact person. Only the placing organisation.");
    }
}
