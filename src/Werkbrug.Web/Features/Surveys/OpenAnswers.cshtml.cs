using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Domain.Organisations;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>The texts given to one open question, for the region coordinator (none below the small-group threshold).</summary>
[Authorize(Policy = "Role:" + Roles.RegionCoordinator)]
public sealed class OpenAnswersPage(OpenAnswers.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public OpenAnswers.Query Filter { get; set; } = new();

    public IReadOnlyList<OpenAnswers.Text> Texts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Filter, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Texts = result.Value;
        return Page();
    }
}
