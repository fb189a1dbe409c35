using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.LabourMarket;

/// <summary>Arbeidsmarktbeeld for staff: the picture of the user's region, with the filter and the tension per occupation.</summary>
[Authorize(Policy = Policies.LabourMarket)]
public sealed class LabourMarketPage(LabourMarketPicture.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public LabourMarketPicture.Query Filter { get; set; } = new();

    public MarketDisplay? Picture { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Municipalities, Groups) = await handler.ChoicesAsync(null, cancellationToken);
        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Picture = new MarketDisplay(result.Value, false, text);
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }
}
