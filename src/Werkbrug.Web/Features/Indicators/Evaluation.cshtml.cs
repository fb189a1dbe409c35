using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// Jaarevaluatie: the region's year in figures against the year before, printable, as a Word document, and with the
/// text the region coordinator writes (the others read it).
/// </summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class EvaluationPage(Evaluation.Handler handler, IAuthorizationService authorization, IStringLocalizer<SharedResource> text, TimeProvider clock) : PageModel
{
    /// <summary>The calendar year; by default the year before this one (the one a region evaluates).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public Evaluation.SaveText Input { get; set; } = new();

    public Evaluation.Report? Report { get; private set; }

    public bool CanWrite { get; private set; }

    public int ShownYear => Year ?? Evaluation.DefaultYear(clock);

    public int CurrentYear => DutchTime.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var report = await LoadAsync(cancellationToken);
        if (report.IsSuccess)
        {
            Input = new Evaluation.SaveText { Text = report.Value.Text, Version = report.Value.TextVersion };
        }
        else
        {
            foreach (var error in report.Errors)
            {
                ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnGetDocumentAsync(CancellationToken cancellationToken)
    {
        var report = await handler.ReportAsync(ShownYear, cancellationToken);
        return report.IsSuccess
            ? File(EvaluationDocument.Write(report.Value, text), EvaluationDocument.ContentType, EvaluationDocument.FileName(report.Value))
            : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EvaluationWriters)).Succeeded)
        {
            return Forbid();
        }

        var saved = await handler.SaveTextAsync(ShownYear, Input, cancellationToken);
        if (!saved.IsSuccess)
        {
            await LoadAsync(cancellationToken);
            return this.Refuse(saved.Errors, text);
        }

        TempData["Notice"] = text["Evaluation.Saved", ShownYear].Value;
        return LocalRedirect($"/indicators/evaluation?Year={ShownYear}");
    }

    private async Task<Result<Evaluation.Report>> LoadAsync(CancellationToken cancellationToken)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.EvaluationWriters)).Succeeded;
        var report = await handler.ReportAsync(ShownYear, cancellationToken);
        Report = report.IsSuccess ? report.Value : null;
        return report;
    }
}
