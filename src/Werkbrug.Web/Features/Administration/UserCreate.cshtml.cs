using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

[Authorize(Policy = Policies.Administration)]
public sealed class UserCreatePage(Users.Create.Handler create, FormChoices.Handler choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public Users.Create.Command Input { get; set; } = new();

    public FormChoices.Choices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Choices = await choices.HandleAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await create.HandleAsync(Input, cancellationToken);
        if (!result.IsSuccess)
        {
            Choices = await choices.HandleAsync(cancellationToken);
            return this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text["Administration.Saved", result.Value.DisplayName].Value;
        return LocalRedirect("/administration/users");
    }
}
