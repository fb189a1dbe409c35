using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = Policies.JobSeekers)]
public sealed class FindByBsnPage(FindByBsn.Handler handler, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public FindByBsn.Command Input { get; set; } = new();

    public IReadOnlyList<JobSeekerSummary>? Found { get; private set; }

    public JobSeekerChoices Choices => choices;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input, PageRequest.All, cancellationToken);

        // Never echo the number back into the form.
        Input = new FindByBsn.Command();
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text);
        }

        if (result.Value.Items is [var only])
        {
            return RedirectToPage("/JobSeekers/Details", new { id = only.Id });
        }

        Found = result.Value.Items;
        return Page();
    }
}
