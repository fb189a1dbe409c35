using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = Policies.JobSeekers)]
public sealed class MatchingProfilePage(RegionalPool.Handler handler, JobSeekerChoices choices) : PageModel
{
    public MatchingProfile Profile { get; private set; } = null!;

    public JobSeekerChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(string pseudonym, CancellationToken cancellationToken)
    {
        var result = await handler.OneAsync(pseudonym, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Profile = result.Value.Profile;
        return Page();
    }
}
