using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>The population tables for the weighting; the region coordinator imports one per year (CSV).</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class PopulationPage(Population.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<Population.View> Tables { get; private set; } = [];

    public Population.Imported? Report { get; private set; }

    [BindProperty]
    public Population.Query Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool DryRun { get; set; }

    public bool CanEdit => User.IsInRole(Roles.RegionCoordinator);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tables = (await handler.ListAsync(cancellationToken)).Value;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        string csv;
        using (var reader = new StreamReader(Upload?.OpenReadStream() ?? Stream.Null))
        {
            csv = await reader.ReadToEndAsync(cancellationToken);
        }

        var result = await handler.ImportAsync(Input, csv, DryRun, p => text[p.Code, p.Value ?? string.Empty].Value, cancellationToken);
        await OnGetAsync(cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text);
        }

        Report = result.Value;
        return Page();
    }
}
