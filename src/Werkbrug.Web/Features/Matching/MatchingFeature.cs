using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>Matching: the one entry point (the indexes and their feed, the handlers, and the /api/v1 endpoints).</summary>
public static class MatchingFeature
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSingleton(TaxonomyVersions.Load);
        services.AddSingleton(sp => new MatchingIndexes(sp.GetRequiredService<MatchingCodes>().Taxonomy));
        services.AddSingleton<MatchingChangeSignal>();
        services.AddSingleton<MatchingChangeInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<MatchingChangeInterceptor>());
        services.AddHostedService<MatchingIndexFeed>();
        services.AddHealthChecks().AddCheck<MatchingIndexesReadyCheck>("matching-indexes", tags: ["ready"]);
        services.AddScoped<FindCandidates.Handler>();
        services.AddScoped<Instruments.MatchInstruments>();
        services.AddScoped<FindVacancies.Handler>();
        services.AddScoped<Shortlist.Handler>();
        services.AddScoped<Disparity.Handler>();
        services.AddScoped<Rankings.Handler>();
        services.AddScoped<RegionWeights.Handler>();
        return services;
    }

    public static void MapMatching(this RouteGroupBuilder api)
    {
        var vacancies = api.MapGroup("/vacancies").WithTags("Matching").RequireAuthorization(Policies.Advisers);
        vacancies.MapGet("/{id:guid}/candidates", RuntimeBinding.Handler(async (Guid id, [AsParameters] FindCandidates.Query query, FindCandidates.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, query, ct)).Select(r => r.Candidates).Ok(text, request)))
            .WithSummary("The region's job seekers ranked for a vacancy (of the region, or offered to it by another region: then without the instrument guide), best first (maxDistanceKm; includeReadyInTime), each with its rank, a score breakdown, a Dutch explanation and gaps with bridges; page 2 holds the ranks after the first pageSize, total is the number of eligible job seekers. The own organisation's job seekers come with id and name, others' by pseudonym only. Every one listed is recorded in the audit log.");

        vacancies.MapGet("/{id:guid}/candidates/counts", RuntimeBinding.Handler(async (Guid id, [AsParameters] FindCandidates.Query query, FindCandidates.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.CountAsync(id, query, ct)).Ok(text)))
            .WithSummary("How many of the region's job seekers the candidate search for a vacancy considers, with the same filters and without listing anyone: eligible (the list's total) and withoutPostcode, those who pass every hard filter but have no known postcode, so their distance cannot be judged and they are not ranked.");

        vacancies.MapGet("/{id:guid}/shortlist", async (Guid id, [AsParameters] PageRequest paging, Shortlist.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(id, paging, ct)).Ok(text, request))
            .WithSummary("The vacancy's shortlist, shown as the privacy model allows (pseudonym for other organisations' job seekers).");

        vacancies.MapPost("/{id:guid}/shortlist", async (Guid id, Shortlist.Command command, Shortlist.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.AddAsync(id, command, ct)).Ok(text, p => new Shortlist.Added(p)))
            .WithSummary("Puts a candidate (by regional pseudonym) on the vacancy's shortlist; adding one twice changes nothing.");

        vacancies.MapDelete("/{id:guid}/shortlist/{pseudonym}", async (Guid id, string pseudonym, Shortlist.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.RemoveAsync(id, new Shortlist.Command { Pseudonym = pseudonym }, ct)).NoContent(text))
            .WithSummary("Takes a candidate off the vacancy's shortlist.");

        vacancies.MapGet("/{id:guid}/rankings", async (Guid id, [AsParameters] PageRequest paging, Rankings.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(id, paging, ct)).Ok(text, request))
            .WithSummary("The candidate lists shown for the vacancy in this region, newest first: when, the weights version, how many were listed and how many were eligible. Every page of a candidate search, in the app or through the API, is kept as one ranking.");

        vacancies.MapGet("/{id:guid}/rankings/{rankingId:guid}", async (Guid id, Guid rankingId, Rankings.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.GetAsync(id, rankingId, ct)).Ok(text))
            .WithSummary("One candidate list exactly as it was shown: the weights per criterion and their version, and per listed job seeker (by regional pseudonym) the rank, the score (0-100), the raw score and the credit (0-1000) per criterion that applied, so that the sum of weight times credit gives each raw score back. Reading it is recorded in the audit log.");

        api.MapGet("/matching/weights", async (RegionWeights.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Matching")
            .WithSummary("The region's matching weights (weging): the version in force (0: Werkbrug's defaults) with per criterion its weight and the default, the digest the ranking records name (weightsVersion), every earlier version newest first with who set it, when and why, and the taxonomy the matching uses (taxonomy: the imported ESCO version, 0 for the embedded starter set, with its occupations and skills and how many have a Dutch label).");

        api.MapPut("/matching/weights", async (RegionWeights.Command command, RegionWeights.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.SaveAsync(command, ct)).Ok(text))
            .RequireAuthorization(Policies.WeightEditors)
            .WithTags("Matching")
            .WithSummary("Sets new matching weights for the region (region coordinators only): all ten weights (0-1000, not all 0), a reason, and version, the version read (0 for the defaults). The weights become a new numbered version, in force for the next search on every instance within seconds; a version saved meanwhile is a 409 and nothing changes.");

        api.MapPost("/matching/rebuild", (MatchingChangeSignal signal) =>
            {
                signal.RequestRebuild();
                return TypedResults.Accepted((string?)null);
            })
            .RequireAuthorization(Policies.Administration)
            .WithTags("Matching")
            .WithSummary("Rebuilds the matching indexes of the instance that answers, from the database, while searches go on (a repair tool: the indexes follow every change incrementally, deletions on other instances included). 202 at once; /health/ready stays ready. Behind a load balancer each instance has its own indexes.");

        api.MapGet("/matching/disparity", async ([AsParameters] Disparity.Query query, Disparity.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text))
            .RequireAuthorization(Policies.Indicators)
            .WithTags("Matching")
            .WithSummary("Equal chances in matching: of the region's referrals made in the period (from/to, default the last twelve months), how many were sent to the employer and how many led to a hire, per age band (on the period's last day), benefit type, and own or another organisation's candidate. Aggregates only; a figure of 1 up to the small-group threshold minus one is hidden (suppressed), and so is one that would give it away.");

        api.MapGet("/job-seekers/{id:guid}/vacancies", RuntimeBinding.Handler(async (Guid id, [AsParameters] FindVacancies.Query query, FindVacancies.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, query, ct)).Select(r => r.Vacancies).Ok(text, request)))
            .RequireAuthorization(Policies.JobSeekers)
            .WithTags("Matching")
            .WithSummary("The region's open vacancies ranked for one of the own organisation's job seekers, best first, each with its rank, breakdown, explanation and gaps; page 2 holds the ranks after the first pageSize, total is the number of eligible vacancies. 404 for anybody else's job seeker.");

        api.MapGet("/job-seekers/{id:guid}/inferred-occupations", async (Guid id, FindVacancies.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.InferredAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithTags("Matching")
            .WithSummary("For one of the own organisation's job seekers whose profile records neither a worked nor a desired occupation: the (at most three) occupations the listed skills point to, best first, with their ESCO code; the matching scores with them at 800 per mille of an occupation's similarity (ADR 0048). Empty when the profile records an occupation or a wish. 404 for anybody else's job seeker.");
    }
}
