using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

/// <summary>Create (no id) or edit a partner organisation.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class OrganisationEditPage(
    Organisations.Get.Handler get, Organisations.Create.Handler create, Organisations.Update.Handler update,
    FormChoices.Handler choices, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public Organisations.Update.Command Input { get; set; } = new();

    [FromRoute]
    public Guid? Id { get; set; }

    public FormChoices.Choices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var item = await get.HandleAsync(id, cancellationToken);
            if (!item.IsSuccess)
            {
                return NotFound();
            }

            Input = Organisations.Update.Command.From(item.Value);
        }

        Choices = await choices.HandleAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = Id is { } id
            ? await update.HandleAsync(id, Input, cancellationToken)
            : await create.HandleAsync(Input.ToCreate(), cancellationToken);
        if (!result.IsSuccess)
        {
            Choices = await choices.HandleAsync(cancellationToken);
            return this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text["Administration.Saved", result.Value.Name].Value;
        return LocalRedirect("/administration/organisations");
    }
}
