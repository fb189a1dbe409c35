using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>Instrumentengids: the region's catalogue with its filters, the exports and (for its editors) the starter set.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InstrumentListPage(InstrumentCatalogue.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public InstrumentCatalogue.Query Filter { get; set; } = new();

    public Paged<InstrumentCatalogue.Row> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public bool CanEdit => Policies.InstrumentEditorRoles.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Municipalities = [.. (await handler.MunicipalitiesAsync(cancellationToken)).Select(m => KeyValuePair.Create(m, m))];
        var result = await handler.ListAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Listing = result.Value;
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }

    /// <summary>The catalogue as a CSV or JSON file.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, [FromServices] InstrumentTransfer.Handler transfer, CancellationToken cancellationToken)
    {
        var file = await transfer.ExportAsync(format, cancellationToken);
        if (file.IsSuccess)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.Name);
        }

        await OnGetAsync(cancellationToken);
        ModelState.AddModelError(string.Empty, text.Describe(file.Errors[0]));
        return Page();
    }

    /// <summary>Adds the national starter set's instruments the region lacks (editors only).</summary>
    public async Task<IActionResult> OnPostStarterSetAsync([FromServices] InstrumentTransfer.Handler transfer, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await transfer.LoadStarterSetAsync(dryRun: false, cancellationToken);
        TempData["Notice"] = text["Instruments.StarterSetLoaded", result.Value.Rows.Count(r => r.Outcome == ImportOutcome.Created)].Value;
        return RedirectToPage();
    }
}
