using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>The job-seeker pool, the matching profiles and the audit log: handler registration and the /api/v1 endpoints.</summary>
public static class JobSeekerEndpoints
{
    public static IServiceCollection AddJobSeekers(this IServiceCollection services)
    {
        services.AddScoped<JobSeekerAccess>();
        services.AddScoped<JobSeekerChoices>();
        services.AddScoped<JobSeekerList.Handler>();
        services.AddScoped<RegionalPool.Handler>();
        services.AddScoped<JobSeekerDetails.Handler>();
        services.AddScoped<FindByBsn.Handler>();
        services.AddScoped<SaveJobSeeker.Handler>();
        services.AddScoped<AuditLogQuery.Handler>();
        services.AddFreshness();
        services.AddScoped<ConsentList.Handler>();
        services.AddScoped<RecordConsent.Handler>();
        services.AddScoped<WithdrawConsent.Handler>();
        services.AddScoped<ProfileEraser>();
        services.AddScoped<EraseJobSeeker.Handler>();
        services.AddScoped<EraseExpiredProfiles>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<RetentionJob>();
        services.AddScoped<ImportJobSeekers.Handler>();
        services.AddScoped<VumProfiles.ExportHandler>();
        return services;
    }

    public static void Map(RouteGroupBuilder api)
    {
        var jobSeekers = api.MapGroup("/job-seekers").WithTags("Job seekers");
        jobSeekers.MapGet("/", async ([AsParameters] JobSeekerList.Query query, JobSeekerList.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(query, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The own organisation's job seekers, 50 per page (page), filtered by name (q). Each one listed is recorded in the audit log.")
            .Produces<Listing<JobSeekerSummary>>();

        jobSeekers.MapGet("/{id:guid}", async (Guid id, JobSeekerDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, ct), text, v => v.Full is not null ? Results.Ok(v.Full) : v.Shared is not null ? Results.Ok(v.Shared) : Results.Ok(v.Matching)))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("One job seeker: the full profile (access \"full\") for the owner organisation, the pseudonymised matching profile (access \"pseudonymised\") for other organisations of the region, or the parts an active consent or legal basis grants that organisation (access \"shared\"), 404 otherwise.")
            .Produces<FullProfile>()
            .Produces<SharedProfile>()
            .Produces<MatchingProfileView>();

        jobSeekers.MapPost("/", async (ProfileInput input, SaveJobSeeker.Handler handler, JobSeekerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.RegisterAsync(input, ct);
                return result.IsSuccess
                    ? Results.Created($"/api/v1/job-seekers/{result.Value}", (await details.AfterWriteAsync(result.Value, ct)).Value.Full)
                    : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Registers a job seeker in the own organisation with the caller as case manager. The BSN (optional, elfproef) is stored encrypted and never returned.")
            .Produces<FullProfile>(StatusCodes.Status201Created);

        jobSeekers.MapPut("/{id:guid}", async (Guid id, ProfileInput input, SaveJobSeeker.Handler handler, JobSeekerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.EditAsync(id, input, ct);
                return result.IsSuccess ? Results.Ok((await details.AfterWriteAsync(id, ct)).Value.Full) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Changes a job seeker of the own organisation; version is the one read (409 when it moved on). An empty bsn keeps the number on file.")
            .Produces<FullProfile>();

        jobSeekers.MapPost("/import", async (HttpRequest request, ImportJobSeekers.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
            {
                var csv = request.HasFormContentType && request.Form.Files.Count > 0
                    ? await ReadFormFileAsync(request.Form.Files[0], ct)
                    : await ImportText.ReadAsync(request.Body, ct);
                var result = await handler.CsvAsync(new StringReader(csv), dryRun, ct);
                return result.IsSuccess ? Results.Ok(ImportReport.From(result.Value, ImportJobSeekers.Columns, text)) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .Accepts<string>("text/csv")
            .WithSummary("Imports job seekers into the caller's organisation from CSV (text/csv body or a multipart file; columns in docs/import.md). Idempotent by externalId; rows with errors are reported per line and column (never with the BSN) and change nothing; a BSN another organisation of the region has on file is flagged to both owners, never merged. dryRun=true only checks.")
            .Produces<ImportReport>();

        jobSeekers.MapPost("/import-vum", async (List<VumProfile>? profiles, ImportJobSeekers.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
            {
                var result = await handler.VumAsync(profiles, dryRun, ct);
                return result.IsSuccess ? Results.Ok(ImportReport.From(result.Value, VumProfiles.Fields, text)) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Imports job seekers from a JSON array of profiles in the VUM contract's Werkzoekende shape (idWerkzoekende is the external id; name, birth date, werkfit status and benefit in the \"werkbrug\" extension). Same report as the CSV import; line is the position in the array, from 1.")
            .Produces<ImportReport>();

        jobSeekers.MapGet("/export-vum", async (VumProfiles.ExportHandler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.AllAsync(ct), text, v => Results.Json(v, VumProfiles.Json)))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("The own organisation's job seekers in the VUM contract's Werkzoekende shape (no BSN; eisAanWerk for the owner). Each exported person is recorded in the audit log.")
            .Produces<IReadOnlyList<VumProfile>>();

        jobSeekers.MapGet("/{id:guid}/vum", async (Guid id, VumProfiles.ExportHandler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.OneAsync(id, ct), text, v => Results.Json(v, VumProfiles.Json)))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("One job seeker of the own organisation in the VUM shape; 404 for anyone else's. Recorded in the audit log.")
            .Produces<VumProfile>();

        jobSeekers.MapPost("/find-by-bsn", async (FindByBsn.Command command, FindByBsn.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(command, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("Exact search by BSN within the own organisation. The BSN goes in the body, never in the URL.")
            .Produces<IReadOnlyList<JobSeekerSummary>>();

        FreshnessEndpoints.Map(api);
        jobSeekers.MapPost("/{id:guid}/erase", async (Guid id, EraseJobSeeker.Command command, EraseJobSeeker.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, command, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Erasure)
            .WithSummary("Erases a job seeker of the own organisation on request (reason DataSubjectRequest or NotLawful): the profile and every dependent record are deleted, a placeholder without personal data keeps the statistics; the audit log keeps the pseudonym.")
            .Produces<EraseJobSeeker.Erased>();

        var consents = api.MapGroup("/consents").WithTags("Consents");
        consents.MapGet("/", async ([FromQuery] Guid? jobSeekerId, ConsentList.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                jobSeekerId is { } id
                    ? Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v.Items))
                    : new List<Error> { Error.Validation("JobSeekerId", "Validation.Required") }.Problem(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The consents and legal bases of one job seeker of the own organisation (jobSeekerId), active ones first; 404 for any other organisation.")
            .Produces<IReadOnlyList<ConsentView>>();

        consents.MapPost("/", async ([FromQuery] Guid? jobSeekerId, RecordConsent.Command command, RecordConsent.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                if (jobSeekerId is not { } id)
                {
                    return new List<Error> { Error.Validation("JobSeekerId", "Validation.Required") }.Problem(text);
                }

                var result = await handler.HandleAsync(id, command, ct);
                return result.IsSuccess ? Results.Created($"/api/v1/consents?jobSeekerId={id}", result.Value) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Records a consent or legal basis for a job seeker of the own organisation (jobSeekerId): categories (ContactDetails, FullProfile, WorkRequirements = special category, explicit consent only), recipient organisation of the region or outsideRecipient (consent for Exchange only), purpose, validFrom/validUntil.")
            .Produces<ConsentView>(StatusCodes.Status201Created);

        consents.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawConsent.Command command, WithdrawConsent.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, command, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Withdraws a consent or legal basis of the own organisation with a reason: final (409 when already withdrawn) and effective for every read from now on.")
            .Produces<ConsentView>();

        var matching = api.MapGroup("/matching-profiles").WithTags("Matching profiles");
        matching.MapGet("/", async ([AsParameters] RegionalPool.Query query, RegionalPool.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(query, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The region's pool of other organisations' active job seekers as pseudonymised matching profiles, 50 per page (page).")
            .Produces<Listing<MatchingProfileView>>();

        matching.MapGet("/{pseudonym}", async (string pseudonym, RegionalPool.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.OneAsync(pseudonym, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("One pseudonymised matching profile of another organisation's job seeker in the region.")
            .Produces<MatchingProfileView>();

        api.MapGet("/audit-log", async ([FromQuery] Guid? jobSeekerId, AuditLogQuery.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                jobSeekerId is { } id
                    ? Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v))
                    : new List<Error> { Error.Validation("JobSeekerId", "Validation.Required") }.Problem(text))
            .RequireAuthorization(Policies.Administration)
            .WithTags("Audit log")
            .WithSummary("The processing log of one job seeker of the own organisation (jobSeekerId), for an access request (GDPR art. 15): activity, action, organisation and time, never the colleague.")
            .Produces<AuditLogQuery.Report>();
    }

    private static async Task<string> ReadFormFileAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return await ImportText.ReadAsync(stream, cancellationToken);
    }

    private static IResult Respond<T>(Result<T> result, IStringLocalizer text, Func<T, IResult> success) =>
        result.IsSuccess ? success(result.Value) : result.Errors.Problem(text);
}
