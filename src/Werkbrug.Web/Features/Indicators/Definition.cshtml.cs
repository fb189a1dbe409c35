using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>The definition of one indicator: what is counted, from which records, its breakdowns and known limits; and its tables to download for the dashboard's filter.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class IndicatorDefinitionPage(IStringLocalizer<SharedResource> text) : PageModel
{
    public IndicatorDefinitions.Item Indicator { get; private set; } = null!;

    /// <summary>The dashboard's filter, kept in the download links.</summary>
    [BindProperty(SupportsGet = true)]
    public IndicatorFigures.Query Filter { get; set; } = new();

    public IActionResult OnGet(string key)
    {
        if (IndicatorCatalogue.Find(key) is not { } indicator)
        {
            return NotFound();
        }

        Indicator = IndicatorDefinitions.Describe(indicator, text);
        return Page();
    }

    /// <summary>The indicator's tables as a CSV file or spreadsheet for the filter; a filter or format that is not valid is a 400.</summary>
    public async Task<IActionResult> OnGetExportAsync(string key, string? format, [FromServices] IndicatorExport.Handler export, CancellationToken cancellationToken)
    {
        var file = await export.HandleAsync(key, Filter, format, cancellationToken);
        return file.IsSuccess ? File(file.Value.Content, file.Value.ContentType, file.Value.Name)
            : file.Errors[0].Kind == ErrorKind.NotFound ? NotFound() : BadRequest();
    }
}
