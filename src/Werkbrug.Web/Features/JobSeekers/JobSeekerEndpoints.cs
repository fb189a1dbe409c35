using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>The job-seeker pool and the regional matching profiles: the /api/v1 endpoints.</summary>
public static class JobSeekerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var jobSeekers = api.MapGroup("/job-seekers").WithTags("Job seekers");
        jobSeekers.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] JobSeekerList.Query query, JobSeekerList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The own organisation's job seekers, filtered by name (q). Each one listed is recorded in the audit log.");

        jobSeekers.MapGet("/{id:guid}", async Task<Results<Ok<FullProfile>, Ok<SharedProfile>, Ok<MatchingProfileView>, ProblemHttpResult>> (Guid id, JobSeekerDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) switch
                {
                    { IsSuccess: false } failed => failed.Errors.Problem(text),
                    { Value.Full: { } full } => TypedResults.Ok(full),
                    { Value.Shared: { } shared } => TypedResults.Ok(shared),
                    var read => TypedResults.Ok(read.Value.Matching),
                })
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("One job seeker: the full profile (access \"full\") for the owner organisation, the pseudonymised matching profile (access \"pseudonymised\") for other organisations of the region, or the parts an active consent or legal basis grants that organisation (access \"shared\"), 404 otherwise.");

        jobSeekers.MapGet("/{id:guid}/referrals", async (Guid id, [AsParameters] PageRequest paging, JobSeekerReferrals.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(await handler.HandleAsync(id, ct)).Ok(text, request))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The referrals of one of the own organisation's job seekers and how they ended, newest first, as the referral list shows them; 404 for anyone else's. Recorded in the audit log.");

        jobSeekers.MapPost("/", async (ProfileInput input, SaveJobSeeker.Handler handler, JobSeekerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.RegisterAsync(input, ct).ThenAsync(id => details.AfterWriteAsync(id, ct))).Select(v => v.Full!).Created(text, p => $"/api/v1/job-seekers/{p.Id}"))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Registers a job seeker in the own organisation with the caller as case manager. The BSN (optional, elfproef) is stored encrypted and never returned.");

        jobSeekers.MapPut("/{id:guid}", async (Guid id, ProfileInput input, SaveJobSeeker.Handler handler, JobSeekerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.EditAsync(id, input, ct).ThenAsync(_ => details.AfterWriteAsync(id, ct))).Ok(text, v => v.Full!))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Changes a job seeker of the own organisation; version is the one read (409 when it moved on). An empty bsn keeps the number on file.");

        jobSeekers.MapPost("/import", async (HttpRequest request, ImportJobSeekers.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
            {
                var csv = request.HasFormContentType && request.Form.Files.Count > 0
                    ? await ReadFormFileAsync(request.Form.Files[0], ct)
                    : await ImportText.ReadAsync(request.Body, ct);
                return (await handler.CsvAsync(new StringReader(csv), dryRun, ct)).Ok(text, v => ImportReport.From(v, ImportJobSeekers.Columns, text));
            })
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .Accepts<string>("text/csv")
            .WithSummary("Imports job seekers into the caller's organisation from CSV (text/csv body or a multipart file; columns in docs/import.md). Idempotent by externalId; rows with errors are reported per line and column (never with the BSN) and change nothing; a BSN another organisation of the region has on file is flagged to both owners, never merged. dryRun=true only checks.");

        jobSeekers.MapPost("/import-vum", async (List<VumProfile>? profiles, ImportJobSeekers.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.VumAsync(profiles, dryRun, ct)).Ok(text, v => ImportReport.From(v, VumProfiles.Fields, text)))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Imports job seekers from a JSON array of profiles in the VUM contract's Werkzoekende shape (idWerkzoekende is the external id; name, birth date, werkfit status and benefit in the \"werkbrug\" extension). Same report as the CSV import; line is the position in the array, from 1.");

        // The VUM contract's own JSON shape (VumProfiles.Json) in the collection: the contract's list is a bare array
        // without paging. A JSON result does not describe its body itself.
        jobSeekers.MapGet("/export-vum", async ([AsParameters] PageRequest paging, VumProfiles.ExportHandler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.AllAsync(paging, ct)).Select(p => p.ToCollection(request)).Json(text, VumProfiles.Json))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("The own organisation's job seekers in the VUM contract's Werkzoekende shape (no BSN; eisAanWerk for the owner). Each exported person is recorded in the audit log.")
            .Produces<Collection<VumProfile>>();

        jobSeekers.MapGet("/{id:guid}/vum", async (Guid id, VumProfiles.ExportHandler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.OneAsync(id, ct)).Json(text, VumProfiles.Json))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("One job seeker of the own organisation in the VUM shape; 404 for anyone else's. Recorded in the audit log.")
            .Produces<VumProfile>();

        jobSeekers.MapPost("/find-by-bsn", async (FindByBsn.Command command, [AsParameters] PageRequest paging, FindByBsn.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(command, paging, ct)).Ok(text, request))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("Exact search by BSN within the own organisation. The BSN goes in the body, never in the URL.");

        var matching = api.MapGroup("/matching-profiles").WithTags("Matching profiles").RequireAuthorization(Policies.JobSeekers);
        matching.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] RegionalPool.Query query, RegionalPool.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .WithSummary("The region's pool of other organisations' active job seekers as pseudonymised matching profiles.");

        matching.MapGet("/{pseudonym}", async (string pseudonym, RegionalPool.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.OneAsync(pseudonym, ct)).Ok(text))
            .WithSummary("One pseudonymised matching profile of another organisation's job seeker in the region.");
    }

    private static async Task<string> ReadFormFileAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return await ImportText.ReadAsync(stream, cancellationToken);
    }
}
