using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.LabourMarket;

/// <summary>Arbeidsmarktbeeld: the regional labour-market picture for staff (/labour-market, /api/v1/labour-market) and employers (/werkgevers/arbeidsmarkt).</summary>
public static class LabourMarketFeature
{
    public static IServiceCollection AddLabourMarket(this IServiceCollection services) => services.AddScoped<LabourMarketPicture.Handler>();

    public static void MapLabourMarket(this RouteGroupBuilder api) =>
        api.MapGet("/labour-market", async ([AsParameters] LabourMarketPicture.Query query, LabourMarketPicture.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text))
            .WithTags("LabourMarket")
            .RequireAuthorization(Policies.LabourMarket)
            .WithSummary("The region's labour-market picture: per ISCO-08 major group (groups) and ESCO occupation (occupations) the open vacancies (open, candidates proposed, partly filled), the werkfit candidates of the pool (active profiles, per occupation of their work experience; the whole region, the pool has no municipality) and the placements that started in the last 12 months, with tension = vacancies per candidate (ratio) and its class (Slack below 0.5, Balanced below 1.5, Tight from 1.5 or with vacancies and no candidate). Filters: municipality (the vacancy's place of work) and group (\"1\" to \"9\", \"0\"). A count of 1 up to the small-group threshold (default 5) is never given (value, count and of null, suppressed true), nor the tension computed from it (tensionHidden true).");
}
