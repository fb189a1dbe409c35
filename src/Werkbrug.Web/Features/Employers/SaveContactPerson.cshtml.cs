using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Adds a contact person (no person id in the route) or changes one.</summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class SaveContactPersonPage(SaveContactPerson.Handler handler, EmployerDetails.Handler details, EmployerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public SaveContactPerson.Command Input { get; set; } = new();

    public string TradeName { get; private set; } = string.Empty;

    public bool IsNew { get; private set; }

    public EmployerChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? personId, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        var person = result.IsSuccess && personId is not null ? result.Value.ContactPersons.FirstOrDefault(p => p.Id == personId) : null;
        if (!result.IsSuccess || (personId is not null && person is null))
        {
            return NotFound();
        }

        TradeName = result.Value.TradeName;
        IsNew = person is null;
        Input = person is null
            ? new SaveContactPerson.Command()
            : new SaveContactPerson.Command
            {
                Name = person.Name,
                JobTitle = person.JobTitle,
                Phone = person.Phone,
                Email = person.Email,
                PreferredChannel = person.PreferredChannel,
                Version = result.Value.Version,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? personId, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, personId, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Employer.ContactPersonSaved", Input.Name!.Trim()].Value;
            return RedirectToPage("/Employers/Details", new { id });
        }

        var employer = await details.HandleAsync(id, cancellationToken);
        TradeName = employer.IsSuccess ? employer.Value.TradeName : string.Empty;
        IsNew = personId is null;
        return this.Refuse(result.Errors, text);
    }
}
