using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>The survey editor: the region coordinator changes, adds ("new") or deletes one question; every save is a new version.</summary>
[Authorize(Policy = "Role:" + Roles.RegionCoordinator)]
public sealed class EditQuestionPage(SurveyCatalogue.Handler details, SaveSurvey.Handler save, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public EditQuestion.Command Input { get; set; } = new();

    public string SurveyTitle { get; private set; } = string.Empty;

    public bool IsNew => RouteData.Values["key"] as string == "new";

    public async Task<IActionResult> OnGetAsync(Guid id, string key, CancellationToken cancellationToken)
    {
        var survey = await details.HandleAsync(id, cancellationToken);
        if (!survey.IsSuccess)
        {
            return NotFound();
        }

        SurveyTitle = survey.Value.Title;
        if (IsNew)
        {
            Input = new EditQuestion.Command { Type = QuestionType.SingleChoice, Version = survey.Value.Version };
            return Page();
        }

        if (survey.Value.Questionnaire.Find(key) is not { } question)
        {
            return NotFound();
        }

        Input = EditQuestion.From(question, survey.Value.Version);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, string key, CancellationToken cancellationToken) => SaveAsync(id, key, delete: false, cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(Guid id, string key, CancellationToken cancellationToken) => SaveAsync(id, key, delete: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid id, string key, bool delete, CancellationToken cancellationToken)
    {
        var saved = await save.QuestionAsync(id, IsNew ? null : key, Input, delete, cancellationToken);
        if (!saved.IsSuccess)
        {
            SurveyTitle = (await details.HandleAsync(id, cancellationToken)).Value?.Title ?? string.Empty;
            return this.Refuse(saved.Errors, text);
        }

        TempData["Notice"] = text["Surveys.QuestionSaved", saved.Value.CurrentVersion].Value;
        return Redirect($"/surveys/{id}");
    }
}
