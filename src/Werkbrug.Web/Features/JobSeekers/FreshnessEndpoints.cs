using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>Freshness and "klant in beeld": the /api/v1 endpoints.</summary>
public static class FreshnessEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var jobSeekers = api.MapGroup("/job-seekers").WithTags("Job seekers");
        jobSeekers.MapGet("/in-view", RuntimeBinding.Handler(async ([AsParameters] ClientInView.Query query, ClientInView.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Select(v => v.Listing).Ok(text, request)))
            .RequireAuthorization(Policies.ForRole(Roles.CaseManager))
            .WithSummary("\"Klant in beeld\": the own organisation's active job seekers, who to call in next first (stale, then due soon, then fresh; oldest contact first), only the caller's own clients unless mine=false; each row with its freshness. The organisation's freshness counts are at /job-seekers/freshness. Each one listed is recorded in the audit log.");

        jobSeekers.MapPost("/{id:guid}/contacts", async (Guid id, RecordContact.Command command, RecordContact.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Created(text, _ => $"/api/v1/job-seekers/{id}"))
            .RequireAuthorization(Policies.ForRole(Roles.CaseManager))
            .WithSummary("Records a contact with a job seeker of the own organisation (occurredOn, channel Conversation/Phone/Email/Video, optional note, never a BSN) and confirms or changes availableFrom and werkfitStatus (empty keeps them); version is the one read (409 when it moved on).");

        jobSeekers.MapGet("/freshness", async (FreshnessOverview.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).Ok(text))
            .RequireAuthorization(Policies.Freshness)
            .WithSummary("Active job-seeker profiles per freshness (fresh, due soon, stale) per organisation: the own organisation, or for a region coordinator every organisation of the region. Counts only.");
    }
}
