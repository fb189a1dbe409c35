using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>One national arrangement: terms, the regions' answers and figures, the next step, the region's answer, escalation and history.</summary>
[Authorize(Policy = Policies.NationalArrangements)]
public sealed class NationalArrangementPage(ArrangementDetails.Handler details, ArrangementSteps.Handler steps, IStringLocalizer<SharedResource> text, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ArrangementSteps.DecideCommand Input { get; set; } = new();

    public ArrangementDetails.View Arrangement { get; private set; } = null!;

    public DateOnly Today => DutchTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAdvanceAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await steps.AdvanceAsync(id, new ArrangementSteps.VersionCommand { Version = Input.Version }, cancellationToken), "NationalArrangements.Advanced", cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await steps.DecideAsync(id, Input, cancellationToken), "NationalArrangements.Decided", cancellationToken);

    public async Task<IActionResult> OnPostEscalateAsync(Guid id, string regionCode, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await steps.EscalateAsync(id, regionCode, new ArrangementSteps.VersionCommand { Version = Input.Version }, cancellationToken), "NationalArrangements.EscalatedNotice", cancellationToken);

    /// <summary>A line of history in words.</summary>
    public string Describe(ArrangementDetails.HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var region = entry.RegionCode is null ? string.Empty : Arrangement.Regions.FirstOrDefault(r => r.RegionCode == entry.RegionCode)?.RegionName ?? entry.RegionCode;
        return entry.Event switch
        {
            ArrangementEvent.StageChanged when entry.Detail?.Split('→') is [var from, var to]
                && Enum.TryParse<ArrangementStage>(from, out var f) && Enum.TryParse<ArrangementStage>(to, out var t) =>
                text["NationalArrangements.History.StageChanged", text.Label(f), text.Label(t)],
            ArrangementEvent.Accepted or ArrangementEvent.Declined or ArrangementEvent.Reminded => text["NationalArrangements.History." + entry.Event, region, Day(entry.Detail)],
            ArrangementEvent.Escalated when entry.Detail?.Split(';') is [var open, var past, var referrals, var placements, var target] =>
                text["NationalArrangements.History.Escalated", region, open, past, referrals, placements, target],
            ArrangementEvent.TermsChanged => text["NationalArrangements.History.TermsChanged", entry.Detail ?? string.Empty],
            _ => text["NationalArrangements.History." + entry.Event, region],
        };
    }

    private static string Day(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? DutchTime.Format(day) : "–";

    private async Task<IActionResult> AnswerAsync(Guid id, Result<ArrangementSteps.Saved> result, string notice, CancellationToken cancellationToken)
    {
        if (!result.IsSuccess)
        {
            return await this.RefuseAsync(result.Errors, text, "Input", () => LoadAsync(id, cancellationToken));
        }

        TempData["Notice"] = text[notice].Value;
        return Redirect($"/national-arrangements/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (result.IsSuccess)
        {
            Arrangement = result.Value;
        }

        return result.IsSuccess;
    }
}
