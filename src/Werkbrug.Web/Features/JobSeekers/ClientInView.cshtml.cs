using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Domain.Organisations;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class ClientInViewPage(ClientInView.Handler handler, JobSeekerChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ClientInView.Query Filter { get; set; } = new();

    public ClientInView.View? View { get; private set; }

    public JobSeekerChoices Choices => choices;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (!result.IsSuccess)
        {
            // A page number or size out of range: the first page.
            result = await handler.HandleAsync(Filter with { Page = null, PageSize = null }, cancellationToken);
        }

        View = result.Value;
    }
}
