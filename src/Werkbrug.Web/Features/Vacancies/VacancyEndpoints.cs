using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Vacancies and job carving: registration of handlers and the /api/v1/vacancies endpoints.</summary>
public static class VacancyEndpoints
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
        services.AddScoped<CarveJob.Handler>();
        services.AddScoped<ImportVacancies.Handler>();
        services.AddScoped<JobCarvingChoices.Handler>();
        services.AddScoped<VacancyPrefill.Handler>();
        return services;
    }

    public static void Map(RouteGroupBuilder api)
    {
        var vacancies = api.MapGroup("/vacancies").WithTags("Vacancies");

        vacancies.MapGet("/", async ([AsParameters] VacancyList.Query query, VacancyList.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(query, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The region's vacancies, newest first, 50 per page: filter by status, SBI section of the employer, municipality, owner organisation, employer, age in days (minAgeDays, maxAgeDays) and staleOnly.")
            .Produces<VacancyList.Listing>();

        vacancies.MapGet("/{id:guid}", async (Guid id, VacancyDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("One vacancy with its tasks, skills, competences, status history, escalations and the statuses it may move to next.")
            .Produces<VacancyDetails.View>();

        vacancies.MapPost("/", async (CreateVacancy.Command command, CreateVacancy.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await Created(await handler.HandleAsync(command, ct), details, text, ct))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Takes in a vacancy as a draft. Owner organisation and adviser default to the caller's; intakeRequestId links the front-door request it came from.")
            .Produces<VacancyDetails.View>(StatusCodes.Status201Created);

        vacancies.MapPut("/{id:guid}", async (Guid id, UpdateVacancy.Command command, UpdateVacancy.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await Updated(id, await handler.HandleAsync(id, command, ct), details, text, ct))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Replaces the vacancy's content (all fields; tasks keep their id when it is sent back). version is the one read: 409 when it moved on.")
            .Produces<VacancyDetails.View>();

        vacancies.MapPost("/{id:guid}/status", async (Guid id, ChangeVacancyStatus.Command command, ChangeVacancyStatus.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await Updated(id, await handler.HandleAsync(id, command, ct), details, text, ct))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Moves the vacancy to another status (draft → open → candidates proposed → filled / partly filled / withdrawn / expired); a transition the workflow forbids is refused (400 on status).")
            .Produces<VacancyDetails.View>();

        vacancies.MapPost("/{id:guid}/escalate", async (Guid id, EscalateVacancy.Command command, EscalateVacancy.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await Updated(id, await handler.HandleAsync(id, command, ct), details, text, ct))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Escalates the vacancy from local to regional with a reason (once; 409 after that) and notifies the region's teams.")
            .Produces<VacancyDetails.View>();

        vacancies.MapPost("/import", async (HttpRequest request, ImportVacancies.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
            {
                var csv = await ImportText.ReadAsync(request.Body, ct);
                var result = await handler.HandleAsync(new StringReader(csv), dryRun, ct);
                return result.IsSuccess ? Results.Ok(ImportReport.From(result.Value, ImportVacancies.Columns, text)) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.Advisers)
            .Accepts<string>("text/csv")
            .WithSummary("Imports vacancies into the caller's organisation from CSV (columns in docs/import.md). Idempotent by externalId; the employer is found by KvK number in the region; rows with errors are reported per line and change nothing. dryRun=true only checks.")
            .Produces<ImportReport>();

        vacancies.MapPost("/carve", async (CarveJob.Command command, CarveJob.Handler handler, VacancyDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await Created(await handler.HandleAsync(command, ct), details, text, ct))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Job carving: composes a created function (a draft vacancy) from separable tasks of vacancies of one employer; its tasks link to their sources.")
            .Produces<VacancyDetails.View>(StatusCodes.Status201Created);
    }

    private static async Task<IResult> Created(Result<Guid> result, VacancyDetails.Handler details, IStringLocalizer text, CancellationToken ct) =>
        result.IsSuccess
            ? Results.Created($"/api/v1/vacancies/{result.Value}", (await details.HandleAsync(result.Value, ct)).Value)
            : result.Errors.Problem(text);

    private static async Task<IResult> Updated(Guid id, Result<int> result, VacancyDetails.Handler details, IStringLocalizer text, CancellationToken ct) =>
        result.IsSuccess ? Results.Ok((await details.HandleAsync(id, ct)).Value) : result.Errors.Problem(text);

    private static IResult Respond<T>(Result<T> result, IStringLocalizer text, Func<T, IResult> success) =>
        result.IsSuccess ? success(result.Value) : result.Errors.Problem(text);
}
