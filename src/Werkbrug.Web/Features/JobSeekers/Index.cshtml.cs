using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = Policies.JobSeekers)]
public sealed class JobSeekerListPage(JobSeekerList.Handler handler, JobSeekerChoices choices, JobSeekerAccess access, AccessScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JobSeekerList.Query Filter { get; set; } = new();

    public Paged<JobSeekerSummary> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public JobSeekerChoices Choices => choices;

    public bool MayRegister => scope.IsInRole(Roles.CaseManager);

    /// <summary>Whether the user sees the own organisation's job seekers by name (case managers and managers); the rest use the pool.</summary>
    public bool SeesNames => access.OwnLevel.ShowsIdentity();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!SeesNames)
        {
            return;
        }

        var result = await handler.HandleAsync(Filter, cancellationToken);
        Listing = result.IsSuccess ? result.Value : Listing;
    }
}
