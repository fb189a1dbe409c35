using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>One placement with its aftercare plan and durability, and the form to record the status at a checkpoint.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class PlacementDetailsPage(
    PlacementDetails.Handler details, RecordDurability.Handler record, PlacementInstruments.Handler instruments, PlacementChoices choices, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public RecordDurability.Command Input { get; set; } = new();

    public PlacementDetails.View Placement { get; private set; } = null!;

    public PlacementChoices Choices => choices;

    /// <summary>The instruments applied to the placement.</summary>
    public IReadOnlyList<PlacementInstruments.Row> Instruments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new RecordDurability.Command { Checkpoint = NextCheckpoint(Placement), Version = Placement.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostDurabilityAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await record.HandleAsync(id, Input, cancellationToken);
        if (!result.IsSuccess)
        {
            return await this.RefuseAsync(result.Errors, text, nameof(Input), () => LoadAsync(id, cancellationToken));
        }

        TempData["Notice"] = text["Placement.DurabilityRecorded"].Value;
        return RedirectToPage("/Placements/Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await details.HandleAsync(id, cancellationToken)).Into(v => Placement = v))
        {
            return false;
        }

        Instruments = (await instruments.ListAsync(id, Infrastructure.Api.PageRequest.All, cancellationToken)).Value.Items;
        return true;
    }

    private static DurabilityCheckpoint NextCheckpoint(PlacementDetails.View placement) =>
        placement.Durability.FirstOrDefault(d => d.StillEmployed is null)?.Checkpoint ?? DurabilityCheckpoint.SixMonths;
}
