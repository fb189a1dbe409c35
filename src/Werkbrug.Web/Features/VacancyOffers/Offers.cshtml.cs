using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.VacancyOffers;

/// <summary>
/// "Aanbieden aan andere regio's": the offering region offers its vacancy to other regions, sees the log of its offers,
/// withdraws the running one, and sees the referrals the other regions made to it.
/// </summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class VacancyOffersPage(
    OfferVacancy.Handler offer, WithdrawVacancyOffer.Handler withdraw, VacancyOfferLog.Handler log, ReferralList.Handler referrals, IStringLocalizer<SharedResource> text) : PageModel
{
    public Guid VacancyId { get; private set; }

    public string VacancyTitle { get; private set; } = string.Empty;

    public IReadOnlyList<VacancyOfferLog.Offer> Offers { get; private set; } = [];

    public VacancyOfferLog.Offer? Running => Offers.FirstOrDefault(o => o.Active);

    public IReadOnlyList<KeyValuePair<string, string>> RegionChoices { get; private set; } = [];

    /// <summary>The referrals other regions made to this vacancy.</summary>
    public IReadOnlyList<ReferralRow> FromOtherRegions { get; private set; } = [];

    [BindProperty]
    public OfferVacancy.Command Input { get; set; } = new();

    [BindProperty]
    public WithdrawVacancyOffer.Command Withdraw { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await offer.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["VacancyOffer.Offered"].Value;
            return Redirect($"/vacancies/{id}/offers");
        }

        return await this.RefuseAsync(result.Errors, text, nameof(Input), () => LoadAsync(id, cancellationToken));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid offerId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Offers.All(o => o.Id != offerId))
        {
            return NotFound();
        }

        var result = await withdraw.HandleAsync(offerId, Withdraw, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["VacancyOffer.Withdrawn"].Value;
            return Redirect($"/vacancies/{id}/offers");
        }

        return await this.RefuseAsync(result.Errors, text, nameof(Withdraw), () => LoadAsync(id, cancellationToken));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await log.TitleAsync(id, cancellationToken) is not { } title)
        {
            return false;
        }

        (VacancyId, VacancyTitle) = (id, title);
        Offers = (await log.HandleAsync(id, new PageRequest { PageSize = PageRequest.MaxSize }, cancellationToken)).Value.Items;
        RegionChoices = await offer.RegionChoicesAsync(cancellationToken);
        var referred = await referrals.HandleAsync(new ReferralList.Query { VacancyId = id, PageSize = PageRequest.MaxSize }, cancellationToken);
        FromOtherRegions = referred.IsSuccess ? [.. referred.Value.Items.Where(r => r.VacancyRegionCode is not null)] : [];
        return true;
    }
}
