using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.VacancyOffers;

/// <summary>Vacancies offered across regions: the handlers and the /api/v1 endpoints (ADR 0035).</summary>
public static class VacancyOffersFeature
{
    public static IServiceCollection AddVacancyOffers(this IServiceCollection services)
    {
        services.AddScoped<OfferVacancy.Handler>();
        services.AddScoped<WithdrawVacancyOffer.Handler>();
        services.AddScoped<VacancyOfferLog.Handler>();
        services.AddScoped<OfferedVacancyList.Handler>();
        services.AddScoped<OfferedVacancyDetails.Handler>();
        return services;
    }

    public static void MapVacancyOffers(this RouteGroupBuilder api)
    {
        var vacancies = api.MapGroup("/vacancies").WithTags("Vacancy offers").RequireAuthorization(Policies.Advisers);
        vacancies.MapPost("/{id:guid}/offers", async (Guid id, OfferVacancy.Command command, OfferVacancy.Handler handler, OfferedVacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct).ThenAsync(offer => details.HandleAsync(offer, ct))).Created(text, o => $"/api/v1/vacancy-offers/{o.OfferId}"))
            .WithSummary("Offers one of the region's hard-to-fill open vacancies to other regions: regions (codes such as AM14) or allRegions=true, with a note. Their advisers see it under GET /api/v1/vacancy-offers, match their own pool to it (GET /api/v1/vacancies/{id}/candidates) and refer candidates (POST /api/v1/referrals), which this region accepts (POST /api/v1/referrals/{id}/accept). One running offer per vacancy (409); a vacancy not marked hard to fill or not open is refused (409); unknown, own or repeated regions 400.");

        vacancies.MapGet("/{id:guid}/offers", async (Guid id, [AsParameters] PageRequest paging, VacancyOfferLog.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, paging, ct)).Ok(text, request))
            .WithSummary("The log of the vacancy's offers to other regions, newest first: regions, note, who offered it and when, and who withdrew it, when and why. Only the vacancy's own region (404 otherwise).");

        var offers = api.MapGroup("/vacancy-offers").WithTags("Vacancy offers").RequireAuthorization(Policies.Advisers);
        offers.MapGet("/", async ([AsParameters] PageRequest paging, OfferedVacancyList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(paging, ct)).Ok(text, request))
            .WithSummary("The vacancies other regions offer to the caller's region while the offers run, newest first (a region sees only what was offered to it).");

        offers.MapGet("/{id:guid}", async (Guid id, OfferedVacancyDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .WithSummary("One offer with its vacancy (work, tasks, skills, hours, place, the employer's name; never its contact person), for a region it was offered to while it runs, and for the offering region always. 404 for any other region.");

        offers.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawVacancyOffer.Command command, WithdrawVacancyOffer.Handler handler, OfferedVacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct).ThenAsync(offer => details.HandleAsync(offer, ct))).Ok(text))
            .WithSummary("The offering region withdraws the offer with a reason (version is the one read: 409 when it moved on; 409 when already withdrawn). The receiving regions no longer see the vacancy; referrals already made run on.");
    }
}
