using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>The definition of one indicator: what is counted, from which records, its breakdowns and known limits.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class IndicatorDefinitionPage(IStringLocalizer<SharedResource> text) : PageModel
{
    public IndicatorDefinitions.Item Indicator { get; private set; } = null!;

    public IActionResult OnGet(string key)
    {
        if (IndicatorCatalogue.Find(key) is not { } indicator)
        {
            return NotFound();
        }

        Indicator = IndicatorDefinitions.Describe(indicator, text);
        return Page();
    }
}
