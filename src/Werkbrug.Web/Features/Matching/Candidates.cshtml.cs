using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>"Kandidaten zoeken" for a vacancy: filters, the ranked list with explanations, and the shortlist.</summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class CandidatesPage(FindCandidates.Handler search, Shortlist.Handler shortlist, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FindCandidates.Query Filter { get; set; } = new();

    public FindCandidates.Results? Results { get; private set; }

    public IReadOnlyList<Shortlist.Entry> ShortlistEntries { get; private set; } = [];

    public Guid VacancyId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        VacancyId = id;
        var list = await shortlist.ListAsync(id, PageRequest.All, cancellationToken);
        if (!list.IsSuccess)
        {
            return NotFound();
        }

        ShortlistEntries = list.Value.Items;
        var result = await search.HandleAsync(id, Filter with { PageSize = Filter.PageSize ?? FindCandidates.ShownOnPage }, cancellationToken);
        if (!result.IsSuccess)
        {
            return this.Refuse(result.Errors, text, nameof(Filter));
        }

        Results = result.Value;
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(Guid id, string? pseudonym, CancellationToken cancellationToken) =>
        ChangeAsync(id, shortlist.AddAsync(id, new Shortlist.Command { Pseudonym = pseudonym }, cancellationToken), "Matching.Shortlisted");

    public Task<IActionResult> OnPostRemoveAsync(Guid id, string? pseudonym, CancellationToken cancellationToken) =>
        ChangeAsync(id, shortlist.RemoveAsync(id, new Shortlist.Command { Pseudonym = pseudonym }, cancellationToken), "Matching.Unshortlisted");

    private async Task<IActionResult> ChangeAsync(Guid id, Task<Result<string>> change, string notice)
    {
        var result = await change;
        if (!result.IsSuccess && result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = result.IsSuccess ? text[notice, result.Value].Value : text["Shortlist.UnknownCandidate"].Value;
        return Redirect($"/vacancies/{id}/candidates{FilterQuery(Filter)}#shortlist");
    }

    /// <summary>The search's filters as a query string, so the list looks the same after a shortlist change.</summary>
    public static string FilterQuery(FindCandidates.Query filter)
    {
        var parts = new List<string>();
        if (filter.PageSize is { } size)
        {
            parts.Add($"Filter.PageSize={size}");
        }

        if (filter.MaxDistanceKm is { } distance)
        {
            parts.Add($"Filter.MaxDistanceKm={distance}");
        }

        if (filter.IncludeReadyInTime is { } include)
        {
            parts.Add($"Filter.IncludeReadyInTime={(include ? "true" : "false")}");
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }
}
