using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>Freshness and "klant in beeld": options, handler registration and the /api/v1 endpoints.</summary>
public static class FreshnessEndpoints
{
    public static IServiceCollection AddFreshness(this IServiceCollection services)
    {
        services.AddOptions<FreshnessOptions>().BindConfiguration(FreshnessOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Thresholds.IsValid, "Werkbrug:Freshness: ContactDueSoonDays must be below ContactStaleDays.")
            .ValidateOnStart();
        services.AddScoped<ClientInView.Handler>();
        services.AddScoped<FreshnessOverview.Handler>();
        services.AddScoped<RecordContact.Handler>();
        return services;
    }

    public static void Map(RouteGroupBuilder api)
    {
        var jobSeekers = api.MapGroup("/job-seekers").WithTags("Job seekers");
        jobSeekers.MapGet("/in-view", async ([AsParameters] ClientInView.Query query, ClientInView.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(query, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.ForRole(Roles.CaseManager))
            .WithSummary("\"Klant in beeld\": the own organisation's active job seekers, who to call in next first (stale, then due soon, then fresh; oldest contact first), 50 per page (page); only the caller's own clients unless mine=false. With the organisation's freshness counts. Each one listed is recorded in the audit log.")
            .Produces<ClientInView.View>();

        jobSeekers.MapPost("/{id:guid}/contacts", async (Guid id, RecordContact.Command command, RecordContact.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, command, ct);
                return result.IsSuccess ? Results.Created($"/api/v1/job-seekers/{id}", result.Value) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.ForRole(Roles.CaseManager))
            .WithSummary("Records a contact with a job seeker of the own organisation (occurredOn, channel Conversation/Phone/Email/Video, optional note, never a BSN) and confirms or changes availableFrom and werkfitStatus (empty keeps them); version is the one read (409 when it moved on).")
            .Produces<RecordContact.Recorded>(StatusCodes.Status201Created);

        jobSeekers.MapGet("/freshness", async (FreshnessOverview.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Freshness)
            .WithSummary("Active job-seeker profiles per freshness (fresh, due soon, stale) per organisation: the own organisation, or for a region coordinator every organisation of the region. Counts only.")
            .Produces<FreshnessOverview.View>();
    }

    private static IResult Respond<T>(Result<T> result, IStringLocalizer text, Func<T, IResult> success) =>
        result.IsSuccess ? success(result.Value) : result.Errors.Problem(text);
}
