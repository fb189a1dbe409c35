using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

[Authorize(Policy = Policies.Advisers)]
public sealed class EmployerListPage(EmployerList.Handler handler, EmployerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public EmployerList.Query Filter { get; set; } = new();

    public Paged<EmployerList.Row> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public EmployerChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Sections { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sections = await choices.SectionsAsync(cancellationToken);
        Municipalities = await choices.MunicipalitiesAsync(cancellationToken);
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
