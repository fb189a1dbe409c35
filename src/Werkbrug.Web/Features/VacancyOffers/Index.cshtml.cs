using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.VacancyOffers;

/// <summary>"Aangeboden vacatures": the vacancies other regions offer to this region.</summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class OfferedVacanciesPage(OfferedVacancyList.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PageRequest Filter { get; set; } = new();

    public Paged<OfferedVacancyList.Row> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Listing = result.Value;
        }
        else
        {
            ModelState.AddErrors(result.Errors, text, nameof(Filter));
        }
    }
}
