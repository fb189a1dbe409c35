using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>The consents and legal bases of one own job seeker; the case manager records and withdraws them here.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class ConsentsPage(
    ConsentList.Handler list, RecordConsent.Handler record, WithdrawConsent.Handler withdraw, JobSeekerChoices choices, WerkbrugDb db, AccessScope scope,
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

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

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

        if (result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors, text);
        return await ShowAsync(id, cancellationToken);
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

        if (!result.IsSuccess && result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.IsSuccess ? [] : result.Errors, text, "Withdrawal");
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await list.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Listing = result.Value;
        var own = scope.OrganisationId;
        Organisations = (await db.Organisations.Where(o => o.Id != own).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => KeyValuePair.Create(o.Id.ToString(), o.Name)).ToList();
        return Page();
    }
}

/// <summary>Erasure on request: the owner organisation's case manager or manager, with a reason code and a confirmation.</summary>
[Authorize(Policy = Policies.Erasure)]
public sealed class EraseJobSeekerPage(EraseJobSeeker.Handler handler, JobSeekerAccess access, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly ErasureReason[] RequestReasons = [ErasureReason.DataSubjectRequest, ErasureReason.NotLawful];

    [BindProperty]
    public EraseJobSeeker.Command Input { get; set; } = new();

    public string Pseudonym { get; private set; } = string.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> ReasonOptions =>
        RequestReasons.Select(r => KeyValuePair.Create(r.ToString(), choices.Label(r))).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var pseudonym = await access.Owned.Where(j => j.Id == id).Select(j => j.Pseudonym).FirstOrDefaultAsync(cancellationToken);
        if (pseudonym is null)
        {
            return NotFound();
        }

        Pseudonym = pseudonym;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["JobSeeker.Erased", result.Value.Pseudonym].Value;
            return RedirectToPage("/JobSeekers/Index");
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors, text);
        return await OnGetAsync(id, cancellationToken);
    }
}
