using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Features.FrontDoor;
using Werkbrug.Web.Infrastructure.Api;

namespace Werkbrug.Web.Features.PublishedVacancies;

/// <summary>The front door region's published vacancies for anyone (no sign-in), newest first, 20 per page.</summary>
[AllowAnonymous]
public sealed class PublicVacancyListPage(PublicPostings.Handler handler, ServicePointDirectory directory) : PageModel
{
    public const int PageSize = 20;

    public Paged<PublicPostings.Posting> Listing { get; private set; } = new([], 1, PageSize, 0);

    public ServicePointContact Contact { get; private set; } = new("", "", null, null, null);

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        var result = await handler.ListAsync(new PublicPostings.Query { Page = page is > 0 ? page : 1, PageSize = PageSize }, cancellationToken);
        Listing = result.Value;
        Contact = await directory.ContactAsync(cancellationToken);
        return Page();
    }
}
