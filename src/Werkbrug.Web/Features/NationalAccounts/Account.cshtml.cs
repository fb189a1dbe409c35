using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>One national account per region: registrations, locations, account managers, vacancies, contacts and placements against the targets.</summary>
[Authorize(Policy = Policies.NationalAccounts)]
public sealed class NationalAccountPage(AccountDetails.Handler handler) : PageModel
{
    public AccountDetails.View Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Account = result.Value;
        return Page();
    }
}
