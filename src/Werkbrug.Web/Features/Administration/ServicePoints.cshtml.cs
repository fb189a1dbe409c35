using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

[Authorize(Policy = Policies.Administration)]
public sealed class ServicePointsPage(ServicePoints.List.Handler handler) : PageModel
{
    public IReadOnlyList<ServicePoints.Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await handler.HandleAsync(cancellationToken);
}
