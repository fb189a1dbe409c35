using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = Policies.JobSeekers)]
public sealed class JobSeekerListPage(JobSeekerList.Handler handler, JobSeekerChoices choices, AccessScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JobSeekerList.Query Filter { get; set; } = new();

    public Paged<JobSeekerSummary> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public JobSeekerChoices Choices => choices;

    public bool MayRegister => scope.IsInRole(Roles.CaseManager);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        Listing = result.IsSuccess ? result.Value : Listing;
    }
}
