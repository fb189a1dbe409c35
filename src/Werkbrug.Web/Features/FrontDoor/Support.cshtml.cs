using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.Instruments;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.FrontDoor;

/// <summary>"Welke ondersteuning kan ik krijgen?": the public questionnaire for employers (no sign-in, no personal data), answered by the instrument guide.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForms)]
public sealed class FrontDoorSupportPage(PublicSupport.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PublicSupport.Query Filter { get; set; } = new();

    public PublicSupport.View? Result { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Municipalities = [.. (await handler.MunicipalitiesAsync(cancellationToken)).Select(m => KeyValuePair.Create(m, m))];
        if (ModelState.ErrorCount > 0)
        {
            // A value the form never offers (a hand-made link): say so per field, and answer nothing.
            foreach (var field in ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList())
            {
                ModelState.Remove(field);
                ModelState.AddModelError(field.Replace("Filter.", string.Empty, StringComparison.Ordinal), text["PublicSupport.ChooseFromList"].Value);
            }

            return;
        }

        if (Request.Query.Count == 0)
        {
            return;
        }

        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Result = result.Value;
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }
}
