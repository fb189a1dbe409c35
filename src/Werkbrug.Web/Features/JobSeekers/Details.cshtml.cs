using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = Policies.JobSeekers)]
public sealed class JobSeekerDetailsPage(
    JobSeekerDetails.Handler handler, RecordContact.Handler contacts, PossibleDuplicates.Handler duplicates, JobSeekerReferrals.Handler referrals,
    JobSeekerChoices choices, AccessScope scope) : PageModel
{
    public JobSeekerDetails.View View { get; private set; } = null!;

    /// <summary>The latest contacts: the owner organisation only (the detail read's audit record covers them).</summary>
    public IReadOnlyList<RecordContact.ContactView> Contacts { get; private set; } = [];

    /// <summary>For the owner: other organisations of the region that registered the same BSN (possible duplicates, never merged).</summary>
    public IReadOnlyList<PossibleDuplicates.Flag> Duplicates { get; private set; } = [];

    /// <summary>For the owner: the referrals of this job seeker and how they ended (the detail read's audit record covers them).</summary>
    public IReadOnlyList<ReferralRow> Referrals { get; private set; } = [];

    public JobSeekerChoices Choices => choices;

    public bool MayEdit => scope.IsInRole(Roles.CaseManager) && View.Full is not null;

    public bool MayErase => Policies.ErasureRoles.Any(scope.IsInRole) && View.Full is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        View = result.Value;
        if (View.Full is not null)
        {
            Contacts = await contacts.HistoryAsync(id, cancellationToken);
            Duplicates = await duplicates.ForProfileAsync(id, cancellationToken);
            var list = await referrals.OnProfileAsync(id, cancellationToken);
            Referrals = list.IsSuccess ? list.Value : [];
        }

        return Page();
    }
}
