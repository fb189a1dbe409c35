using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>"Voordragen": propose a candidate (by pseudonym, from the match list or by hand) for an open vacancy.</summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class ProposeReferralPage(ProposeReferral.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ProposeReferral.Command Input { get; set; } = new();

    public IReadOnlyList<KeyValuePair<string, string>> Vacancies { get; private set; } = [];

    public async Task OnGetAsync(Guid? vacancyId, string? pseudonym, CancellationToken cancellationToken)
    {
        // A fresh key per form: a double submission of this form creates one referral.
        Input = new ProposeReferral.Command { VacancyId = vacancyId, Pseudonym = pseudonym, IdempotencyKey = Guid.NewGuid().ToString() };
        Vacancies = await handler.VacanciesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Referral.Proposed"].Value;
            return Redirect($"/referrals/{result.Value.Id}");
        }

        return await this.RefuseAsync(result.Errors, text, nameof(Input), async () =>
        {
            Vacancies = await handler.VacanciesAsync(cancellationToken);
            return true;
        });
    }
}
