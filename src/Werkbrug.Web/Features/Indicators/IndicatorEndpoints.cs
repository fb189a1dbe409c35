using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>/api/v1/indicators: the catalogue with definitions, the figures of one indicator (the same handler as the dashboard) and their exports. Aggregates only.</summary>
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

        // The yearly evaluation; without a year, the one before this one (the year a region evaluates).
        indicators.MapGet("/evaluation", async (int? year, Evaluation.Handler handler, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken ct) =>
                (await handler.ReportAsync(year ?? Evaluation.DefaultYear(clock), ct)).Ok(text))
            .WithSummary("The region's yearly evaluation (year: 2000 up to the current one; default the year before): every indicator for the calendar year against the year before (the same figures as GET /indicators/{key} for that year), with what it counts and its limits, and the region coordinator's text with its version.");

        indicators.MapPut("/evaluation/text", async (int? year, Evaluation.SaveText command, Evaluation.Handler handler, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken ct) =>
                (await handler.SaveTextAsync(year ?? Evaluation.DefaultYear(clock), command, ct)).Ok(text))
            .RequireAuthorization(Policies.EvaluationWriters)
            .WithSummary("Saves the region coordinator's text of the yearly evaluation (region coordinators only). version is the textVersion the writer read (0 when there was no text yet); a text saved meanwhile is a 409 and nothing changes.");

        indicators.MapGet("/evaluation/document", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int? year, Evaluation.Handler handler, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken ct) =>
            {
                var report = await handler.ReportAsync(year ?? Evaluation.DefaultYear(clock), ct);
                return report.IsSuccess
                    ? TypedResults.File(EvaluationDocument.Write(report.Value, text), EvaluationDocument.ContentType, EvaluationDocument.FileName(report.Value))
                    : report.Errors.Problem(text);
            })
            .Produces<Stream>(StatusCodes.Status200OK, EvaluationDocument.ContentType)
            .WithSummary("The yearly evaluation as a Word document (.docx): headings, the coordinator's text, per indicator its figures, definition, tables and a bar chart of its first breakdown.");
        indicators.MapGet("/export", async ([AsParameters] IndicatorFigures.Query query, [Description(FormatText)] string? format, IndicatorExport.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Download(await handler.HandleAsync(null, query, format, ct), text))
            .WithSummary("Every indicator (the dashboard) for the same filter as GET /indicators/{key}, as one CSV file (the indicators one after the other) or one spreadsheet (a sheet per indicator). " + FileText)
            .Produces<Stream>(StatusCodes.Status200OK, IndicatorExport.CsvType, IndicatorExport.XlsxType);

        indicators.MapGet("/{key}/export", async (string key, [AsParameters] IndicatorFigures.Query query, [Description(FormatText)] string? format, IndicatorExport.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Download(await handler.HandleAsync(key, query, format, ct), text))
            .WithSummary("One indicator's tables for the same filter as GET /indicators/{key}, as a CSV file or a spreadsheet. " + FileText)
            .Produces<Stream>(StatusCodes.Status200OK, IndicatorExport.CsvType, IndicatorExport.XlsxType);
    }

    private const string FormatText = "csv: UTF-8 with BOM, fields separated by ';', decimal comma; xlsx: an Office Open XML spreadsheet.";

    private const string FileText = "Header rows give the indicator, its key, the period, the previous period, the filter and the small-group note; then per breakdown its rows and total, current and previous period " +
                                    "(a share as percentage, count and base; an average as days and count). A suppressed figure is the word 'afgeschermd', never a number.";

    private static Results<FileContentHttpResult, ProblemHttpResult> Download(Result<IndicatorExport.File> file, IStringLocalizer text) =>
        file.IsSuccess ? TypedResults.File(file.Value.Content, file.Value.ContentType, file.Value.Name) : file.Errors.Problem(text);
}
