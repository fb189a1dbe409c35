using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>"Voordrachten": the referrals made by the own organisation or of its job seekers.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class ReferralsPage(ReferralList.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReferralList.Query Filter { get; set; } = new();

    /// <summary>One page of the list, most recent first (50 per page, like the API).</summary>
    public Paged<ReferralRow> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

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
