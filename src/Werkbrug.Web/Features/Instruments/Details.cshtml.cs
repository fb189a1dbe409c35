using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>One instrument: what it is, how to get it, its rules with their version, its change log; watching it.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InstrumentPage(InstrumentCatalogue.Handler handler, WatchInstrument.Handler watch, IStringLocalizer<SharedResource> text) : PageModel
{
    public InstrumentCatalogue.View Instrument { get; private set; } = null!;

    public bool CanEdit => Policies.InstrumentEditorRoles.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Instrument = result.Value;
        return Page();
    }

    public Task<IActionResult> OnPostWatchAsync(Guid id, CancellationToken cancellationToken) => WatchAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostUnwatchAsync(Guid id, CancellationToken cancellationToken) => WatchAsync(id, false, cancellationToken);

    private async Task<IActionResult> WatchAsync(Guid id, bool on, CancellationToken cancellationToken)
    {
        var result = await watch.HandleAsync(id, on, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors.Any(e => e.Kind == Domain.Common.ErrorKind.NotFound) ? NotFound() : this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text[on ? "Instruments.Watching" : "Instruments.NotWatching"].Value;
        return RedirectToPage(new { id });
    }
}
