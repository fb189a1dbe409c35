using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

[Authorize(Policy = Policies.Advisers)]
public sealed class JobCarvingPage(CarveJob.Handler handler, JobCarvingChoices.Handler sources, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CarveJob.Command Input { get; set; } = new();

    public JobCarvingChoices.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input with { EmployerId = id }, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["JobCarving.Created", Input.Title!.Trim()].Value;
            return RedirectToPage("/Vacancies/Details", new { id = result.Value });
        }

        return await LoadAsync(id, cancellationToken) ? this.Refuse(result.Errors, text) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await sources.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        View = result.Value;
        return true;
    }
}
