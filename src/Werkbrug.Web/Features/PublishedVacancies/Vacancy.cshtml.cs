using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Features.FrontDoor;
using Werkbrug.Web.Infrastructure.Api;

namespace Werkbrug.Web.Features.PublishedVacancies;

/// <summary>
/// A published vacancy for anyone (no sign-in), with its schema.org JobPosting for search engines. An unknown vacancy, one
/// of another region, one not public, not running or closed all get the same 404 page: the page does not say which.
/// </summary>
[AllowAnonymous]
public sealed class PublicVacancyPage(PublicPostings.Handler handler, ServicePointDirectory directory, IOptions<ApiOptions> options) : PageModel
{
    public PublicPostings.Posting Posting { get; private set; } = null!;

    public ServicePointContact Contact { get; private set; } = new("", "", null, null, null);

    /// <summary>The JobPosting as JSON, safe inside a script element.</summary>
    public string JsonLd { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.OneAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Posting = result.Value;
        Contact = await directory.ContactAsync(cancellationToken);
        JsonLd = JsonSerializer.Serialize(JobPosting.From(Posting, PublicBaseUrl.Of(Request, options.Value)), JobPosting.ScriptOptions);
        return Page();
    }
}
