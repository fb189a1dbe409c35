using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.JobSeekers;

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

        return await LoadAsync(id, cancellationToken) ? this.Refuse(result.Errors, text) : NotFound();
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
