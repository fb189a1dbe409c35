using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>The employer's referral sheet, with the invite, hire and reject forms.</summary>
[Authorize(Policy = Policies.EmployerLink)]
public sealed class EmployerReferralSheetPage(
    EmployerReferrals.Handler handler, ReferralSteps.Handler steps, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
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

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken) =>
        await RespondAsync(id, await steps.InviteAsync(id, InviteInput, EmployerLinkEndpoints.Actor(HttpContext), cancellationToken),
            nameof(InviteInput), "EmployerLink.InvitedNotice", cancellationToken);

    public async Task<IActionResult> OnPostHireAsync(Guid id, CancellationToken cancellationToken) =>
        await RespondAsync(id, await steps.HireAsync(id, HireInput, EmployerLinkEndpoints.Actor(HttpContext), cancellationToken),
            nameof(HireInput), "EmployerLink.HiredNotice", cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken) =>
        await RespondAsync(id, await steps.RejectAsync(id, RejectInput, EmployerLinkEndpoints.Actor(HttpContext), cancellationToken),
            nameof(RejectInput), "EmployerLink.RejectedNotice", cancellationToken);

    private async Task<IActionResult> RespondAsync(Guid id, Result<ReferralSteps.Done> result, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (!result.IsSuccess)
        {
            return await this.RefuseAsync(result.Errors, text, prefix, () => LoadAsync(id, cancellationToken));
        }

        TempData["Notice"] = text[notice].Value;
        return Redirect($"{EmployerLinkCookie.ListPath}/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        (await handler.SheetAsync(id, cancellationToken)).Into(v => Sheet = v);
}
