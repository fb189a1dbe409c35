using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>Localised choices for the placement forms: the code lists and the placing organisation's staff.</summary>
public sealed class PlacementChoices(WerkbrugDb db, IStringLocalizer<SharedResource> text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Options<T>()
        where T : struct, Enum => text.Options<T>();

    public string Label<T>(T value)
        where T : struct, Enum => text.Label(value);

    /// <summary>The active users of the caller's organisation (the placing one), for the contact person.</summary>
    public Task<IReadOnlyList<KeyValuePair<string, string>>> StaffAsync(CancellationToken cancellationToken) => db.ColleagueOptionsAsync(cancellationToken);
}

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

[Authorize(Policy = Policies.JobSeekers)]
public sealed class PlacementDetailsPage(PlacementDetails.Handler details, RecordDurability.Handler record, PlacementChoices choices, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public RecordDurability.Command Input { get; set; } = new();

    public PlacementDetails.View Placement { get; private set; } = null!;

    public PlacementChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Placement = result.Value;
        Input = new RecordDurability.Command { Checkpoint = NextCheckpoint(Placement), Version = Placement.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostDurabilityAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await record.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Placement.DurabilityRecorded"].Value;
            return RedirectToPage("/Placements/Details", new { id });
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors, text);
        var reloaded = await details.HandleAsync(id, cancellationToken);
        if (!reloaded.IsSuccess)
        {
            return NotFound();
        }

        Placement = reloaded.Value;
        return Page();
    }

    private static DurabilityCheckpoint NextCheckpoint(PlacementDetails.View placement) =>
        placement.Durability.FirstOrDefault(d => d.StillEmployed is null)?.Checkpoint ?? DurabilityCheckpoint.SixMonths;
}

[Authorize(Policy = Policies.JobSeekers)]
public sealed class EditPlacementPage(UpdatePlacement.Handler handler, PlacementDetails.Handler details, PlacementChoices choices, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public UpdatePlacement.Command Input { get; set; } = new();

    public PlacementChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Staff { get; private set; } = [];

    public string VacancyTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess || !result.Value.CanEdit)
        {
            return NotFound();
        }

        var p = result.Value;
        VacancyTitle = p.VacancyTitle;
        Input = new UpdatePlacement.Command
        {
            StartDate = p.StartDate,
            ContractType = p.ContractType,
            HoursPerWeek = p.HoursPerWeek,
            Instrument = p.Instrument,
            JobCoachAgreed = p.JobCoachAgreed,
            ContactPersonUserId = p.ContactPersonUserId,
            Version = p.Version,
        };
        Staff = await choices.StaffAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Placement.Saved"].Value;
            return RedirectToPage("/Placements/Details", new { id });
        }

        if (result.Errors[0].Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors, text);
        Staff = await choices.StaffAsync(cancellationToken);
        return Page();
    }
}
