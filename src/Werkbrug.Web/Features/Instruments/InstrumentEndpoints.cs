using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>/api/v1/instruments: the region's instrument catalogue (every staff member reads, its editors change it; ADR 0023) and the eligibility check.</summary>
public static class InstrumentEndpoints
{
    private const string FormatText = "csv (default): UTF-8 with BOM, fields separated by ';', lists by '|', the rules as JSON; json: an array of instruments in the import shape.";

    public static void Map(RouteGroupBuilder api)
    {
        var instruments = api.MapGroup("/instruments").WithTags("Instruments");

        instruments.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] InstrumentCatalogue.Query query, InstrumentCatalogue.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The region's instrument catalogue by name; filters q (name or key), provider, coverage, benefit, municipality (where it applies) and currentOnly (valid today).");

        instruments.MapPost("/", async (SaveInstrument.Command command, SaveInstrument.Handler handler, InstrumentCatalogue.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var saved = await handler.CreateAsync(command, ct);
                return saved.IsSuccess ? (await details.HandleAsync(saved.Value.Id, ct)).Created(text, i => $"{ApiConventions.Prefix}/instruments/{i.Id}") : saved.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.InstrumentEditors)
            .WithSummary("Adds an instrument: key (a-z, 0-9, hyphens; unique in the region), name, provider (Uwv, Municipality, Region, Belastingdienst), legalBasis, coverage (National, Region, Municipalities with municipalities of the region), targetGroups, benefitTypes, provides, duration, conditions, applicationSteps, contact, validFrom, validTo and rules (docs/instruments.md).");

        instruments.MapGet("/{id:guid}", async (Guid id, InstrumentCatalogue.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("One instrument with its rules, rule version, whether the caller watches it and its change log (newest first).");

        instruments.MapPut("/{id:guid}", async (Guid id, SaveInstrument.Command command, SaveInstrument.Handler handler, InstrumentCatalogue.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var saved = await handler.UpdateAsync(id, command, ct);
                return saved.IsSuccess ? (await details.HandleAsync(id, ct)).Ok(text) : saved.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.InstrumentEditors)
            .WithSummary("Changes an instrument; version is the one read (409 when it moved on). Changed rules get the next rule version; the watchers are notified.");

        instruments.MapDelete("/{id:guid}", async (Guid id, int version, SaveInstrument.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.DeleteAsync(id, version, ct)).NoContent(text))
            .RequireAuthorization(Policies.InstrumentEditors)
            .WithSummary("Deletes an instrument (version: the one read). Its change log is kept; the watchers are notified.");

        instruments.MapGet("/{id:guid}/changes", async (Guid id, [AsParameters] PageRequest paging, InstrumentCatalogue.Handler handler, IStringLocalizer<SharedResource> text, HttpRequest request, CancellationToken ct) =>
                paging.Page((await handler.HandleAsync(id, ct)).Select(v => v.Changes)).Ok(text, request))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The change log of an instrument, newest first: who (userId, userName), when (atUtc), action (Created, Updated, Deleted), the rule version after it and each field old → new.");

        instruments.MapPut("/{id:guid}/watch", async (Guid id, WatchInstrument.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, watch: true, ct)).Ok(text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The caller watches the instrument: every change is a notification.");

        instruments.MapDelete("/{id:guid}/watch", async (Guid id, WatchInstrument.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, watch: false, ct)).Ok(text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The caller stops watching the instrument.");

        instruments.MapGet("/export", async ([Description(FormatText)] string? format, InstrumentTransfer.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Download(await handler.ExportAsync(format, ct), text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The whole catalogue as a file: format csv (default) or json, in the shape the import reads.")
            .Produces<Stream>(StatusCodes.Status200OK, InstrumentTransfer.CsvType, InstrumentTransfer.JsonType);

        instruments.MapPost("/import", async (HttpRequest request, InstrumentTransfer.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.ImportAsync(new StringReader(await ImportText.ReadAsync(request.Body, ct)), dryRun, ct)).Ok(text, v => ImportReport.From(v, InstrumentTransfer.Columns, text)))
            .RequireAuthorization(Policies.InstrumentEditors)
            .Accepts<string>(InstrumentTransfer.CsvType, InstrumentTransfer.JsonType)
            .WithSummary("Imports instruments from CSV (columns as the export writes them) or a JSON array (the export's shape). Idempotent by key: a known key updates or leaves the instrument; rows with errors are reported per line and change nothing. dryRun=true only checks.");

        instruments.MapPost("/starter-set", async (InstrumentTransfer.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.LoadStarterSetAsync(dryRun, ct)).Ok(text, v => ImportReport.From(v, InstrumentTransfer.Columns, text)))
            .RequireAuthorization(Policies.InstrumentEditors)
            .WithSummary("Adds the national instruments of Werkbrug's starter set whose keys the region's catalogue lacks; instruments the region has are left as they are. dryRun=true only reports.");

        instruments.MapGet("/matrix", async ([AsParameters] InstrumentMatrix.Query query, InstrumentMatrix.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The harmonisation matrix on a day (on, default today): per row (an instrument, or a family of local variants) and municipality of the region Same, Different (with each difference from the row's common conditions) or Absent; the harmonisation figure (the percentage of the regional and municipal rows' cells that are the same) and its course on the first day of each of the past 12 months, rebuilt from the change log.");

        instruments.MapGet("/matrix/export", async ([AsParameters] InstrumentMatrix.Query query, [Description("xlsx (default): a workbook with the sheets Matrix and Verloop; csv: the same rows, UTF-8 with BOM, ';'.")] string? format, InstrumentMatrix.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                DownloadMatrix(await handler.ExportAsync(query, format, ct), text))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The harmonisation matrix as a spreadsheet (format xlsx, default) or CSV, with the page's texts per cell and the course of the figure.")
            .Produces<Stream>(StatusCodes.Status200OK, Indicators.IndicatorExport.XlsxType, Indicators.IndicatorExport.CsvType);

        instruments.MapGet("/public-check", async ([AsParameters] PublicSupport.Query query, PublicSupport.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicForms)
            .WithSummary("Public, without signing in (rate-limited per address like the front door's forms): which instruments of the front door's region may apply for an employer (size) and the kind of person they want to hire (municipality of residence, benefit, jobsAgreement, age group, contract, hours; each may be left out). No personal data. Per instrument Applies, MayApply (with the open points) or DoesNotApply, and the rule version used.");

        instruments.MapGet("/eligibility", async ([AsParameters] CheckEligibility.Query query, CheckEligibility.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("Which instruments fit a candidate (pseudonym) at an employer, optionally for one of its vacancies: per instrument Applies, MayApply or DoesNotApply with the reason per rule (Met, NotMet, Open, AskCaseManager) and the rule version used. Facts the caller may not see are AskCaseManager. A read of personal data: audit-logged.");
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> DownloadMatrix(Result<InstrumentMatrix.File> file, IStringLocalizer text) =>
        file.IsSuccess ? TypedResults.File(file.Value.Content, file.Value.ContentType, file.Value.Name) : file.Errors.Problem(text);

    private static Results<FileContentHttpResult, ProblemHttpResult> Download(Result<InstrumentTransfer.File> file, IStringLocalizer text) =>
        file.IsSuccess ? TypedResults.File(file.Value.Content, file.Value.ContentType, file.Value.Name) : file.Errors.Problem(text);
}
