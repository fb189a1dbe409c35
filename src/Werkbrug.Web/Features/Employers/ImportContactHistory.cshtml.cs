using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Upload a legacy contact history (CSV) and read the per-row report; the same policy as the employer import.</summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class ImportContactHistoryPage(ImportContactHistory.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool DryRun { get; set; }

    public ContactHistoryReport? Report { get; private set; }

    public IReadOnlyList<ImportColumn> Columns => ImportContactHistory.Columns;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.NoFile"]);
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var csv = await ImportText.ReadAsync(stream, cancellationToken);
        var result = await handler.HandleAsync(new StringReader(csv), DryRun, cancellationToken);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Upload), text.Describe(error));
            }

            return Page();
        }

        Report = ContactHistoryReport.From(result.Value, text, dutchColumnNames: true);
        return Page();
    }
}
