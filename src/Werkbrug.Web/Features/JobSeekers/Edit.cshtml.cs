using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class EditJobSeekerPage(SaveJobSeeker.Handler handler, JobSeekerDetails.Handler details, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public JobSeekerChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Sections { get; private set; } = [];

    public string? BsnMasked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess || result.Value.Full is not { Access: FullProfile.AccessFull } p)
        {
            return NotFound();
        }

        BsnMasked = p.BsnMasked;
        Input = ProfileForm.From(p);
        Sections = await choices.SectionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.EditAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["JobSeeker.Saved"].Value;
            return RedirectToPage("/JobSeekers/Details", new { id });
        }

        Input = Input with { Bsn = null };
        Sections = await choices.SectionsAsync(cancellationToken);
        return this.Refuse(result.Errors, text);
    }
}
