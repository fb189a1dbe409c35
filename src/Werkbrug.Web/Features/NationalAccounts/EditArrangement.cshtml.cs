using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>
/// The national account manager proposes an arrangement for an account (?account=) or changes a proposal's terms: one
/// target field per region where the employer is registered; an empty target leaves the region out.
/// </summary>
[Authorize(Policy = Policies.NationalAccounts)]
public sealed class EditArrangementPage(SaveArrangement.Handler handler, ArrangementDetails.Handler details, WerkbrugDb db, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed record RegionInput
    {
        public string? RegionCode { get; init; }

        public int? PlacementTarget { get; init; }
    }

    public sealed record PageInput
    {
        public string? Title { get; init; }

        public int? ReactionTermWorkingDays { get; init; }

        public int? CandidatesPerVacancy { get; init; }

        public int? AftercareWeeks { get; init; }

        public string? AftercareDescription { get; init; }

        public List<RegionInput> Regions { get; init; } = [];

        public int? Version { get; init; }
    }

    [BindProperty]
    public PageInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? AccountId { get; set; }

    public string AccountName { get; private set; } = string.Empty;

    /// <summary>The regions the employer is registered in, by code, with their names.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> AccountRegions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            var result = await details.HandleAsync(existing, cancellationToken);
            if (!result.IsSuccess || !result.Value.Permissions.Edit)
            {
                return NotFound();
            }

            var a = result.Value;
            AccountId = a.NationalAccountId;
            Input = new PageInput
            {
                Title = a.Title,
                ReactionTermWorkingDays = a.ReactionTermWorkingDays,
                CandidatesPerVacancy = a.CandidatesPerVacancy,
                AftercareWeeks = a.AftercareWeeks,
                AftercareDescription = a.AftercareDescription,
                Version = a.Version,
                Regions = [.. a.Regions.Select(r => new RegionInput { RegionCode = r.RegionCode, PlacementTarget = r.PlacementTarget })],
            };
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var command = new SaveArrangement.Command
        {
            NationalAccountId = AccountId,
            Title = Input.Title,
            ReactionTermWorkingDays = Input.ReactionTermWorkingDays,
            CandidatesPerVacancy = Input.CandidatesPerVacancy,
            AftercareWeeks = Input.AftercareWeeks,
            AftercareDescription = Input.AftercareDescription,
            Regions = [.. Input.Regions.Where(r => r.PlacementTarget is not null).Select(r => new SaveArrangement.RegionTarget { RegionCode = r.RegionCode, PlacementTarget = r.PlacementTarget })],
            Version = Input.Version,
        };
        if (id is { } existing)
        {
            AccountId = await db.NationalArrangements.Where(a => a.Id == existing).Select(a => (Guid?)a.NationalAccountId).FirstOrDefaultAsync(cancellationToken);
        }

        var result = id is null ? await handler.CreateAsync(command with { NationalAccountId = AccountId }, cancellationToken) : await handler.UpdateAsync(id.Value, command, cancellationToken);
        if (!result.IsSuccess)
        {
            return await this.RefuseAsync(result.Errors, text, "Input", () => LoadAsync(cancellationToken));
        }

        TempData["Notice"] = text["NationalArrangements.Saved"].Value;
        return Redirect($"/national-arrangements/{result.Value.Id}");
    }

    /// <summary>The account (the user's own) and the regions its employer is registered in; false when it is not the user's.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var me = db.Scope.UserId;
        var account = await db.NationalAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == AccountId && a.ManagerUserId == me, cancellationToken);
        if (account is null)
        {
            return false;
        }

        AccountName = account.Name;
        // Through the national-account scope: the account's registrations in every region.
        var codes = await db.Employers.Where(e => e.KvkNumber == account.KvkNumber).Select(e => e.RegionCode).Distinct().ToListAsync(cancellationToken);
        AccountRegions = await db.Regions.Where(r => codes.Contains(r.Code)).OrderBy(r => r.Code)
            .Select(r => KeyValuePair.Create(r.Code, r.Name)).ToListAsync(cancellationToken);
        return true;
    }
}
