using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Goals;

/// <summary>Doelen: the region's yearly plans.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class PlansPage(PlanDetails.Handler handler) : PageModel
{
    public IReadOnlyList<PlanDetails.Row> Plans { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.RegionCoordinator);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Plans = (await handler.ListAsync(PageRequest.All, cancellationToken)).Value.Items;
}
