using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// /api/v1/surveys: the region's surveys, their questionnaires and versions, invitations, results with weighting and the
/// population table (the same handlers as the pages). Managers, coordinators and analysts read results; the region
/// coordinator maintains surveys and reads open answers; a case manager makes a job seeker's link.
/// </summary>
public static class SurveyEndpoints
{
    private static readonly string Edit = Policies.ForRole(Roles.RegionCoordinator);

    public static void Map(RouteGroupBuilder api)
    {
        var surveys = api.MapGroup("/surveys").WithTags("Surveys");

        surveys.MapGet("/", async ([AsParameters] PageRequest paging, SurveyCatalogue.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(paging, ct)).Ok(text, request))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("The region's surveys by title: audience (Employers, JobSeekers, Regions), the template it started from, open or closed, current version, number of responses.");

        surveys.MapGet("/templates", ([AsParameters] PageRequest paging, HttpRequest request, IStringLocalizer<SharedResource> text) =>
                paging.Page(SurveyCatalogue.Handler.Templates()).Ok(text, request))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("The shipped questionnaires a survey can start from: the yearly employer-satisfaction survey, the inspection report's employer questionnaire (appendix 2) and regions questionnaire (appendix 1), job-seeker satisfaction.");

        surveys.MapPost("/", async (SurveyCatalogue.CreateCommand command, SurveyCatalogue.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var created = await handler.CreateAsync(command, ct);
                return (created.IsSuccess ? await handler.HandleAsync(created.Value, ct) : Domain.Common.Result<SurveyCatalogue.View>.Failure(created.Errors))
                    .Created(text, s => $"{ApiConventions.Prefix}/surveys/{s.Id}");
            })
            .RequireAuthorization(Edit)
            .WithSummary("The region coordinator starts a survey from a template (templateKey): version 1 is the template; open, no automatic invitations until set.");

        surveys.MapGet("/{id:guid}", async (Guid id, SurveyCatalogue.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("One survey: its settings, versions (number, date, responses) and the current version's questionnaire (questions with stable keys, types, Dutch and English texts, options, rows and routing conditions).");

        surveys.MapPut("/{id:guid}/settings", async (Guid id, SaveSurvey.Settings command, SaveSurvey.Handler handler, SurveyCatalogue.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var saved = await handler.SettingsAsync(id, command, ct);
                return (saved.IsSuccess ? await details.HandleAsync(id, ct) : Domain.Common.Result<SurveyCatalogue.View>.Failure(saved.Errors)).Ok(text);
            })
            .RequireAuthorization(Edit)
            .WithSummary("Open or close the survey, its automatic invitations (afterIntakeRequest, afterReferral, afterPlacement; employer surveys only), the period of the once-per-employer rule and how long a link works; version is the one read (409 when it moved on).");

        surveys.MapPut("/{id:guid}/questionnaire", async (Guid id, SaveSurvey.QuestionnaireCommand command, SaveSurvey.Handler handler, SurveyCatalogue.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var saved = await handler.QuestionnaireAsync(id, command, ct);
                return (saved.IsSuccess ? await details.HandleAsync(id, ct) : Domain.Common.Result<SurveyCatalogue.View>.Failure(saved.Errors)).Ok(text);
            })
            .RequireAuthorization(Edit)
            .WithSummary("Saves a changed questionnaire as the next version (unchanged: nothing happens); earlier responses keep their version. Every condition must read earlier questions and their options; errors name questions[KEY].");

        surveys.MapPost("/{id:guid}/yearly-round", async (Guid id, SendInvitations.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.YearlyRoundAsync(id, ct)).Ok(text))
            .RequireAuthorization(Edit)
            .WithSummary("Invites every client employer of the region by e-mail (a personal, expiring link through the outbox), except those invited by this survey within its period and those who unsubscribed; answers the counts.");

        surveys.MapPost("/job-seeker-links", async (SendInvitations.LinkCommand command, SendInvitations.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.JobSeekerLinkAsync(command, ct)).Ok(text))
            .RequireAuthorization(Policies.ForRole(Roles.CaseManager))
            .WithSummary("A case manager makes a personal link to an open job-seeker survey to hand over; the path (with its token) is shown once. No address or name is kept.");

        surveys.MapGet("/{id:guid}/results", async (Guid id, [AsParameters] SurveyResults.Query query, SurveyResults.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, query, ct)).Ok(text))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("Results of one version and year per question: per option the count and the unweighted and weighted share with 95 % intervals (Wilson, effective sample size), means for marks and numbers; small groups hidden; the weighting method and effective n; the trend of the satisfaction score per year. See /surveys/method.");

        surveys.MapGet("/{id:guid}/results/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, [AsParameters] SurveyResults.Query query, [Description("csv: UTF-8 with BOM, fields separated by ';', decimal comma; xlsx: an Office Open XML spreadsheet.")] string? format, SurveyExport.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var file = await handler.HandleAsync(id, query, format, ct);
                return file.IsSuccess ? TypedResults.File(file.Value.Content, file.Value.ContentType, file.Value.Name) : file.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.Indicators)
            .Produces<Stream>(StatusCodes.Status200OK, Indicators.IndicatorExport.CsvType, Indicators.IndicatorExport.XlsxType)
            .WithSummary("The results of GET /surveys/{id}/results (same year and version) as a CSV file or a spreadsheet: header rows (survey, version, year, responses, weighting, effective n, population table, small-group note), per question its answers with count, unweighted and weighted share and 95 % bounds, and the mean of a mark; a second part with the report mark per year. A hidden figure is the word 'afgeschermd'; open answers are not exported.");

        surveys.MapGet("/{id:guid}/monitor", async (Guid id, [AsParameters] SurveyMonitor.Query query, SurveyMonitor.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, query, ct)).Ok(text))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("The monitor view of a survey started from the employer questionnaire (appendix 2): the inspection report's chapter 6 figures for one year (knowing the service point, contact, reasons for not using it, people with a work limitation at work, willingness to hire, reasons), each a weighted share per base with its 95 % interval; small groups hidden. Another survey: 400.");

        surveys.MapGet("/{id:guid}/open-answers", async (Guid id, [AsParameters] OpenAnswers.Query query, [AsParameters] PageRequest paging, OpenAnswers.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(await handler.HandleAsync(id, query, ct)).Ok(text, request))
            .RequireAuthorization(Edit)
            .WithSummary("The texts given to one question (question: its key) of a version and year, for the region coordinator; none when fewer respondents gave one than the small-group threshold.");

        surveys.MapGet("/shared-responses", RuntimeBinding.Handler(async ([AsParameters] SharedResponses.Query query, SharedResponses.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.SharedSurveyResponses)
            .WithSummary("The responses whose respondents agreed that the signed-in adviser (the employer's account manager when invited, or the case manager who handed over the link) may see them as theirs, newest first: survey, version, day, why invited, employer (none for a job seeker), report mark and every answer in words. Only the caller's own; all other responses stay anonymous and count only in the aggregate results, where small groups stay hidden. survey: only that survey's.");

        surveys.MapGet("/population", async ([AsParameters] PageRequest paging, Population.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(await handler.ListAsync(ct)).Ok(text, request))
            .RequireAuthorization(Policies.Indicators)
            .WithSummary("The region's population tables for the weighting, newest year first: cells (SBI section × size class) or margins.");

        surveys.MapPost("/population", async ([AsParameters] Population.Query query, HttpRequest request, Population.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.ImportAsync(query, await ImportText.ReadAsync(request.Body, ct), dryRun, p => text[p.Code, p.Value ?? string.Empty].Value, ct)).Ok(text))
            .RequireAuthorization(Edit)
            .Accepts<string>("text/csv")
            .WithSummary("Imports the population of employers of one year (CSV: sectie, grootteklasse 1-9/10-49/50-99/100+, aantal; cells or margins), replacing that year's table. Problems are reported per line and change nothing; dryRun=true only checks.");
    }
}
