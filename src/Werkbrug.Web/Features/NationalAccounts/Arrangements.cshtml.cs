using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>Landelijke afspraken: those of the user's accounts, or those their region takes part in.</summary>
[Authorize(Policy = Policies.NationalArrangements)]
public sealed class NationalArrangementsPage(ArrangementDetails.Handler handler) : PageModel
{
    public IReadOnlyList<ArrangementDetails.Row> Arrangements { get; private set; } = [];

    public bool IsNationalAccountManager => User.IsInRole(Roles.NationalAccountManager);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Arrangements = (await handler.ListAsync(PageRequest.All, cancellationToken)).Items;
}
