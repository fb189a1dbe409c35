using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>The placing organisation changes a placement's contract and contact person.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class EditPlacementPage(UpdatePlacement.Handler handler, PlacementDetails.Handler details, PlacementChoices choices, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public UpdatePlacement.Command Input { get; set; } = new();

    public PlacementChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Staff { get; private set; } = [];

    public string VacancyTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess || !result.Value.CanEdit)
        {
            return NotFound();
        }

        var p = result.Value;
        VacancyTitle = p.VacancyTitle;
        Input = new UpdatePlacement.Command
        {
            StartDate = p.StartDate,
            ContractType = p.ContractType,
            HoursPerWeek = p.HoursPerWeek,
            Instrument = p.Instrument,
            JobCoachAgreed = p.JobCoachAgreed,
            ContactPersonUserId = p.ContactPersonUserId,
            Version = p.Version,
        };
        Staff = await choices.StaffAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Placement.Saved"].Value;
            return RedirectToPage("/Placements/Details", new { id });
        }

        // Only the placing organisation edits: to anyone else the form does not exist.
        return result.Errors[0].Kind == ErrorKind.Forbidden
            ? NotFound()
            : await this.RefuseAsync(result.Errors, text, nameof(Input), async () =>
            {
                Staff = await choices.StaffAsync(cancellationToken);
                return true;
            });
    }
}
