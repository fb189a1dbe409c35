using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>Staff make, list and revoke the employer links of a vacancy; a new link's URL is shown this once.</summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class ManageEmployerLinksPage(ManageEmployerLinks.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    private const string UrlKey = "EmployerLinkUrl";

    [BindProperty]
    public ManageEmployerLinks.Command Input { get; set; } = new();

    public ManageEmployerLinks.Overview Overview { get; private set; } = null!;

    /// <summary>The full URL of the link just made: shown this once.</summary>
    public string? NewUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        NewUrl = TempData[UrlKey] as string;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.CreateAsync(id, Input, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        if (!result.IsSuccess)
        {
            return await this.RefuseAsync(result.Errors, text, nameof(Input), () => LoadAsync(id, cancellationToken));
        }

        TempData[UrlKey] = result.Value.Url;
        TempData["Notice"] = result.Value.EmailedTo is { } emailedTo
            ? text["EmployerLink.CreatedNotice", Input.ContactName ?? string.Empty].Value + " " + text["EmployerLink.EmailedNotice", emailedTo].Value
            : text["EmployerLink.CreatedNotice", Input.ContactName ?? string.Empty].Value;
        return RedirectToPage("/EmployerLinks/Manage", new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid linkId, CancellationToken cancellationToken)
    {
        var result = await handler.RevokeAsync(linkId, cancellationToken);
        if (!result.IsSuccess || result.Value != id)
        {
            return NotFound();
        }

        TempData["Notice"] = text["EmployerLink.RevokedNotice"].Value;
        return RedirectToPage("/EmployerLinks/Manage", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        (await handler.ListAsync(id, cancellationToken)).Into(v => Overview = v);
}
