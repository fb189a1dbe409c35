using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>A survey's results: per question a chart with its accessible table, weighted beside unweighted with intervals, and the score's trend.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class ResultsPage(SurveyResults.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    public SurveyResults.View Results { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public SurveyResults.Query Filter { get; set; } = new();

    public bool IsMonitor => Results.TemplateKey == Domain.Surveys.Templates.EmployerMonitor.Key;

    public bool CanReadOpenAnswers => User.IsInRole(Roles.RegionCoordinator);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Filter, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors.Any(e => e.Kind == Domain.Common.ErrorKind.NotFound) ? NotFound() : BadRequest();
        }

        Results = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, [FromServices] SurveyExport.Handler export, CancellationToken cancellationToken)
    {
        var file = await export.HandleAsync(id, Filter, format, cancellationToken);
        return file.IsSuccess ? File(file.Value.Content, file.Value.ContentType, file.Value.Name)
            : file.Errors[0].Kind == Domain.Common.ErrorKind.NotFound ? NotFound() : BadRequest();
    }

    /// <summary>The download of these results (this year and version) in <paramref name="format"/>.</summary>
    public string ExportLink(string format) => string.Create(
        CultureInfo.InvariantCulture, $"/surveys/{Results.Id}/results?handler=Export&format={format}&Version={Results.Version}{(Results.Year is { } y ? $"&Year={y}" : null)}{(Filter.Organisation is { } o ? $"&Organisation={o}" : null)}");

    public static string Percent(SurveyResults.EstimateView? e) =>
        e is null ? "–" : string.Create(Dutch, $"{e.Value * 100:0.0} % ({e.Low * 100:0.0}–{e.High * 100:0.0})");

    public static string Mean(SurveyResults.EstimateView? e) =>
        e is null ? "–" : string.Create(Dutch, $"{e.Value:0.0} ({e.Low:0.0}–{e.High:0.0})");

    public BarChart Chart(SurveyResults.QuestionView q) => new(
        "chart-" + q.Key,
        text["Surveys.ChartCaption", q.Label, q.Text, q.Respondents].Value,
        text["Surveys.Answer"].Value,
        [text["Surveys.Unweighted"].Value, text["Surveys.Weighted"].Value],
        [.. q.Categories.Select(c => new BarChartRow(
            c.Text,
            c.Hidden
                ? [new BarValue(null, text["Surveys.Hidden"].Value), new BarValue(null, text["Surveys.Hidden"].Value)]
                : [new BarValue(c.Unweighted!.Value * 100, Percent(c.Unweighted)), new BarValue(c.Weighted!.Value * 100, Percent(c.Weighted))]))]);

    public BarChart Trend() => new(
        "chart-trend",
        text["Surveys.TrendCaption"].Value,
        text["Field.Year"].Value,
        [text["Surveys.Unweighted"].Value, text["Surveys.Weighted"].Value],
        [.. Results.Trend.Select(t => new BarChartRow(
            t.Year.ToString(CultureInfo.InvariantCulture),
            t.Score is null
                ? [new BarValue(null, text[t.Suppressed ? "Surveys.Hidden" : "Surveys.NoFigure"].Value), new BarValue(null, text[t.Suppressed ? "Surveys.Hidden" : "Surveys.NoFigure"].Value)]
                : [new BarValue(t.Score.Value, Mean(t.Score)), new BarValue(t.WeightedScore!.Value, Mean(t.WeightedScore))]))]);
}
