using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

/// <summary>Create (no id) or edit a service point.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class ServicePointEditPage(
    ServicePoints.Get.Handler get, ServicePoints.Create.Handler create, ServicePoints.Update.Handler update, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public ServicePoints.Update.Command Input { get; set; } = new();

    [FromRoute]
    public Guid? Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var item = await get.HandleAsync(id, cancellationToken);
            if (!item.IsSuccess)
            {
                return NotFound();
            }

            Input = ServicePoints.Update.Command.From(item.Value);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = Id is { } id
            ? await update.HandleAsync(id, Input, cancellationToken)
            : await create.HandleAsync(Input.ToCreate(), cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text["Administration.Saved", result.Value.Name].Value;
        return LocalRedirect("/administration/service-points");
    }
}
