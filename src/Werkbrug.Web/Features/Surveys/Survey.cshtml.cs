using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>One survey: its questionnaire (with routing) and versions; the region coordinator sets how it is sent and sends the yearly round.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class SurveyPage(SurveyCatalogue.Handler details, SaveSurvey.Handler save, SendInvitations.Handler send, IStringLocalizer<SharedResource> text) : PageModel
{
    public SurveyCatalogue.View Survey { get; private set; } = null!;

    [BindProperty]
    public SaveSurvey.Settings Input { get; set; } = new();

    /// <summary>The ticked automatic invitations (AfterIntakeRequest, AfterReferral, AfterPlacement).</summary>
    [BindProperty]
    public List<string> Triggers { get; set; } = [];

    public bool CanEdit => User.IsInRole(Roles.RegionCoordinator);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new SaveSurvey.Settings
        {
            IsOpen = Survey.IsOpen,
            AfterIntakeRequest = Survey.AfterIntakeRequest,
            AfterReferral = Survey.AfterReferral,
            AfterPlacement = Survey.AfterPlacement,
            InvitationPeriodDays = Survey.InvitationPeriodDays,
            LinkValidDays = Survey.LinkValidDays,
            Version = Survey.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        Input = Input with
        {
            AfterIntakeRequest = Triggers.Contains(nameof(Input.AfterIntakeRequest)),
            AfterReferral = Triggers.Contains(nameof(Input.AfterReferral)),
            AfterPlacement = Triggers.Contains(nameof(Input.AfterPlacement)),
        };
        var saved = await save.SettingsAsync(id, Input, cancellationToken);
        if (!saved.IsSuccess)
        {
            return await LoadAsync(id, cancellationToken) ? this.Refuse(saved.Errors, text) : NotFound();
        }

        TempData["Notice"] = text["Surveys.SettingsSaved"].Value;
        return Redirect($"/surveys/{id}");
    }

    public async Task<IActionResult> OnPostRoundAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var round = await send.YearlyRoundAsync(id, cancellationToken);
        if (!round.IsSuccess)
        {
            return await LoadAsync(id, cancellationToken) ? this.Refuse(round.Errors, text) : NotFound();
        }

        var r = round.Value;
        TempData["Notice"] = text["Surveys.RoundSent", r.Invited, r.InvitedRecently, r.OptedOut, r.NoAddress].Value;
        return Redirect($"/surveys/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (result.IsSuccess)
        {
            Survey = result.Value;
        }

        return result.IsSuccess;
    }
}
