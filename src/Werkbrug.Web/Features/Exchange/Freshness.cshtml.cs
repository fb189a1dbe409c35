using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Exchange;

[Authorize(Policy = Policies.ExchangeFreshness)]
public sealed class FreshnessPage(ExchangeFreshness.Handler handler) : PageModel
{
    public ExchangeFreshness.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = (await handler.HandleAsync(cancellationToken)).Value;
}
