using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Infrastructure.Imports;

/// <summary>
/// What an import page says: the resource prefix of its title and introduction ("EmployerImport" gives
/// "EmployerImport.Title" and "EmployerImport.Intro") and where its back link leads.
/// </summary>
public sealed record ImportPageText(string Prefix, string BackHref, string BackKey)
{
    public string TitleKey => Prefix + ".Title";

    public string IntroKey => Prefix + ".Intro";
}

/// <summary>
/// The CSV upload page every import shares (the partial <c>_ImportPage</c> draws it): a file and a dry-run box,
/// then the per-row report. A feature's page names only its route and policy, its columns, its texts and the
/// handler that imports (<see cref="ImportAsync"/>); the authorisation attribute belongs on the feature's page.
/// </summary>
public abstract class ImportPageModel(IStringLocalizer<SharedResource> text, IReadOnlyList<ImportColumn> columns, ImportPageText pageText) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool DryRun { get; set; }

    public ImportReport? Report { get; private set; }

    public IReadOnlyList<ImportColumn> Columns => columns;

    public ImportPageText Text => pageText;

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
        var result = await ImportAsync(new StringReader(csv), DryRun, cancellationToken);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Upload), text.Describe(error));
            }

            return Page();
        }

        Report = ImportReport.From(result.Value, Columns, text, dutchColumnNames: true);
        return Page();
    }

    /// <summary>The feature's import of the uploaded text; a failure refuses the file as a whole.</summary>
    protected abstract Task<Result<ImportResult>> ImportAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken);
}
