using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Werkbrug.Web.Features.FrontDoor;
using Werkbrug.Web.Infrastructure;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>
/// The public entry of the personal link: a valid token becomes the cookie and the browser goes on to the list, so the
/// token leaves the address bar; any other token (unknown, tampered, expired, revoked) gets a Dutch page with the
/// service point's contact details (404, or 410 when the link ran out or was revoked).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForms)]
public sealed class OpenEmployerLinkPage(EmployerLinkTokens tokens, ServicePointDirectory directory) : PageModel
{
    public ServicePointContact Contact { get; private set; } = new("", "", null, null, null);

    public bool RanOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        var fromAddress = !string.IsNullOrWhiteSpace(token);
        var given = fromAddress ? token : Request.Cookies[EmployerLinkAuthenticationHandler.Cookie];
        var link = await tokens.CheckAsync(given, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        if (link.IsValid)
        {
            if (fromAddress)
            {
                Response.Cookies.Append(EmployerLinkAuthenticationHandler.Cookie, token!.Trim(), EmployerLinkCookie.Options(Request, link.Link!.ExpiresAtUtc));
            }

            return Redirect(EmployerLinkCookie.ListPath);
        }

        if (Request.Cookies.ContainsKey(EmployerLinkAuthenticationHandler.Cookie))
        {
            EmployerLinkCookie.Forget(HttpContext);
        }

        RanOut = link.State is LinkState.Expired or LinkState.Revoked;
        Response.StatusCode = RanOut ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
        Contact = await directory.ContactAsync(cancellationToken);
        return Page();
    }
}
