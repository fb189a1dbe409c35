using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>Erasure on request: the owner organisation's case manager or manager, with a reason code and a confirmation.</summary>
[Authorize(Policy = Policies.Erasure)]
public sealed class EraseJobSeekerPage(EraseJobSeeker.Handler handler, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly ErasureReason[] RequestReasons = [ErasureReason.DataSubjectRequest, ErasureReason.NotLawful];

    [BindProperty]
    public EraseJobSeeker.Command Input { get; set; } = new();

    public string Pseudonym { get; private set; } = string.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> ReasonOptions =>
        RequestReasons.Select(r => KeyValuePair.Create(r.ToString(), choices.Label(r))).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["JobSeeker.Erased", result.Value.Pseudonym].Value;
            return RedirectToPage("/JobSeekers/Index");
        }

        return await LoadAsync(id, cancellationToken) ? this.Refuse(result.Errors, text) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.PseudonymAsync(id, cancellationToken);
        Pseudonym = result.IsSuccess ? result.Value : string.Empty;
        return result.IsSuccess;
    }
}
