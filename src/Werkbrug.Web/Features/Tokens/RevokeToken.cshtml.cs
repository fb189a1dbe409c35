using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Tokens;

/// <summary>Asks for confirmation, then revokes one of the user's own tokens.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RevokeTokenPage(TokenList.Handler tokens, RevokeToken.Handler revoke, IStringLocalizer<SharedResource> text) : PageModel
{
    public TokenList.Row Token { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await tokens.HandleAsync(null, id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Token = result.Value[0];
        return Token.Status == TokenList.Status.Active ? Page() : RedirectToPage("TokenList");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await revoke.HandleAsync(null, id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        TempData["Notice"] = text["Tokens.Revoked", result.Value.Name].Value;
        return RedirectToPage("TokenList");
    }
}
