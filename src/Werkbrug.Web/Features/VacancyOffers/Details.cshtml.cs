using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.VacancyOffers;

/// <summary>
/// An offered vacancy as a receiving region sees it: the work, and its own pool ranked for it ("Kandidaten zoeken" over
/// the region's candidates, with distance to the vacancy's place), with the form to refer one of them.
/// </summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class OfferedVacancyPage(
    OfferedVacancyDetails.Handler details, FindCandidates.Handler search, ProposeReferral.Handler propose, IStringLocalizer<SharedResource> text) : PageModel
{
    public OfferedVacancyDetails.View? Offer { get; private set; }

    public IReadOnlyList<FindCandidates.Candidate> Candidates { get; private set; } = [];

    [BindProperty]
    public ProposeReferral.Command Refer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Refer = new ProposeReferral.Command { IdempotencyKey = Guid.NewGuid().ToString() };
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Offer!.Own)
        {
            return NotFound();
        }

        var result = await propose.HandleAsync(Refer with { VacancyId = Offer.VacancyId }, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["VacancyOffer.Referred"].Value;
            return Redirect($"/referrals/{result.Value.Id}");
        }

        return this.Refuse(result.Errors, text, nameof(Refer));
    }

    public IReadOnlyList<KeyValuePair<string, string>> CandidateChoices =>
        [.. Candidates.Select(c => KeyValuePair.Create(c.Pseudonym, text["VacancyOffer.CandidateChoice", c.Name ?? c.Pseudonym, c.Score, c.DistanceKm].Value))];

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await details.HandleAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            return false;
        }

        Offer = found.Value;
        if (!Offer.Own && Offer.WithdrawnAtUtc is null)
        {
            var ranked = await search.HandleAsync(Offer.VacancyId, new FindCandidates.Query { PageSize = FindCandidates.ShownOnPage, Instruments = false }, cancellationToken);
            Candidates = ranked.IsSuccess ? ranked.Value.Candidates.Items : [];
        }

        return true;
    }
}
