using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

[Authorize(Policy = Policies.Advisers)]
public sealed class EditEmployerPage(EditEmployer.Handler handler, EmployerDetails.Handler details, EmployerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public EditEmployer.Command Input { get; set; } = new();

    public string TradeName { get; private set; } = string.Empty;

    public EmployerChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        var v = result.Value;
        TradeName = v.TradeName;
        Input = new EditEmployer.Command
        {
            KvkNumber = v.KvkNumber,
            TradeName = v.TradeName,
            SbiCodes = v.SbiCodes.Select(c => c.Code).ToList(),
            SizeClass = v.SizeClass,
            Status = v.Status,
            Version = v.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Employer.Saved"].Value;
            return RedirectToPage("/Employers/Details", new { id });
        }

        TradeName = Input.TradeName ?? string.Empty;
        return this.Refuse(result.Errors, text);
    }
}
