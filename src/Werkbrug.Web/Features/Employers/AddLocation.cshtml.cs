using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

[Authorize(Policy = Policies.Advisers)]
public sealed class AddLocationPage(AddLocation.Handler handler, EmployerDetails.Handler details, EmployerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public AddLocation.Command Input { get; set; } = new();

    public string TradeName { get; private set; } = string.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Employer.LocationAdded"].Value;
            return RedirectToPage("/Employers/Details", new { id });
        }

        return await LoadAsync(id, cancellationToken) ? this.Refuse(result.Errors, text) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var employer = await details.HandleAsync(id, cancellationToken);
        if (!employer.IsSuccess)
        {
            return false;
        }

        TradeName = employer.Value.TradeName;
        Municipalities = await choices.MunicipalitiesAsync(cancellationToken);
        return true;
    }
}
