using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

[Authorize(Policy = Policies.Advisers)]
public sealed class EmployerDetailsPage(
    EmployerDetails.Handler handler, CompleteFollowUp.Handler followUps, EmployerChoices choices, AccessScope scope, TimeProvider clock, IStringLocalizer<SharedResource> text)
    : PageModel
{
    public EmployerDetails.View View { get; private set; } = null!;

    public EmployerChoices Choices => choices;

    public DateOnly Today { get; private set; }

    /// <summary>Managers and the current account manager may hand the employer over (administrators too, from the URL).</summary>
    public bool MayHandOver =>
        scope.IsInRole(Roles.Manager) || scope.IsInRole(Roles.Administrator) || (View.AccountManager is { } manager && manager.UserId == scope.UserId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        View = result.Value;
        Today = DutchTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostFollowUpDoneAsync(Guid id, Guid contactId, CancellationToken cancellationToken)
    {
        var result = await followUps.HandleAsync(contactId, cancellationToken);
        if (!result.IsSuccess && result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = result.IsSuccess ? text["ContactMoment.FollowUpDone"].Value : text.Describe(result.Errors[0]);
        return RedirectToPage("/Employers/Details", new { id });
    }

    public string TopicLabels(IEnumerable<string> topics) => string.Join(", ", topics.Select(t => text["ContactTopic." + t].Value));
}
