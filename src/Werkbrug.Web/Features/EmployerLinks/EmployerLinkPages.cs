using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Features.FrontDoor;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>The cookie that carries the employer's token between its pages (HttpOnly, only under /werkgevers/voordrachten).</summary>
public static class EmployerLinkCookie
{
    public const string ListPath = "/werkgevers/voordrachten";

    public static CookieOptions Options(HttpRequest request, DateTime? expiresAtUtc) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = ListPath,
        IsEssential = true,
        Expires = expiresAtUtc is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null,
    };

    public static void Forget(HttpContext http) =>
        http.Response.Cookies.Delete(EmployerLinkAuthenticationHandler.Cookie, Options(http.Request, null));
}

/// <summary>
/// The public entry of the personal link: a valid token becomes the cookie and the browser goes on to the list, so the
/// token leaves the address bar; any other token (unknown, tampered, expired, revoked) gets a Dutch page with the
/// service point's contact details (404, or 410 when the link ran out or was revoked).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForms)]
public sealed class OpenEmployerLinkPage(EmployerLinkTokens tokens, ServicePointDirectory directory) : PageModel
{
    public ServicePointContact Contact { get; private set; } = new("", "", null, null, null);

    public bool RanOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        var fromAddress = !string.IsNullOrWhiteSpace(token);
        var given = fromAddress ? token : Request.Cookies[EmployerLinkAuthenticationHandler.Cookie];
        var link = await tokens.CheckAsync(given, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        if (link.IsValid)
        {
            if (fromAddress)
            {
                Response.Cookies.Append(EmployerLinkAuthenticationHandler.Cookie, token!.Trim(), EmployerLinkCookie.Options(Request, link.Link!.ExpiresAtUtc));
            }

            return Redirect(EmployerLinkCookie.ListPath);
        }

        if (Request.Cookies.ContainsKey(EmployerLinkAuthenticationHandler.Cookie))
        {
            EmployerLinkCookie.Forget(HttpContext);
        }

        RanOut = link.State is LinkState.Expired or LinkState.Revoked;
        Response.StatusCode = RanOut ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
        Contact = await directory.ContactAsync(cancellationToken);
        return Page();
    }
}

[Authorize(Policy = Policies.EmployerLink)]
public sealed class EmployerReferralListPage(EmployerReferrals.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    public EmployerReferrals.Listing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var result = await handler.ListAsync(cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Listing = result.Value;
        return Page();
    }

    /// <summary>"Link vergeten": this browser forgets the link (the link itself stays valid until it expires or is revoked).</summary>
    public IActionResult OnPostForget()
    {
        EmployerLinkCookie.Forget(HttpContext);
        TempData["Notice"] = text["EmployerLink.Forgotten"].Value;
        return Redirect("/werkgevers");
    }
}

[Authorize(Policy = Policies.EmployerLink)]
public sealed class EmployerReferralSheetPage(
    EmployerReferrals.Handler handler, ReferralSteps.Handler steps, JobSeekerChoices choices, WerkbrugDb db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ReferralSteps.InviteCommand InviteInput { get; set; } = new();

    [BindProperty]
    public ReferralSteps.HireCommand HireInput { get; set; } = new();

    [BindProperty]
    public ReferralSteps.RejectCommand RejectInput { get; set; } = new();

    public EmployerReferrals.Sheet Sheet { get; private set; } = null!;

    public JobSeekerChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await steps.InviteAsync(id, InviteInput, EmployerLinkEndpoints.Actor(HttpContext), cancellationToken);
        return await RespondAsync(id, result, nameof(InviteInput), "EmployerLink.InvitedNotice", cancellationToken);
    }

    public async Task<IActionResult> OnPostHireAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await steps.HireAsync(id, HireInput, EmployerLinkEndpoints.Actor(HttpContext), cancellationToken);
        return await RespondAsync(id, result, nameof(HireInput), "EmployerLink.HiredNotice", cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await steps.RejectAsync(id, RejectInput, EmployerLinkEndpoints.Actor(HttpContext), cancellationToken);
        return await RespondAsync(id, result, nameof(RejectInput), "EmployerLink.RejectedNotice", cancellationToken);
    }

    private async Task<IActionResult> RespondAsync(Guid id, Result<ReferralSteps.Done> result, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Notice"] = text[notice].Value;
            return Redirect($"{EmployerLinkCookie.ListPath}/{id}");
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors, text, prefix);
        // The refused step leaves its referral tracked (with the stale version it was checked against); the sheet's
        // audit record is saved in this same unit of work, so forget it first or that save fails as a conflict.
        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.SheetAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Sheet = result.Value;
        return true;
    }
}

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
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var unreadableDays = Input.ValidDays is null
            && ModelState.TryGetValue("Input.ValidDays", out var days) && !string.IsNullOrWhiteSpace(days.AttemptedValue);
        if (unreadableDays)
        {
            ModelState.AddErrors([Error.Validation(nameof(ManageEmployerLinks.Command.ValidDays), "Validation.Format")], text);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var result = await handler.CreateAsync(id, Input, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        if (result.IsSuccess)
        {
            TempData[UrlKey] = result.Value.Url;
            TempData["Notice"] = text["EmployerLink.CreatedNotice", Input.ContactName ?? string.Empty].Value;
            return RedirectToPage("/EmployerLinks/Manage", new { id });
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors, text);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
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

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.ListAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Overview = result.Value;
        return true;
    }
}
