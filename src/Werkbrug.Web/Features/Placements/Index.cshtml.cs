using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>The placements of the own organisation and the region's durability figures.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class PlacementsIndexPage(PlacementList.Handler list, DurabilityFigures.Handler figures) : PageModel
{
    public PlacementList.Listing Listing { get; private set; } = new([]);

    public DurabilityFigures.View Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Listing = (await list.HandleAsync(cancellationToken)).Value;
        Figures = (await figures.HandleAsync(cancellationToken)).Value;
    }
}
