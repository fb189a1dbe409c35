using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>Weging: the region's matching weights and their history; the region coordinator sets new ones (<see cref="RegionWeights"/>).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class WeightsPage(RegionWeights.Handler handler, IAuthorizationService authorization, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RegionWeights.Command Input { get; set; } = new();

    public RegionWeights.Overview? Overview { get; private set; }

    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = RegionWeights.Command.From(Overview!.Current);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WeightEditors)).Succeeded)
        {
            return Forbid();
        }

        var saved = await handler.SaveAsync(Input, cancellationToken);
        if (!saved.IsSuccess)
        {
            await LoadAsync(cancellationToken);
            return this.Refuse(saved.Errors, text);
        }

        TempData["Notice"] = text["MatchingWeights.Saved", saved.Value.Version].Value;
        return LocalRedirect("/matching/weights");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WeightEditors)).Succeeded;
        Overview = await handler.GetAsync(cancellationToken);
    }
}
