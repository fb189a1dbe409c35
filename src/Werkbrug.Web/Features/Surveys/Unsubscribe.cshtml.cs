using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Werkbrug.Web.Infrastructure;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>Unsubscribing from survey invitations through the link in an invitation: the page asks, the button records it (a GET changes nothing).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForms)]
public sealed class UnsubscribePage(PublicSurvey survey) : PageModel
{
    public bool Unsubscribed { get; private set; }

    public bool Unknown { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var link = await survey.OpenAsync(token, null, cancellationToken);
        Unknown = link.Status == LinkStatus.Unknown || link.Invitation is { EmployerId: null, RecipientHash: null };
        Response.StatusCode = Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Unsubscribed = await survey.UnsubscribeAsync(token, cancellationToken);
        Unknown = !Unsubscribed;
        Response.StatusCode = Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return Page();
    }
}
