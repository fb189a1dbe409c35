using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>/api/v1/contact-moments: the contact log.</summary>
public static class ContactMomentEndpoints
{
    public const string WarningsCode = "ContactMoment.WarningsNeedAcknowledgement";

    public static void Map(RouteGroupBuilder contacts)
    {
        contacts.MapGet("/", async ([AsParameters] ContactTimeline.Query query, ContactTimeline.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The contact timeline of one employer (employerId), newest first.");

        contacts.MapGet("/{id:guid}", async (Guid id, ContactTimeline.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.OneAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("One contact moment.");

        contacts.MapPost("/", async Task<Results<Created<ContactTimeline.Entry>, ProblemHttpResult>> (LogContactMoment.Command command, LogContactMoment.Handler handler, ContactTimeline.Handler timeline, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var logged = await handler.HandleAsync(command, ct);
                if (logged.IsSuccess && logged.Value.Id is null)
                {
                    return ApiResults.Problem(text, WarningsCode, StatusCodes.Status409Conflict, "warnings", logged.Value.Warnings);
                }

                return (await logged.ThenAsync(l => timeline.OneAsync(l.Id!.Value, ct))).Created(text, v => $"/api/v1/contact-moments/{v.Id}");
            })
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Logs (or plans) a contact moment. 409 with the warnings unless acknowledgeWarnings is true; a note that looks like it holds a BSN is refused.");

        contacts.MapPost("/{id:guid}/follow-up-done", async (Guid id, CompleteFollowUp.Handler handler, ContactTimeline.Handler timeline, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct).ThenAsync(_ => timeline.OneAsync(id, ct))).Ok(text))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Marks the follow-up of a contact moment done.");
    }
}
