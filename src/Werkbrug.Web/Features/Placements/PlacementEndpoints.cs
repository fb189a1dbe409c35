using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>/api/v1/placements: placements, their durability and the durability import (the same handlers as the pages).</summary>
public static class PlacementEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var placements = api.MapGroup("/placements").WithTags("Placements");

        placements.MapGet("/", async ([AsParameters] PageRequest paging, PlacementList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(paging, ct)).Ok(text, request))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The placements of the caller's organisation as placing or owner organisation, newest start first: start date, vacancy, employer, status. No personal data.");

        placements.MapGet("/durability", async (DurabilityFigures.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("Durability per placing organisation of the region and for the region: placements with a known status at 6 and 12 months and the share still employed. Counts only.");

        placements.MapGet("/{id:guid}", async (Guid id, PlacementDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("One placement (placing or owner organisation only, else 404): contract, contact person, the candidate (name for the owner, pseudonym for others, erased shown as such), the aftercare plan with outcomes, durability at 6 and 12 months. Recorded in the audit log.");

        placements.MapPut("/{id:guid}", async (Guid id, UpdatePlacement.Command command, UpdatePlacement.Handler handler, PlacementDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, command, ct);
                return result.IsSuccess ? (await details.HandleAsync(id, ct)).Ok(text) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The placing organisation changes startDate, contractType, hoursPerWeek, instrument, jobCoachAgreed and contactPersonUserId (a user of the placing organisation); version is the one read (409 when it moved on). A new contact person takes over the open tasks; a new start date moves the open contact moments and durability checks by as many days.");

        placements.MapGet("/{id:guid}/instruments", async (Guid id, [AsParameters] PageRequest paging, PlacementInstruments.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(id, paging, ct)).Ok(text, request))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The instruments applied to a placement (placing or owner organisation, else 404), by start date: the catalogue instrument (key, name and rule version when recorded), startsOn, endsOn, amount in euro, note. No personal data.");

        placements.MapGet("/{id:guid}/instruments/{instrumentId:guid}", async (Guid id, Guid instrumentId, PlacementInstruments.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.GetAsync(id, instrumentId, ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("One applied instrument of a placement.");

        placements.MapPost("/{id:guid}/instruments", async (Guid id, PlacementInstruments.Command command, PlacementInstruments.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.AddAsync(id, command, ct)).Created(text, r => $"{ApiConventions.Prefix}/placements/{id}/instruments/{r.Id}"))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The placing organisation records an applied instrument: instrumentId (of the region's catalogue), startsOn, endsOn (empty while it runs, not before startsOn), amount (euro, not negative, two decimals), note. 400 problem+json on bad input; nothing is saved.");

        placements.MapPut("/{id:guid}/instruments/{instrumentId:guid}", async (Guid id, Guid instrumentId, PlacementInstruments.Command command, PlacementInstruments.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.UpdateAsync(id, instrumentId, command, ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The placing organisation changes an applied instrument (the same fields; version is the one read, 409 when it moved on).");

        placements.MapDelete("/{id:guid}/instruments/{instrumentId:guid}", async (Guid id, Guid instrumentId, PlacementInstruments.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.RemoveAsync(id, instrumentId, ct)).NoContent(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The placing organisation removes an applied instrument.");

        placements.MapPost("/{id:guid}/durability", async (Guid id, RecordDurability.Command command, RecordDurability.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The placing organisation records the status at checkpoint SixMonths/TwelveMonths (or 6/12): stillEmployed (from the checkpoint date on), or ended on endedOn with endReason (settles the later checkpoint too). Completes the matching durability checks. The same status again changes nothing.");

        placements.MapPost("/durability/import", async (HttpRequest request, ImportDurability.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
            {
                var csv = await ImportText.ReadAsync(request.Body, ct);
                return (await handler.HandleAsync(new StringReader(csv), dryRun, ct)).Ok(text, v => ImportReport.From(v, ImportDurability.Columns, text));
            })
            .RequireAuthorization(Policies.JobSeekers)
            .Accepts<string>("text/csv")
            .WithSummary("Imports durability statuses of the caller's organisation's placements from CSV (placementId, checkpoint 6|12, stillEmployed ja/nee, endedOn, endReason; see Features/Placements/README.md) with a report per line. Idempotent; dryRun=true only checks.");
    }
}
