using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>"Passende vacatures" for one of the own organisation's job seekers.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class MatchingVacanciesPage(FindVacancies.Handler search, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FindVacancies.Query Filter { get; set; } = new();

    public FindVacancies.Results? Results { get; private set; }

    public Guid JobSeekerId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        JobSeekerId = id;
        var result = await search.HandleAsync(id, Filter with { PageSize = Filter.PageSize ?? FindCandidates.ShownOnPage }, cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text, nameof(Filter));
        }

        Results = result.Value;
        return Page();
    }
}
