using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

[Authorize(Policy = Policies.Advisers)]
public sealed class RegisterEmployerPage(RegisterEmployer.Handler handler, EmployerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RegisterEmployer.Command Input { get; set; } = new();

    public IReadOnlyList<RegisterEmployer.Duplicate> Duplicates { get; private set; } = [];

    public EmployerChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Municipalities = await choices.MunicipalitiesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await handler.HandleAsync(Input, cancellationToken);
        if (result.IsSuccess && result.Value.Id is { } id)
        {
            TempData["Notice"] = text["Employer.Registered", Input.TradeName!.Trim()].Value;
            return RedirectToPage("/Employers/Details", new { id });
        }

        if (result.IsSuccess)
        {
            Duplicates = result.Value.Duplicates;
        }
        else
        {
            ModelState.AddErrors(result.Errors, text);
        }

        Municipalities = await choices.MunicipalitiesAsync(cancellationToken);
        return Page();
    }
}
