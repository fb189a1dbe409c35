using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>Matching: the indexes and their feed, the handlers, and the /api/v1 endpoints.</summary>
public static class MatchingEndpoints
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSingleton(_ => new MatchingIndexes(TaxonomyTsv.Starter));
        services.AddSingleton<MatchingChangeSignal>();
        services.AddSingleton<MatchingChangeInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<MatchingChangeInterceptor>());
        services.AddHostedService<MatchingIndexFeed>();
        services.AddScoped<FindCandidates.Handler>();
        services.AddScoped<FindVacancies.Handler>();
        services.AddScoped<Shortlist.Handler>();
        return services;
    }

    public static void Map(RouteGroupBuilder api)
    {
        var vacancies = api.MapGroup("/vacancies").WithTags("Matching");
        vacancies.MapGet("/{id:guid}/candidates", async (Guid id, [AsParameters] FindCandidates.Query query, FindCandidates.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, query, ct), text, Results.Ok))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The region's job seekers ranked for a vacancy (top, default 20; maxDistanceKm; includeReadyInTime), each with a score breakdown, a Dutch explanation and gaps with bridges. The own organisation's job seekers come with id and name, others' by pseudonym only. Every one listed is recorded in the audit log.")
            .Produces<FindCandidates.Results>();

        vacancies.MapGet("/{id:guid}/shortlist", async (Guid id, Shortlist.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.ListAsync(id, ct), text, Results.Ok))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The vacancy's shortlist, shown as the privacy model allows (pseudonym for other organisations' job seekers).")
            .Produces<IReadOnlyList<Shortlist.Entry>>();

        vacancies.MapPost("/{id:guid}/shortlist", async (Guid id, Shortlist.Command command, Shortlist.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.AddAsync(id, command, ct), text, p => Results.Ok(new { pseudonym = p })))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Puts a candidate (by regional pseudonym) on the vacancy's shortlist; adding one twice changes nothing.");

        vacancies.MapDelete("/{id:guid}/shortlist/{pseudonym}", async (Guid id, string pseudonym, Shortlist.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.RemoveAsync(id, new Shortlist.Command { Pseudonym = pseudonym }, ct), text, _ => Results.NoContent()))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Takes a candidate off the vacancy's shortlist.");

        api.MapGet("/job-seekers/{id:guid}/vacancies", async (Guid id, [AsParameters] FindVacancies.Query query, FindVacancies.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, query, ct), text, Results.Ok))
            .RequireAuthorization(Policies.JobSeekers)
            .WithTags("Matching")
            .WithSummary("The region's open vacancies ranked for one of the own organisation's job seekers (top, default 20), with breakdown, explanation and gaps. 404 for anybody else's job seeker.")
            .Produces<FindVacancies.Results>();
    }

    private static IResult Respond<T>(Result<T> result, IStringLocalizer text, Func<T, IResult> success) =>
        result.IsSuccess ? success(result.Value) : result.Errors.Problem(text);
}
