using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Vacancies;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Exchange;

/// <summary>Exchange with partner systems (issue 19 item 4, ADR 0036): the push, the changes feeds and the freshness report.</summary>
public static class ExchangeFeature
{
    private const string Tag = "Exchange";

    public static IServiceCollection AddExchange(this IServiceCollection services)
    {
        services.AddScoped<PartnerExchange.PushHandler>();
        services.AddScoped<PartnerExchange.ChangesHandler>();
        services.AddScoped<ExchangeFreshness.Handler>();
        return services;
    }

    public static void MapExchange(this RouteGroupBuilder api)
    {
        var exchange = api.MapGroup("/exchange").WithTags(Tag);

        exchange.MapPost("/profiles", async (List<VumProfile>? profiles, PartnerExchange.PushHandler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.ProfilesAsync(profiles, dryRun, ct)).Ok(text, v => ImportReport.From(v, VumProfiles.Fields, text)))
            .RequireAuthorization(Policies.PartnerProfiles)
            .WithSummary("Partner systems (a partner token of a case manager): pushes job-seeker profiles in the VUM Werkzoekende shape into the token's organisation, as many as changed since the last push. Idempotent by idWerkzoekende and the token's source system: a known profile is updated, an unchanged one writes nothing, one another source system delivers is refused for that row. The report is the VUM import's; line is the position in the array, from 1. dryRun=true only checks.");

        exchange.MapPost("/vacancies", async (List<VumVacancy>? vacancies, PartnerExchange.PushHandler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.VacanciesAsync(vacancies, dryRun, ct)).Ok(text, v => ImportReport.From(v, VumVacancies.Fields, text)))
            .RequireAuthorization(Policies.PartnerVacancies)
            .WithSummary("Partner systems (a partner token of an adviser): pushes vacancies in the VUM Vacature shape into the token's organisation. Idempotent by idVacature and the token's source system, as for profiles. dryRun=true only checks.");

        exchange.MapGet("/profiles/changes", async ([AsParameters] PartnerExchange.ChangesQuery query, PartnerExchange.ChangesHandler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ProfilesAsync(query, ct)).Json(text, VumProfiles.Json))
            .RequireAuthorization(Policies.PartnerProfiles)
            .WithSummary("The changes feed of the organisation's job-seeker profiles: each profile changed after the watermark since (a sequence number, not a time), once, oldest change first, at most limit (1-1,000, default 500), in the VUM shape; removed ones with removed true. Pass the answer's watermark as since to the next pull; more says whether more wait. Each profile handed out is recorded in the audit log.")
            .Produces<PartnerExchange.ChangesPage<PartnerExchange.ProfileChange>>();

        exchange.MapGet("/vacancies/changes", async ([AsParameters] PartnerExchange.ChangesQuery query, PartnerExchange.ChangesHandler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.VacanciesAsync(query, ct)).Json(text, VumProfiles.Json))
            .RequireAuthorization(Policies.PartnerVacancies)
            .WithSummary("The changes feed of the organisation's vacancies, as for profiles, in the VUM Vacature shape.")
            .Produces<PartnerExchange.ChangesPage<PartnerExchange.VacancyChange>>();

        exchange.MapGet("/freshness", async (ExchangeFreshness.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).Ok(text))
            .RequireAuthorization(Policies.ExchangeFreshness)
            .WithSummary("How fresh the exchange is per source: for each organisation of the region, source system and kind (Profile, Vacancy), the last delivery (when, rows, rows refused) and the totals. Counts only.");
    }
}
