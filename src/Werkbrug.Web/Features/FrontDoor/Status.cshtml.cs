using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.FrontDoor;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForms)]
public sealed class IntakeStatusPage(LookUpIntakeStatus.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public LookUpIntakeStatus.Query Input { get; set; } = new();

    public LookUpIntakeStatus.Status? Found { get; private set; }

    public bool Unknown { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input, cancellationToken);
        if (result.IsSuccess)
        {
            Found = result.Value;
        }
        else if (result.Errors.All(e => e.Kind == ErrorKind.NotFound))
        {
            // An unknown reference is an answer on this page, not a 404: the employer may have mistyped it.
            Unknown = true;
        }
        else
        {
            ModelState.AddErrors(result.Errors, text);
        }

        return Page();
    }
}
