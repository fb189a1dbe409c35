using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Tokens;

[Authorize(Policy = Policies.Staff)]
public sealed class CreateTokenPage(CreateToken.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CreateToken.Command Input { get; set; } = new() { ExpiresInDays = CreateToken.DefaultDays };

    /// <summary>The roles the user can give a token: their own. All are ticked at first.</summary>
    public IReadOnlyList<string> AvailableRoles => Roles.All.Where(User.IsInRole).ToList();

    public void OnGet() => Input = Input with { Roles = AvailableRoles };

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // No box ticked means no roles (the API reads a missing list as "all roles").
        Input = Input with { Roles = Input.Roles ?? [] };
        var result = await handler.HandleAsync(null, Input, cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text);
        }

        TempData[TokenListPage.SecretKey] = result.Value.Token;
        TempData["Notice"] = text["Tokens.CreatedNotice", result.Value.Name].Value;
        return RedirectToPage("TokenList");
    }
}
