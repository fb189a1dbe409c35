using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = Policies.Freshness)]
public sealed class FreshnessOverviewPage(FreshnessOverview.Handler handler) : PageModel
{
    public FreshnessOverview.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = (await handler.HandleAsync(cancellationToken)).Value;
}
