using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>The consents and legal bases of one own job seeker; the case manager records and withdraws them here.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class ConsentsPage(
    ConsentList.Handler list, RecordConsent.Handler record, WithdrawConsent.Handler withdraw, JobSeekerChoices choices, AccessScope scope,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly DataCategories[] CategoryValues = [DataCategories.ContactDetails, DataCategories.FullProfile, DataCategories.WorkRequirements];

    [BindProperty]
    public RecordConsent.Command Input { get; set; } = new();

    [BindProperty]
    public WithdrawConsent.Command Withdrawal { get; set; } = new();

    public ConsentList.Listing Listing { get; private set; } = null!;

    public IReadOnlyList<KeyValuePair<string, string>> Organisations { get; private set; } = [];

    public JobSeekerChoices Choices => choices;

    public bool MayRecord => scope.IsInRole(Roles.CaseManager);

    public IReadOnlyList<KeyValuePair<string, string>> CategoryOptions =>
        CategoryValues.Select(c => KeyValuePair.Create(c.ToString(), choices.Label(c))).ToList();

    public string Categories(DataCategories categories) =>
        string.Join(", ", CategoryValues.Where(c => categories.HasFlag(c)).Select(c => choices.Label(c)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        var result = await record.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Consent.Recorded"].Value;
            return RedirectToPage("/JobSeekers/Consents", new { id });
        }

        return await LoadAsync(id, cancellationToken) ? this.Refuse(result.Errors, text) : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid consentId, CancellationToken cancellationToken)
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        var result = await withdraw.HandleAsync(consentId, Withdrawal, cancellationToken);
        if (result.IsSuccess && result.Value.JobSeekerId == id)
        {
            TempData["Notice"] = text["Consent.Withdrawn"].Value;
            return RedirectToPage("/JobSeekers/Consents", new { id });
        }

        return await LoadAsync(id, cancellationToken) ? this.Refuse(result.IsSuccess ? [] : result.Errors, text, "Withdrawal") : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await list.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Listing = result.Value;
        Organisations = await list.RecipientsAsync(cancellationToken);
        return true;
    }
}
