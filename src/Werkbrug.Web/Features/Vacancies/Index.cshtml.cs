using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

[Authorize(Policy = Policies.Advisers)]
public sealed class VacancyListPage(VacancyList.Handler handler, VacancyChoices choices, IOptions<VacancyOptions> options, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public VacancyList.Query Filter { get; set; } = new();

    public Paged<VacancyList.Row> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    /// <summary>Days without activity after which a running vacancy counts as stale (the filter's label).</summary>
    public int StaleAfterDays => options.Value.StaleAfterDays;

    public VacancyChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Sections { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sections = await choices.SectionsAsync(cancellationToken);
        Municipalities = await choices.MunicipalitiesAsync(cancellationToken);
        Organisations = await choices.OrganisationsAsync(cancellationToken);
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
