using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>The placements of the own organisation and the region's durability figures.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class PlacementsIndexPage(PlacementList.Handler list, DurabilityFigures.Handler figures) : PageModel
{
    /// <summary>The page has no pager: it shows the most recent this many.</summary>
    public const int Shown = 500;

    public IReadOnlyList<PlacementList.Item> Placements { get; private set; } = [];

    public DurabilityFigures.View Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Placements = (await list.HandleAsync(new PageRequest { UpTo = Shown }, cancellationToken)).Value.Items;
        Figures = (await figures.HandleAsync(cancellationToken)).Value;
    }
}
