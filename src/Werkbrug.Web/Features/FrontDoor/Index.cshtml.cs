using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Werkbrug.Web.Features.FrontDoor;

[AllowAnonymous]
public sealed class FrontDoorPage(ServicePointDirectory directory) : PageModel
{
    public ServicePointContact Contact { get; private set; } = new("", "", null, null, null);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Contact = await directory.ContactAsync(cancellationToken);
}
