using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.IntakeRequests;

[Authorize(Policy = Policies.Advisers)]
public sealed class IntakeRequestListPage(IntakeRequestList.Handler handler, IntakeRequestChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public IntakeRequestList.Query Filter { get; set; } = new();

    public Paged<IntakeRequestList.Row> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public IntakeRequestChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Teams = await choices.TeamsAsync(cancellationToken);
        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Listing = result.Value;
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }
}
