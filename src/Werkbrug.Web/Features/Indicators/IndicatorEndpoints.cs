using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>/api/v1/indicators: the catalogue with definitions and the figures of one indicator (the same handler as the dashboard). Aggregates only.</summary>
public static class IndicatorEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("Indicators").RequireAuthorization(Policies.Indicators);

        indicators.MapGet("/", ([AsParameters] PageRequest paging, HttpRequest request, IStringLocalizer<SharedResource> text) =>
                paging.Page(IndicatorDefinitions.All(text)).Ok(text, request))
            .WithSummary("The indicators with their definitions: key, name, group, kind (Count, Share, AverageDays), what is counted, from which records, known limits, breakdowns and the definition page.");

        indicators.MapGet("/{key}", async (string key, [AsParameters] IndicatorFigures.Query query, IndicatorFigures.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(key, query, ct)).Ok(text))
            .WithSummary("One indicator for the period from..to (both included; neither: the current quarter), optionally one organisation and one municipality of the region: value, breakdown rows and the previous period's figures. A count of 1 up to the small-group threshold (default 5) is never given: such a cell, and a cell that would let it be worked out from the total, is suppressed (value, count and of null).");
    }
}
