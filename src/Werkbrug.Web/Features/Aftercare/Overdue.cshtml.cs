using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>"Nazorg te laat".</summary>
[Authorize(Policy = Policies.Managers)]
public sealed class OverdueAftercarePage(OverdueAftercare.Handler handler) : PageModel
{
    public OverdueAftercare.Overview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await handler.HandleAsync(cancellationToken);
}
