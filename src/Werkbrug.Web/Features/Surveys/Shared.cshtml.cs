using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>The survey responses shared with the signed-in adviser (<see cref="SharedResponses"/>), each with its answers.</summary>
[Authorize(Policy = Policies.SharedSurveyResponses)]
public sealed class SharedPage(SharedResponses.Handler handler, WerkbrugDb db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SharedResponses.Query Filter { get; set; } = new();

    public Paged<SharedResponses.ResponseView> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    /// <summary>The surveys with responses shared with the user, for the filter.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Surveys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = db.Scope.UserId;
        Surveys = await db.Surveys.AsNoTracking()
            .Where(s => db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.SharedWithAdviser && r.AdviserUserId != null && r.AdviserUserId == me))
            .OrderBy(s => s.Title).Select(s => KeyValuePair.Create(s.Id.ToString(), s.Title)).ToListAsync(cancellationToken);
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
