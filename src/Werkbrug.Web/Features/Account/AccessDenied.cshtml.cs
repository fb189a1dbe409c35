using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Werkbrug.Web.Features.Account;

/// <summary>
/// Where the cookie scheme sends a signed-in user whose roles do not admit the page ("?ReturnUrl=/employers").
/// That answer carries 403 Forbidden, so browsers, monitoring and tests see a refusal rather than a page that
/// worked; opened on its own (no ReturnUrl) it is just the explanation and answers 200.
/// </summary>
[AllowAnonymous]
public sealed class AccessDeniedPage : PageModel
{
    public const string ReturnUrl = "ReturnUrl";

    public void OnGet()
    {
        if (Request.Query.ContainsKey(ReturnUrl))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }
}
