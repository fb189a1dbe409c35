using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Goals;

/// <summary>
/// Goals with their progress, computed in this one place for the plan page, the API, the indicators page and the
/// yearly evaluation: each goal's figure is the indicator's figure for exactly the goal's filter (period, organisation,
/// municipality; the breakdown row's figure when the goal names a row), through the small-group rule, compared with
/// the target by <see cref="Progress.Of"/>. A hidden figure gives only "not measurable".
/// </summary>
public static class GoalsWithProgress
{
    /// <summary>
    /// A goal and where it stands. <c>organisation</c> empty: a joint goal of the region. <c>breakdownLabel</c> is the
    /// row's label as the indicator shows it. <c>progress.value</c> and <c>percentOfTarget</c> are null when not measurable.
    /// </summary>
    public sealed record GoalView(
        Guid Id,
        Guid PlanId,
        int Version,
        string IndicatorKey,
        string IndicatorName,
        IndicatorKind Kind,
        IndicatorFigures.PeriodView Period,
        double Target,
        GoalDirection Direction,
        Guid? Organisation,
        string? OrganisationName,
        string? Municipality,
        string? BreakdownDimension,
        string? BreakdownKey,
        string? BreakdownLabel,
        Progress Progress)
    {
        public bool Joint => Organisation is null;
    }

    public sealed class Handler(WerkbrugDb db, IndicatorFigures.Handler figures, IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        /// <summary>The goals of one plan of the caller's region (none for another region's plan).</summary>
        public Task<IReadOnlyList<GoalView>> ForPlanAsync(Guid planId, CancellationToken cancellationToken) =>
            ComputeAsync(db.Goals.Where(g => g.PlanId == planId), cancellationToken);

        /// <summary>The goals of every plan of the caller's region for <paramref name="year"/> (the yearly evaluation).</summary>
        public Task<IReadOnlyList<GoalView>> ForYearAsync(int year, CancellationToken cancellationToken) =>
            ComputeAsync(db.Goals.Where(g => db.Plans.Any(p => p.Id == g.PlanId && p.Year == year)), cancellationToken);

        /// <summary>
        /// The goals for the filter the indicators page shows (same period, organisation and municipality), compared with
        /// the figures it already computed.
        /// </summary>
        public async Task<IReadOnlyList<GoalView>> ForFiguresAsync(IReadOnlyList<IndicatorFigures.View> shown, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(shown);

            // Goals are set for the region, an organisation or a municipality, never for a team.
            if (shown.Count == 0 || shown[0].Team is not null)
            {
                return [];
            }

            var (from, to, organisation, municipality) = (shown[0].Period.From, shown[0].Period.To, shown[0].Organisation, shown[0].Municipality);
            var goals = await db.Goals.AsNoTracking()
                .Where(g => g.From == from && g.To == to && g.OrganisationId == organisation && g.Municipality == municipality)
                .ToListAsync(cancellationToken);
            var byKey = shown.ToDictionary(v => v.Key);
            var names = await NamesAsync(cancellationToken);
            return [.. Order(goals.Where(g => byKey.ContainsKey(g.IndicatorKey))).Select(g => Present(g, byKey[g.IndicatorKey], names))];
        }

        private async Task<IReadOnlyList<GoalView>> ComputeAsync(IQueryable<Goal> query, CancellationToken cancellationToken)
        {
            var goals = Order(await query.AsNoTracking().ToListAsync(cancellationToken)).ToList();
            var names = await NamesAsync(cancellationToken);
            var views = new List<GoalView>();
            // Goals with the same filter share one computation of the indicator.
            var computed = new Dictionary<(string, DateOnly, DateOnly, Guid?, string?), IndicatorFigures.View?>();
            foreach (var goal in goals)
            {
                var filter = (goal.IndicatorKey, goal.From, goal.To, goal.OrganisationId, goal.Municipality);
                if (!computed.TryGetValue(filter, out var figure))
                {
                    var result = await figures.HandleAsync(goal.IndicatorKey, new IndicatorFigures.Query { From = goal.From, To = goal.To, Organisation = goal.OrganisationId, Municipality = goal.Municipality }, cancellationToken);
                    computed[filter] = figure = result.IsSuccess ? result.Value : null;
                }

                views.Add(Present(goal, figure, names));
            }

            return views;
        }

        private static IEnumerable<Goal> Order(IEnumerable<Goal> goals)
        {
            var order = IndicatorCatalogue.All.Select((i, n) => (i.Key, n)).ToDictionary(x => x.Key, x => x.n);
            return goals.OrderBy(g => g.OrganisationId is not null).ThenBy(g => order.GetValueOrDefault(g.IndicatorKey, int.MaxValue)).ThenBy(g => g.From).ThenBy(g => g.Id);
        }

        /// <summary>The goal against <paramref name="figure"/> (null: the filter no longer holds, e.g. a municipality left the region).</summary>
        private GoalView Present(Goal goal, IndicatorFigures.View? figure, IReadOnlyDictionary<Guid, string> names)
        {
            var indicator = IndicatorCatalogue.Find(goal.IndicatorKey);
            var kind = indicator?.Kind ?? IndicatorKind.Count;
            var row = goal.BreakdownDimension is null ? null
                : figure?.Breakdowns.FirstOrDefault(b => b.Dimension == goal.BreakdownDimension)?.Rows.FirstOrDefault(r => r.Key == goal.BreakdownKey);
            var value = figure is null ? Figure.Hidden
                : goal.BreakdownDimension is null ? figure.Value
                : row?.Value ?? None(kind);
            var period = Period.Between(goal.From, goal.To).Value;
            return new GoalView(
                goal.Id, goal.PlanId, goal.Version, goal.IndicatorKey, text[$"Indicators.{goal.IndicatorKey}.Name"], kind, IndicatorFigures.PeriodView.Of(period),
                goal.Target, goal.Direction, goal.OrganisationId, goal.OrganisationId is { } o ? names.GetValueOrDefault(o) : null, goal.Municipality,
                goal.BreakdownDimension, goal.BreakdownKey, row?.Label ?? goal.BreakdownKey,
                Progress.Of(value, kind, goal.Direction, goal.Target, period, DutchTime.Today(clock)));
        }

        /// <summary>A row the breakdown does not have: no records, so a count of 0, and no share or average.</summary>
        private static Figure None(IndicatorKind kind) => kind == IndicatorKind.Count ? new Figure(0, 0, null, false) : new Figure(null, 0, null, false);

        private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken) =>
            await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }
}
