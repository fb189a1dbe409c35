using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

[Authorize(Policy = Policies.Advisers)]
public sealed class RegisterInterestPage(RegisterInterest.Handler handler, EmployerDetails.Handler details, EmployerChoices choices, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RegisterInterest.Command Input { get; set; } = new();

    public string TradeName { get; private set; } = string.Empty;

    public EmployerChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Input = new RegisterInterest.Command { Since = DutchTime.Today(clock) };
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Employer.InterestRegistered"].Value;
            return RedirectToPage("/Employers/Details", new { id });
        }

        return await LoadAsync(id, cancellationToken) ? this.Refuse(result.Errors, text) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var employer = await details.HandleAsync(id, cancellationToken);
        TradeName = employer.IsSuccess ? employer.Value.TradeName : string.Empty;
        return employer.IsSuccess;
    }
}
