using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>
/// National arrangements as each role sees them: the national account manager those of their accounts, a region's
/// manager and region coordinator those their region takes part in (all regions' answers and figures, counts only).
/// </summary>
public static class ArrangementDetails
{
    public sealed record Row(Guid Id, string Title, Guid NationalAccountId, string AccountName, ArrangementStage Stage, int Regions, int Accepted, int Declined, int Silent);

    public sealed record View(
        Guid Id, string Title, Guid NationalAccountId, string AccountName, string KvkNumber, ArrangementStage Stage, ArrangementStage? NextStage,
        int ReactionTermWorkingDays, int CandidatesPerVacancy, int AftercareWeeks, string? AftercareDescription, DateTime CreatedAtUtc, int Version,
        IReadOnlyList<RegionView> Regions, IReadOnlyList<HistoryEntry> History, Permissions Permissions);

    /// <summary>A region's answer and figures (placements since the arrangement was made; past the term: open vacancies of the account that waited longer than the reaction term without the agreed candidates).</summary>
    public sealed record RegionView(
        string RegionCode, string RegionName, int PlacementTarget, RegionDecision Decision, DateOnly? AskedOn, DateOnly? DecidedOn,
        DateOnly? RemindedOn, DateOnly? EscalatedOn, RegionFigures Figures, bool Lags);

    public sealed record HistoryEntry(DateTime AtUtc, ArrangementEvent Event, string? RegionCode, string? Detail, string? UserName);

    /// <summary>What the current user may do: edit the terms, take the next step, answer for their own region (<see cref="DecideFor"/>), escalate a lagging region.</summary>
    public sealed record Permissions(bool Edit, bool Advance, string? DecideFor, bool Escalate);

    /// <summary>The arrangements the current user may see.</summary>
    public static IQueryable<NationalArrangement> Visible(WerkbrugDb db)
    {
        var me = db.Scope.UserId;
        var region = db.Scope.IsInRole(Roles.Manager) || db.Scope.IsInRole(Roles.RegionCoordinator) ? db.Scope.RegionCode : null;
        return db.NationalArrangements.Where(a =>
            db.NationalAccounts.Any(n => n.Id == a.NationalAccountId && n.ManagerUserId == me)
            || (region != null && a.Regions.Any(r => r.RegionCode == region)));
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Paged<Row>> ListAsync(PageRequest paging, CancellationToken cancellationToken) =>
            await Visible(db).AsNoTracking().OrderByDescending(a => a.CreatedAtUtc).ThenBy(a => a.Id)
                .Select(a => new Row(
                    a.Id, a.Title, a.NationalAccountId, db.NationalAccounts.Where(n => n.Id == a.NationalAccountId).Select(n => n.Name).First(), a.Stage,
                    a.Regions.Count, a.Regions.Count(r => r.Decision == RegionDecision.Accepted), a.Regions.Count(r => r.Decision == RegionDecision.Declined),
                    a.Regions.Count(r => r.Decision == RegionDecision.Silent)))
                .ToPagedAsync(paging, cancellationToken);

        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var arrangement = await Visible(db).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (arrangement is null)
            {
                return Error.NotFound();
            }

            var account = await db.NationalAccounts.AsNoTracking().SingleAsync(n => n.Id == arrangement.NationalAccountId, cancellationToken);
            var today = DutchTime.Today(clock);
            var counts = await AccountFigures.PerRegionAsync(
                db, account.KvkNumber, DateOnly.FromDateTime(DutchTime.ToLocal(arrangement.CreatedAtUtc)), arrangement.ReactionTermWorkingDays,
                arrangement.CandidatesPerVacancy, today, cancellationToken);
            var regionNames = await db.Regions.ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);
            var history = await db.ArrangementChanges.AsNoTracking().Where(c => c.ArrangementId == id)
                .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
                .Select(c => new HistoryEntry(c.AtUtc, c.Event, c.RegionCode, c.Detail, db.Users.IgnoreQueryFilters().Where(u => u.Id == c.UserId).Select(u => u.DisplayName).FirstOrDefault()))
                .ToListAsync(cancellationToken);

            var owner = account.ManagerUserId == db.Scope.UserId;
            var regions = arrangement.Regions.OrderBy(r => r.RegionCode).Select(r =>
            {
                var figures = counts.GetValueOrDefault(r.RegionCode, AccountFigures.Counts.None).ForTarget(r.PlacementTarget);
                return new RegionView(
                    r.RegionCode, regionNames.GetValueOrDefault(r.RegionCode, r.RegionCode), r.PlacementTarget, r.Decision, r.AskedOn, r.DecidedOn,
                    r.RemindedOn, r.EscalatedOn, figures, ArrangementSteps.CanEscalate(arrangement, r) && figures.Lags);
            }).ToList();
            var decideFor = arrangement.Stage == ArrangementStage.RegionsReview && ArrangementSteps.MayDecide(db.Scope)
                && arrangement.Regions.Any(r => r.RegionCode == db.Scope.RegionCode) ? db.Scope.RegionCode : null;
            var permissions = new Permissions(
                owner && arrangement.Stage == ArrangementStage.Proposal, owner && arrangement.NextStage is not null, decideFor, owner && regions.Any(r => r.Lags));

            return new View(
                arrangement.Id, arrangement.Title, account.Id, account.Name, account.KvkNumber, arrangement.Stage, arrangement.NextStage,
                arrangement.ReactionTermWorkingDays, arrangement.CandidatesPerVacancy, arrangement.AftercareWeeks, arrangement.AftercareDescription,
                arrangement.CreatedAtUtc, arrangement.Version, regions, history, permissions);
        }
    }
}
