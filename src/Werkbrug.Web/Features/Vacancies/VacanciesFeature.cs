using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Exchange;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Vacancies and job carving: the one entry point (handler registrations and the /api/v1/vacancies endpoints).</summary>
public static class VacanciesFeature
{
    public static IServiceCollection AddVacancies(this IServiceCollection services)
    {
        services.AddOptions<VacancyOptions>().BindConfiguration(VacancyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<VacancyChoices>();
        services.AddScoped<VacancyList.Handler>();
        services.AddScoped<VacancyDetails.Handler>();
        services.AddScoped<CreateVacancy.Handler>();
        services.AddScoped<UpdateVacancy.Handler>();
        services.AddScoped<ChangeVacancyStatus.Handler>();
        services.AddScoped<EscalateVacancy.Handler>();
        services.AddScoped<ChangeVacancyPublication.Handler>();
        services.AddScoped<CarveJob.Handler>();
        services.AddScoped<ImportVacancies.Handler>();
        services.AddScoped<ImportVumVacancies.Handler>();
        services.AddScoped<VumVacancies.ExportHandler>();
        services.AddScoped<JobCarvingChoices.Handler>();
        services.AddScoped<VacancyPrefill.Handler>();
        return services;
    }

    public static void MapVacancies(this RouteGroupBuilder api)
    {
        var vacancies = api.MapGroup("/vacancies").WithTags("Vacancies").RequireAuthorization(Policies.Advisers);

        vacancies.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] VacancyList.Query query, VacancyList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .WithSummary("The region's vacancies, newest first, 50 per page: filter by status, SBI section of the employer, municipality, owner organisation, employer, age in days (minAgeDays, maxAgeDays) and staleOnly.");

        vacancies.MapGet("/{id:guid}", async (Guid id, VacancyDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .WithSummary("One vacancy with its tasks, skills, competences, status history, escalations and the statuses it may move to next.");

        vacancies.MapPost("/", async (CreateVacancy.Command command, CreateVacancy.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(command, ct).ThenAsync(id => details.HandleAsync(id, ct))).Created(text, Location))
            .WithSummary("Takes in a vacancy as a draft. Owner organisation and adviser default to the caller's, sbiSection to the section of the employer's main activity; contactName/contactPhone/contactEmail are the employer's contact for it (a phone or e-mail needs a name); intakeRequestId links the front-door request it came from.");

        vacancies.MapPut("/{id:guid}", async (Guid id, UpdateVacancy.Command command, UpdateVacancy.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct).ThenAsync(_ => details.HandleAsync(id, ct))).Ok(text))
            .WithSummary("Replaces the vacancy's content (all fields; tasks keep their id when it is sent back; sbiSection left out takes the employer's main section again). version is the one read: 409 when it moved on.");

        vacancies.MapPost("/{id:guid}/status", async (Guid id, ChangeVacancyStatus.Command command, ChangeVacancyStatus.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct).ThenAsync(_ => details.HandleAsync(id, ct))).Ok(text))
            .WithSummary("Moves the vacancy to another status (draft → open → candidates proposed → filled / partly filled / withdrawn / expired); a transition the workflow forbids is refused (400 on status).");

        vacancies.MapPost("/{id:guid}/escalate", async (Guid id, EscalateVacancy.Command command, EscalateVacancy.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct).ThenAsync(_ => details.HandleAsync(id, ct))).Ok(text))
            .WithSummary("Escalates the vacancy from local to regional with a reason (once; 409 after that) and notifies the region's teams.");

        vacancies.MapPut("/{id:guid}/publication", async (Guid id, ChangeVacancyPublication.Command command, ChangeVacancyPublication.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct).ThenAsync(_ => details.HandleAsync(id, ct))).Ok(text))
            .WithSummary("Marks the vacancy public (isPublic true) or takes it off (false); version is the one read (409 when it moved on). Only advisers of the owner organisation (403 for another organisation). A public vacancy is shown on the front door (/vacatures/{id}) and in GET /api/v1/public/vacancies while it is open (open, candidates proposed, partly filled) and its closing date has not passed; an ended vacancy cannot be made public (400 on isPublic). isShownPublicly in the answer says whether it is shown now.");

        vacancies.MapPost("/import", async (HttpRequest request, ImportVacancies.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.HandleAsync(new StringReader(await ImportText.ReadAsync(request.Body, ct)), dryRun, ct)).Ok(text, v => ImportReport.From(v, ImportVacancies.Columns, text)))
            .Accepts<string>("text/csv")
            .WithSummary("Imports vacancies into the caller's organisation from CSV (columns in docs/import.md). Idempotent by externalId; the employer is found by KvK number in the region; rows with errors are reported per line and change nothing. dryRun=true only checks.");

        vacancies.MapPost("/import-vum", async (List<VumVacancy>? vacancies, ImportVumVacancies.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.HandleAsync(vacancies, dryRun, ExchangeDelivery.FileSource, ct)).Ok(text, v => ImportReport.From(v, VumVacancies.Fields, text)))
            .WithSummary("Imports vacancies into the caller's organisation from a JSON array in the VUM contract's Vacature shape (idVacature is the external id; the employer's KvK number, status, tasks and weights in the \"werkbrug\" extension). Idempotent by idVacature; a known vacancy is brought in line with the array's (a whole record). Same report as the CSV import; line is the position in the array, from 1. dryRun=true only checks.");

        // The VUM contract's own JSON shape (VumProfiles.Json: no nulls) in the collection, as for the profiles.
        vacancies.MapGet("/export-vum", async ([AsParameters] PageRequest paging, VumVacancies.ExportHandler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.AllAsync(paging, ct)).Select(p => p.ToCollection(request)).Json(text, VumProfiles.Json))
            .WithSummary("The region's vacancies in the VUM contract's Vacature shape, oldest first, with the \"werkbrug\" extension: what the contract lacks, and the process data (the vacancy's referrals counted per state, never a person).")
            .Produces<Collection<VumVacancy>>();

        vacancies.MapGet("/{id:guid}/vum", async (Guid id, VumVacancies.ExportHandler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.OneAsync(id, ct)).Json(text, VumProfiles.Json))
            .WithSummary("One vacancy of the region in the VUM contract's Vacature shape (see export-vum).")
            .Produces<VumVacancy>();

        vacancies.MapPost("/carve", async (CarveJob.Command command, CarveJob.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(command, ct).ThenAsync(id => details.HandleAsync(id, ct))).Created(text, Location))
            .WithSummary("Job carving: composes a created function (a draft vacancy) from separable tasks of vacancies of one employer; its tasks link to their sources.");
    }

    private static string Location(VacancyDetails.View vacancy) => $"/api/v1/vacancies/{vacancy.Id}";
}
