using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

[Authorize(Policy = Policies.Advisers)]
public sealed class VacancyDetailsPage(
    VacancyDetails.Handler details, ChangeVacancyStatus.Handler statuses, EscalateVacancy.Handler escalations, ChangeVacancyPublication.Handler publications,
    VacancyChoices choices, AccessScope scope,
    IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public ChangeVacancyStatus.Command StatusInput { get; set; } = new();

    [BindProperty]
    public EscalateVacancy.Command EscalateInput { get; set; } = new();

    [BindProperty]
    public ChangeVacancyPublication.Command PublicationInput { get; set; } = new();

    public VacancyDetails.View View { get; private set; } = null!;

    public VacancyChoices Choices => choices;

    /// <summary>The vacancy's SBI section as "H – Vervoer en opslag", or null.</summary>
    public string? SectionName { get; private set; }

    /// <summary>Whether the user's organisation owns the vacancy: only the owner manages its employer links.</summary>
    public bool OwnVacancy => View.OwnerOrganisationId == scope.OrganisationId;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await statuses.HandleAsync(id, StatusInput, cancellationToken);
        return await RespondAsync(id, result, "StatusInput", text["Vacancy.StatusChanged"].Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostEscalateAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await escalations.HandleAsync(id, EscalateInput, cancellationToken);
        return await RespondAsync(id, result, "EscalateInput", text["Vacancy.Escalated"].Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostPublicationAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await publications.HandleAsync(id, PublicationInput, cancellationToken);
        if (result.Errors is [{ Kind: ErrorKind.Forbidden }, ..])
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await RespondAsync(id, result, "PublicationInput", text[PublicationInput.IsPublic == true ? "Vacancy.PublishedNotice" : "Vacancy.UnpublishedNotice"].Value, cancellationToken);
    }

    private async Task<IActionResult> RespondAsync(Guid id, Result<int> result, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Notice"] = notice;
            return RedirectToPage("/Vacancies/Details", new { id });
        }

        return await LoadAsync(id, cancellationToken) ? this.Refuse(result.Errors, text, prefix) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        View = result.Value;
        SectionName = View.SbiSection is { } section ? (await choices.SectionsAsync(cancellationToken)).FirstOrDefault(s => s.Key == section).Value : null;
        return true;
    }
}
