using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>The placing organisation records ("new") or changes an instrument applied to a placement, or removes it.</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class PlacementInstrumentPage(PlacementInstruments.Handler handler, PlacementDetails.Handler details, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public PlacementInstruments.Command Input { get; set; } = new();

    public IReadOnlyList<KeyValuePair<string, string>> Choices { get; private set; } = [];

    public PlacementInstruments.Row? Existing { get; private set; }

    public string VacancyTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, string instrumentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, instrumentId, cancellationToken))
        {
            return NotFound();
        }

        Input = Existing is { } e
            ? new PlacementInstruments.Command { InstrumentId = e.InstrumentId, StartsOn = e.StartsOn, EndsOn = e.EndsOn, Amount = e.Amount, Note = e.Note, Version = e.Version }
            : new PlacementInstruments.Command();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string instrumentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, instrumentId, cancellationToken))
        {
            return NotFound();
        }

        var result = Existing is { } e ? await handler.UpdateAsync(id, e.Id, Input, cancellationToken) : await handler.AddAsync(id, Input, cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text, nameof(Input));
        }

        TempData["Notice"] = text["PlacementInstruments.Saved"].Value;
        return Redirect($"/placements/{id}#placement-instruments");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string instrumentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, instrumentId, cancellationToken) || Existing is null)
        {
            return NotFound();
        }

        var result = await handler.RemoveAsync(id, Existing.Id, cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text, nameof(Input));
        }

        TempData["Notice"] = text["PlacementInstruments.Removed"].Value;
        return Redirect($"/placements/{id}#placement-instruments");
    }

    /// <summary>The placement (the placing organisation only: to anyone else the form does not exist), the row when not "new", the catalogue.</summary>
    private async Task<bool> LoadAsync(Guid id, string instrumentId, CancellationToken cancellationToken)
    {
        var placement = await details.HandleAsync(id, cancellationToken);
        if (!placement.IsSuccess || !placement.Value.CanEdit)
        {
            return false;
        }

        VacancyTitle = placement.Value.VacancyTitle;
        if (instrumentId != "new")
        {
            if (!Guid.TryParse(instrumentId, out var rowId) || !(await handler.GetAsync(id, rowId, cancellationToken)).Into(r => Existing = r))
            {
                return false;
            }
        }

        Choices = await handler.ChoicesAsync(cancellationToken);
        return true;
    }
}
