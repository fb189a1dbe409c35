using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>"Voordrachten": the referrals made by the own organisation or of its job seekers.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class ReferralsPage(ReferralList.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The page has no pager: it shows the most recent this many.</summary>
    public const int Shown = 500;

    [BindProperty(SupportsGet = true)]
    public ReferralList.Query Filter { get; set; } = new();

    public IReadOnlyList<ReferralRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter with { UpTo = Shown }, cancellationToken);
        if (result.IsSuccess)
        {
            Rows = result.Value.Items;
        }
        else
        {
            ModelState.AddErrors(result.Errors, text, nameof(Filter));
        }
    }
}
