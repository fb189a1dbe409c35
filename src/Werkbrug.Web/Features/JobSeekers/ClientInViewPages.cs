using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class ClientInViewPage(ClientInView.Handler handler, JobSeekerChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ClientInView.Query Filter { get; set; } = new();

    public ClientInView.View? View { get; private set; }

    public JobSeekerChoices Choices => choices;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (!result.IsSuccess)
        {
            // A page number out of range: the first page.
            result = await handler.HandleAsync(Filter with { Page = null }, cancellationToken);
        }

        View = result.Value;
    }
}

[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class RecordContactPage(
    RecordContact.Handler handler, JobSeekerDetails.Handler details, JobSeekerChoices choices, TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RecordContact.Command Input { get; set; } = new();

    public FullProfile Profile { get; private set; } = null!;

    public JobSeekerChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new RecordContact.Command
        {
            OccurredOn = DutchTime.Today(clock),
            Channel = Domain.JobSeekers.JobSeekerContactChannel.Phone,
            AvailableFrom = Profile.AvailableFrom,
            WerkfitStatus = Profile.WerkfitStatus,
            Version = Profile.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            var name = await details.AfterWriteAsync(id, cancellationToken);
            TempData["Notice"] = text["ClientInView.ContactRecorded", name.Value.Full is { } p ? $"{p.GivenName} {p.Surname}" : string.Empty].Value;
            return RedirectToPage("/JobSeekers/ClientInView");
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors, text);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess || result.Value.Full is not { } profile)
        {
            return false;
        }

        Profile = profile;
        return true;
    }
}

[Authorize(Policy = Policies.Freshness)]
public sealed class FreshnessOverviewPage(FreshnessOverview.Handler handler) : PageModel
{
    public FreshnessOverview.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = (await handler.HandleAsync(cancellationToken)).Value;
}
