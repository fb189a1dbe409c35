using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>The harmonisation matrix of the region (every staff member reads it), printable, with its downloads and the course of the figure.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MatrixPage(InstrumentMatrix.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public InstrumentMatrix.Query Filter { get; set; } = new();

    public InstrumentMatrix.View? Matrix { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(ModelState.ErrorCount == 0 ? Filter : new InstrumentMatrix.Query(), cancellationToken);
        if (ModelState.ErrorCount > 0)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Filter.On), text["InstrumentMatrix.DayInvalid"].Value);
        }

        if (result.IsSuccess)
        {
            Matrix = result.Value;
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }

    /// <summary>The matrix as a spreadsheet or CSV (the API takes bearer tokens only).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var file = await handler.ExportAsync(Filter, format, cancellationToken);
        if (file.IsSuccess)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.Name);
        }

        await OnGetAsync(cancellationToken);
        ModelState.AddModelError(string.Empty, text.Describe(file.Errors[0]));
        return Page();
    }

    public string ExportLink(string format) =>
        $"/instruments/matrix?handler=Export&format={format}&On={Matrix?.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static string Percent(double? percent, IStringLocalizer text) =>
        percent is { } p ? p.ToString("0.#", CultureInfo.CurrentCulture) + "%" : text["InstrumentMatrix.NoFigure"].Value;

    public BarChart Course() => new(
        "matrix-course", text["InstrumentMatrix.CourseCaption"], text["InstrumentMatrix.Day"], [text["InstrumentMatrix.Figure"]],
        [.. Matrix!.History.Select(p => new BarChartRow(DutchTime.Format(p.On), [new BarValue(p.HarmonisedPercent, Percent(p.HarmonisedPercent, text))]))]);
}
