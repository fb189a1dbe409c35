using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>Gelijke kansen in de matching: the referral funnel per age band, benefit and organisation (<see cref="Disparity"/>).</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class DisparityPage(Disparity.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Disparity.Query Filter { get; set; } = new();

    public Disparity.Report? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Report = result.Value;
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }

    /// <summary>A figure as the indicator tables show it.</summary>
    public string Show(Figure figure, IndicatorKind kind) => IndicatorDefinitions.Show(figure, kind, text);
}
