using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>One referral: the candidate as allowed, the motivation, the history, and a form for every step the user may take.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class ReferralPage(ReferralDetails.Handler details, ReferralSteps.Handler steps, IStringLocalizer<SharedResource> text) : PageModel
{
    public ReferralDetails.View? Referral { get; private set; }

    /// <summary>Which step form failed, so it is shown open with its messages.</summary>
    public string? FailedStep { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSendAsync(Guid id, [Bind(Prefix = "Disclosure")] ReferralSteps.DisclosureCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Send, "Disclosure", steps.SendAsync(id, command, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, [Bind(Prefix = "Disclosure")] ReferralSteps.DisclosureCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Approve, "Disclosure", steps.ApproveAsync(id, command, ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, [Bind(Prefix = "Decline")] ReferralSteps.ReasonCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Decline, "Decline", steps.DeclineAsync(id, command, ct), ct);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, [Bind(Prefix = "Accept")] ReferralSteps.VersionCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Accept, "Accept", steps.AcceptAsync(id, command, ct), ct);

    public Task<IActionResult> OnPostRefuseAsync(Guid id, [Bind(Prefix = "Refuse")] ReferralSteps.ReasonCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Refuse, "Refuse", steps.RefuseAsync(id, command, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, [Bind(Prefix = "Withdraw")] ReferralSteps.ReasonCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Withdraw, "Withdraw", steps.WithdrawAsync(id, command, ct), ct);

    public Task<IActionResult> OnPostInviteAsync(Guid id, [Bind(Prefix = "Invite")] ReferralSteps.InviteCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Invite, "Invite", steps.InviteAsync(id, command, steps.StaffActor, ct), ct);

    public Task<IActionResult> OnPostHireAsync(Guid id, [Bind(Prefix = "Hire")] ReferralSteps.HireCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Hire, "Hire", steps.HireAsync(id, command, steps.StaffActor, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, [Bind(Prefix = "Reject")] ReferralSteps.RejectCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Reject, "Reject", steps.RejectAsync(id, command, steps.StaffActor, ct), ct);

    public IReadOnlyList<KeyValuePair<string, string>> Options<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => KeyValuePair.Create(v.ToString(), text[typeof(T).Name + "." + v].Value))];

    public IReadOnlyList<KeyValuePair<string, string>> DisclosureOptions =>
        [.. new[] { DataCategories.ContactDetails, DataCategories.FullProfile, DataCategories.WorkRequirements }
            .Select(c => KeyValuePair.Create(c.ToString(), text["DataCategories." + c].Value))];

    private async Task<IActionResult> TakeAsync(Guid id, string step, string prefix, Task<Result<ReferralSteps.Done>> take, CancellationToken cancellationToken)
    {
        var result = await take;
        if (result.IsSuccess)
        {
            var done = text["Referral.StepDone", text["ReferralStatus." + result.Value.Status].Value].Value;
            TempData["Notice"] = result.Value.VacancyStatus is { } vacancy ? $"{done} {text["Referral.VacancyNowIs", text["VacancyStatus." + vacancy].Value]}" : done;
            return Redirect($"/referrals/{id}");
        }

        FailedStep = step;
        return await this.RefuseAsync(result.Errors, text, prefix, () => LoadAsync(id, cancellationToken));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        (await details.HandleAsync(id, cancellationToken)).Into(v => Referral = v);
}
