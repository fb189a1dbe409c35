using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>"Voordrachten": the referrals made by the own organisation or of its job seekers.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class ReferralsPage(ReferralList.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReferralList.Query Filter { get; set; } = new();

    public IReadOnlyList<ReferralRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Rows = result.Value;
        }
        else
        {
            ModelState.AddErrors(result.Errors, text, nameof(Filter));
        }
    }
}

/// <summary>"Voordragen": propose a candidate (by pseudonym, from the match list or by hand) for an open vacancy.</summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class ProposeReferralPage(ProposeReferral.Handler handler, WerkbrugDb db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ProposeReferral.Command Input { get; set; } = new();

    public IReadOnlyList<KeyValuePair<string, string>> Vacancies { get; private set; } = [];

    public async Task OnGetAsync(Guid? vacancyId, string? pseudonym, CancellationToken cancellationToken)
    {
        // A fresh key per form: a double submission of this form creates one referral.
        Input = new ProposeReferral.Command { VacancyId = vacancyId, Pseudonym = pseudonym, IdempotencyKey = Guid.NewGuid().ToString() };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Referral.Proposed"].Value;
            return Redirect($"/referrals/{result.Value.Id}");
        }

        ModelState.AddErrors(result.Errors, text);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var open = new[] { VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled };
        var vacancies = await db.Vacancies.Where(v => open.Contains(v.Status)).OrderBy(v => v.Title)
            .Select(v => new { v.Id, v.Title, v.MunicipalityName }).Take(500).ToListAsync(cancellationToken);

        // Formatted here, not in SQL: SQLite keeps a GUID as upper-case text.
        Vacancies = [.. vacancies.Select(v => KeyValuePair.Create(v.Id.ToString(), $"{v.Title} – {v.MunicipalityName}"))];
    }
}

/// <summary>One referral: the candidate as allowed, the motivation, the history, and a form for every step the user may take.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class ReferralPage(ReferralDetails.Handler details, ReferralSteps.Handler steps, IStringLocalizer<SharedResource> text) : PageModel
{
    public ReferralDetails.View? Referral { get; private set; }

    /// <summary>Which step form failed, so it is shown open with its messages.</summary>
    public string? FailedStep { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostSendAsync(Guid id, [Bind(Prefix = "Disclosure")] ReferralSteps.DisclosureCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Send, "Disclosure", steps.SendAsync(id, command, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, [Bind(Prefix = "Disclosure")] ReferralSteps.DisclosureCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Approve, "Disclosure", steps.ApproveAsync(id, command, ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, [Bind(Prefix = "Decline")] ReferralSteps.ReasonCommand command, CancellationToken ct) =>
        TakeAsync(id, ReferralAccess.Steps.Decline, "Decline", steps.DeclineAsync(id, command, ct), ct);

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
            TempData["Notice"] = text["Referral.StepDone", text["ReferralStatus." + result.Value.Status].Value].Value;
            return Redirect($"/referrals/{id}");
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        FailedStep = step;
        ModelState.AddErrors(result.Errors, text, prefix);
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Referral = result.Value;
        return Page();
    }
}
