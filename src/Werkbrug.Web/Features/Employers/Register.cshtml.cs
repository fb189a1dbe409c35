using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.IntakeRequests;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

[Authorize(Policy = Policies.Advisers)]
public sealed class RegisterEmployerPage(
    RegisterEmployer.Handler handler, EmployerChoices choices, RegisterEmployerFromRequest.Handler fromRequest, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RegisterEmployer.Command Input { get; set; } = new();

    /// <summary>The front-door request this registration starts from (?intakeRequest=id): pre-fills the form, and is linked to the new employer.</summary>
    [BindProperty(SupportsGet = true, Name = "intakeRequest")]
    public Guid? IntakeRequest { get; set; }

    public RegisterEmployerFromRequest.Prefill? FromRequest { get; private set; }

    public IReadOnlyList<RegisterEmployer.Duplicate> Duplicates { get; private set; } = [];

    public EmployerChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Municipalities = await choices.MunicipalitiesAsync(cancellationToken);
        FromRequest = IntakeRequest is { } requestId ? await fromRequest.PrefillAsync(requestId, cancellationToken) : null;
        if (FromRequest is { } prefill)
        {
            Input = new RegisterEmployer.Command { TradeName = prefill.CompanyName, KvkNumber = prefill.KvkNumber, MunicipalityName = prefill.Municipality };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input, cancellationToken);
        if (result.IsSuccess && result.Value.Id is { } id)
        {
            if (IntakeRequest is { } requestId)
            {
                await fromRequest.LinkAsync(requestId, id, cancellationToken);
            }

            TempData["Notice"] = text["Employer.Registered", Input.TradeName!.Trim()].Value;
            return RedirectToPage("/Employers/Details", new { id });
        }

        Municipalities = await choices.MunicipalitiesAsync(cancellationToken);
        FromRequest = IntakeRequest is { } request ? await fromRequest.PrefillAsync(request, cancellationToken) : null;
        if (result.IsSuccess)
        {
            // Saved nothing: the possible duplicates to confirm.
            Duplicates = result.Value.Duplicates;
            return Page();
        }

        return this.Refuse(result.Errors, text);
    }
}
