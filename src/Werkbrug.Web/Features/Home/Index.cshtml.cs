using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Home;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexPage(StartPage.Handler handler, TodayList.Handler today) : PageModel
{
    public StartPage.View View { get; private set; } = null!;

    public TodayList.View Today { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await handler.HandleAsync(cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Today = await today.HandleAsync(cancellationToken);
        return Page();
    }
}
