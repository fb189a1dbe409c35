using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.LabourMarket;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.FrontDoor;

/// <summary>The labour-market picture for employers (no sign-in): tension classes and counts rounded to fives per occupation group and occupation, never a person.</summary>
[AllowAnonymous]
public sealed class FrontDoorLabourMarketPage(LabourMarketPicture.Handler handler, FrontDoorSettings settings, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public LabourMarketPicture.Query Filter { get; set; } = new();

    public MarketDisplay? Picture { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Municipalities, Groups) = await handler.ChoicesAsync(settings.RegionCode, cancellationToken);
        var result = await handler.PublicAsync(settings.RegionCode, Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Picture = new MarketDisplay(result.Value, true, text);
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }
}
