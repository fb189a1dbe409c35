using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>Enquêtes: the region's surveys; the region coordinator starts one from a shipped template.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class SurveysPage(SurveyCatalogue.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<SurveyCatalogue.Row> Surveys { get; private set; } = [];

    public IReadOnlyList<SurveyCatalogue.TemplateRow> Templates => SurveyCatalogue.Handler.Templates();

    [BindProperty]
    public SurveyCatalogue.CreateCommand Input { get; set; } = new();

    public bool CanEdit => User.IsInRole(Roles.RegionCoordinator);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Surveys = (await handler.ListAsync(PageRequest.All, cancellationToken)).Value.Items;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var created = await handler.CreateAsync(Input, cancellationToken);
        if (!created.IsSuccess)
        {
            await OnGetAsync(cancellationToken);
            return this.Refuse(created.Errors, text);
        }

        TempData["Notice"] = text["Surveys.Created"].Value;
        return Redirect($"/surveys/{created.Value}");
    }
}
