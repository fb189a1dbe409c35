using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>The employer's referrals for the link's vacancy.</summary>
[Authorize(Policy = Policies.EmployerLink)]
public sealed class EmployerReferralListPage(EmployerReferrals.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    public EmployerReferrals.Listing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return (await handler.ListAsync(PageRequest.All, cancellationToken)).Into(v => Listing = v) ? Page() : NotFound();
    }

    /// <summary>"Link vergeten": this browser forgets the link (the link itself stays valid until it expires or is revoked).</summary>
    public IActionResult OnPostForget()
    {
        EmployerLinkCookie.Forget(HttpContext);
        TempData["Notice"] = text["EmployerLink.Forgotten"].Value;
        return Redirect("/werkgevers");
    }
}
