using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>Register and edit share the form (_ProfileForm) and these choices.</summary>
[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class RegisterJobSeekerPage(SaveJobSeeker.Handler handler, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new() { WerkfitStatus = WerkfitStatus.WorkReadyLater, Benefit = BenefitType.None };

    public JobSeekerChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sections = await choices.SectionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.RegisterAsync(Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["JobSeeker.Registered"].Value;
            return RedirectToPage("/JobSeekers/Details", new { id = result.Value });
        }

        Input = Input with { Bsn = null };
        Sections = await choices.SectionsAsync(cancellationToken);
        return this.Refuse(result.Errors, text);
    }
}
