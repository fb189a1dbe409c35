using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = Policies.JobSeekers)]
public sealed class RegionalPoolPage(RegionalPool.Handler handler, JobSeekerChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RegionalPool.Query Filter { get; set; } = new();

    public Paged<MatchingProfileView> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public JobSeekerChoices Choices => choices;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        Listing = result.IsSuccess ? result.Value : Listing;
    }
}
