using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.IntakeRequests;

[Authorize(Policy = Policies.Managers)]
public sealed class OverdueIntakeRequestsPage(OverdueIntakeRequests.Handler handler, IntakeRequestChoices choices) : PageModel
{
    public OverdueIntakeRequests.Overview Overview { get; private set; } = new(default, 0, []);

    public IntakeRequestChoices Choices => choices;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await handler.HandleAsync(cancellationToken);
}
