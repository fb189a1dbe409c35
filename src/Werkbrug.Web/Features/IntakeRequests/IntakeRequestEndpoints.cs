using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>The staff side of the front door: registration of handlers and the /api/v1/intake-requests endpoints.</summary>
public static class IntakeRequestEndpoints
{
    public static IServiceCollection AddIntakeRequests(this IServiceCollection services)
    {
        services.AddScoped<IntakeRequestSteps>();
        services.AddScoped<IntakeRequestChoices>();
        services.AddScoped<IntakeRequestList.Handler>();
        services.AddScoped<IntakeRequestDetails.Handler>();
        services.AddScoped<PickUpIntakeRequest.Handler>();
        services.AddScoped<AssignIntakeRequest.Handler>();
        services.AddScoped<AnswerIntakeRequest.Handler>();
        services.AddScoped<CloseIntakeRequest.Handler>();
        services.AddScoped<ReopenIntakeRequest.Handler>();
        services.AddScoped<OverdueIntakeRequests.Handler>();
        services.AddScoped<RegisterEmployerFromRequest.Handler>();
        return services;
    }

    public static void Map(RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/intake-requests").WithTags("Intake requests");

        requests.MapGet("/", async ([AsParameters] IntakeRequestList.Query query, IntakeRequestList.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(query, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The region's front-door requests, newest due date first, 50 per page: filter by status, type, teamId, mine (owned by me) and overdue.")
            .Produces<IntakeRequestList.Listing>();

        requests.MapGet("/overdue", async (OverdueIntakeRequests.Handler handler, CancellationToken ct) => Results.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("Managers and region coordinators: every late request of the region (open, past its due date), grouped per team with counts, oldest first.")
            .Produces<OverdueIntakeRequests.Overview>();

        requests.MapGet("/{id:guid}", async (Guid id, IntakeRequestDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("One request: what the employer gave, team, owner, due date, status, answer or close reason, the employer and the full history.")
            .Produces<IntakeRequestDetails.View>();

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
            {
                var result = await step(handler, id, command, ct);
                return result.IsSuccess ? Results.Ok((await details.HandleAsync(id, ct)).Value) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.Advisers)
            .WithSummary(summary)
            .Produces<IntakeRequestDetails.View>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static IResult Respond<T>(Result<T> result, IStringLocalizer text, Func<T, IResult> success) =>
        result.IsSuccess ? success(result.Value) : result.Errors.Problem(text);
}
