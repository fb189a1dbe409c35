using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>Landelijke accounts: the national account manager's accounts, and taking on another national employer.</summary>
[Authorize(Policy = Policies.NationalAccounts)]
public sealed class NationalAccountsPage(NationalAccountList.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public NationalAccountList.Command Input { get; set; } = new();

    public IReadOnlyList<NationalAccountList.Row> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = (await handler.ListAsync(PageRequest.All, cancellationToken)).Items;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.RegisterAsync(Input, cancellationToken);
        if (!result.IsSuccess)
        {
            Accounts = (await handler.ListAsync(PageRequest.All, cancellationToken)).Items;
            return this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text["NationalAccounts.Registered", result.Value.Name].Value;
        return Redirect($"/national-accounts/{result.Value.Id}");
    }
}
