using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>/api/v1/contact-moments: the contact log.</summary>
public static class ContactMomentEndpoints
{
    public const string WarningsCode = "ContactMoment.WarningsNeedAcknowledgement";

    public static void Map(RouteGroupBuilder contacts)
    {
        contacts.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] ContactTimeline.Query query, ContactTimeline.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
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

        contacts.MapPost("/import", async (HttpRequest request, ImportContactHistory.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.HandleAsync(new StringReader(await ImportText.ReadAsync(request.Body, ct)), dryRun, ct)).Ok(text, v => ContactHistoryReport.From(v, text)))
            .RequireAuthorization(Policies.Advisers)
            .Accepts<string>("text/csv")
            .WithSummary("Imports a legacy contact history from CSV (kvkNumber, date, time, adviser, channel, subject, note, legacyId, source; format in Features/Employers/README.md; separator , ; or tab). "
                + "Idempotent: a row with a legacy id imported before, or without one the same normalised content, is AlreadyPresent. Every line is reported (Imported, AlreadyPresent, Rejected with reasons); "
                + "the good rows are saved together, rejected rows change nothing; an employer outside the caller's region is unknown. dryRun=true only checks.");
    }
}
