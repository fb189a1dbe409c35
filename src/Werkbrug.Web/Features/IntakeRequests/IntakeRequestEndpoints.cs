using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>/api/v1/intake-requests: the staff side of the front door.</summary>
public static class IntakeRequestEndpoints
{
    public static void Map(RouteGroupBuilder requests)
    {
        requests.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] IntakeRequestList.Query query, IntakeRequestList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The region's front-door requests, newest due date first: filter by q (the whole reference, any case, or part of the company name), status, type, teamId, mine (owned by me) and overdue.");

        requests.MapGet("/overdue", async ([AsParameters] PageRequest paging, OverdueIntakeRequests.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(paging, ct)).Ok(text, request))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("Managers and region coordinators: every late request of the region (open, past its due date), oldest first, each with its team and working days late.");

        requests.MapGet("/{id:guid}", async (Guid id, IntakeRequestDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("One request: what the employer gave, team, owner, due date, status, answer or close reason, the employer and the full history.");

        MapStep<PickUpIntakeRequest.Command, PickUpIntakeRequest.Handler>(requests, "/{id:guid}/pick-up", (h, id, c, ct) => h.HandleAsync(id, c, ct),
            "Picks the request up: the caller becomes its owner and it moves to in progress (from new). version is the one read.");
        MapStep<AssignIntakeRequest.Command, AssignIntakeRequest.Handler>(requests, "/{id:guid}/assign", (h, id, c, ct) => h.HandleAsync(id, c, ct),
            "Assigns the request to a team (teamId) and/or an adviser of the region (userId) as owner; status unchanged, not when closed.");
        MapStep<AnswerIntakeRequest.Command, AnswerIntakeRequest.Handler>(requests, "/{id:guid}/answer", (h, id, c, ct) => h.HandleAsync(id, c, ct),
            "Records the first reaction given to the employer (answer, no BSN) and moves the request to answered (from in progress).");
        MapStep<CloseIntakeRequest.Command, CloseIntakeRequest.Handler>(requests, "/{id:guid}/close", (h, id, c, ct) => h.HandleAsync(id, c, ct),
            "Closes the request with a reason; a closed request cannot change any more.");
        MapStep<PickUpIntakeRequest.Command, ReopenIntakeRequest.Handler>(requests, "/{id:guid}/reopen", (h, id, c, ct) => h.HandleAsync(id, c, ct),
            "Reopens an answered request: back to in progress.");
    }

    /// <summary>A status step: POST with the version read, 200 with the request as it is now, 400/404/409 as problem+json.</summary>
    private static void MapStep<TCommand, THandler>(
        RouteGroupBuilder requests, string pattern, Func<THandler, Guid, TCommand, CancellationToken, Task<Result<int>>> step, string summary)
        where THandler : notnull =>
        requests.MapPost(pattern, async (Guid id, TCommand command, THandler handler, IntakeRequestDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await step(handler, id, command, ct).ThenAsync(_ => details.HandleAsync(id, ct))).Ok(text))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary(summary);
}
