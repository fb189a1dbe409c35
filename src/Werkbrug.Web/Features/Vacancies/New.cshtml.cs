using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

[Authorize(Policy = Policies.Advisers)]
public sealed class NewVacancyPage(CreateVacancy.Handler handler, VacancyPrefill.Handler prefill, VacancyChoices choices, MatchingCodes codes, AccessScope scope, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public CreateVacancy.Command Input { get; set; } = new();

    /// <summary>Pressed "extra regels": show more empty rows, save nothing.</summary>
    [BindProperty]
    public bool More { get; set; }

    public VacancyForm Form { get; private set; } = null!;

    public string? UnmatchedCompany { get; private set; }

    public string? UnmatchedKvk { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? employer, Guid? intakeRequest, CancellationToken cancellationToken)
    {
        var result = await prefill.HandleAsync(employer, intakeRequest, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        (Input, UnmatchedCompany, UnmatchedKvk) = result.Value;
        Form = await VacancyForm.BuildAsync(Input, VacancyForm.EmptyRows, choices, scope, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (More)
        {
            Form = await VacancyForm.BuildAsync(Input, VacancyForm.MoreRows, choices, scope, cancellationToken);
            return Page();
        }

        if (codes.OccupationChoices(Input.OccupationCode, Input.Occupation) is { } occupations)
        {
            // Not sure which occupation the text means: the adviser chooses from the short list; nothing is saved.
            Form = await VacancyForm.BuildAsync(Input, 0, choices, scope, cancellationToken) with { OccupationChoices = occupations };
            ModelState.AddModelError("Input.OccupationCode", text["Vacancy.OccupationChoose", Input.Occupation!.Trim()].Value);
            return Page();
        }

        var result = await handler.HandleAsync(Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Vacancy.Created", Input.Title!.Trim()].Value;
            return RedirectToPage("/Vacancies/Details", new { id = result.Value });
        }

        Form = await VacancyForm.BuildAsync(Input, 0, choices, scope, cancellationToken);
        return this.Refuse(result.Errors, text);
    }
}
