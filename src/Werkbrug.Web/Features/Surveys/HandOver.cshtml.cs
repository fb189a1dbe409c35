using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>A case manager makes a personal survey link to hand to a job seeker (shown once; nothing about the job seeker is kept).</summary>
[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class HandOverPage(SendInvitations.Handler handler, WerkbrugDb db, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<KeyValuePair<string, string>> Surveys { get; private set; } = [];

    [BindProperty]
    public SendInvitations.LinkCommand Input { get; set; } = new();

    public string? Link { get; private set; }

    public DateTime? ExpiresAtUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Surveys = await db.Surveys.Where(s => s.IsOpen && s.Audience == SurveyAudience.JobSeekers).OrderBy(s => s.Title)
            .Select(s => KeyValuePair.Create(s.Id.ToString(), s.Title)).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.JobSeekerLinkAsync(Input, cancellationToken);
        await OnGetAsync(cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text);
        }

        Link = $"{Request.Scheme}://{Request.Host}{result.Value.Path}";
        ExpiresAtUtc = result.Value.ExpiresAtUtc;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
