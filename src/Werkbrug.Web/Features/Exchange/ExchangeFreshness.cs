using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Exchange;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Exchange;

/// <summary>
/// How fresh the exchange is per source: for every organisation of the region, source system and kind, the last delivery
/// (when, rows, rows refused) and the totals. Counts only; the region filter keeps other regions out.
/// </summary>
public static class ExchangeFreshness
{
    public sealed record View
    {
        public required IReadOnlyList<SourceRow> Sources { get; init; }
    }

    public sealed record SourceRow
    {
        public required Guid OrganisationId { get; init; }

        public required string Organisation { get; init; }

        /// <summary>The partner's source system, or "vum-bestand" for VUM files imported by users.</summary>
        public required string SourceSystem { get; init; }

        public required ExchangeKind Kind { get; init; }

        public required DateTime LastDeliveryAtUtc { get; init; }

        /// <summary>Whole days since the last delivery (Dutch calendar days).</summary>
        public required int DaysSinceLastDelivery { get; init; }

        public required int LastRows { get; init; }

        public required int LastRejected { get; init; }

        public required int Deliveries { get; init; }

        public required int Rows { get; init; }

        public required int Rejected { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(CancellationToken cancellationToken)
        {
            var totals = await db.ExchangeDeliveries.GroupBy(d => new { d.OrganisationId, d.SourceSystem, d.Kind })
                .Select(g => new { g.Key.OrganisationId, g.Key.SourceSystem, g.Key.Kind, Deliveries = g.Count(), Rows = g.Sum(d => d.Rows), Rejected = g.Sum(d => d.Rejected) })
                .ToListAsync(cancellationToken);
            var latest = await db.ExchangeDeliveries
                .Where(d => d.ReceivedAtUtc == db.ExchangeDeliveries.Where(o => o.OrganisationId == d.OrganisationId && o.SourceSystem == d.SourceSystem && o.Kind == d.Kind).Max(o => o.ReceivedAtUtc))
                .Select(d => new { d.OrganisationId, d.SourceSystem, d.Kind, d.ReceivedAtUtc, d.Rows, d.Rejected })
                .ToListAsync(cancellationToken);
            var names = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            var today = DutchTime.Today(clock);
            var rows = totals.Select(t =>
            {
                var last = latest.Where(l => l.OrganisationId == t.OrganisationId && l.SourceSystem == t.SourceSystem && l.Kind == t.Kind).MaxBy(l => l.ReceivedAtUtc)!;
                return new SourceRow
                {
                    OrganisationId = t.OrganisationId,
                    Organisation = names.GetValueOrDefault(t.OrganisationId) ?? "?",
                    SourceSystem = t.SourceSystem,
                    Kind = t.Kind,
                    LastDeliveryAtUtc = last.ReceivedAtUtc,
                    DaysSinceLastDelivery = today.DayNumber - DateOnly.FromDateTime(DutchTime.ToLocal(last.ReceivedAtUtc)).DayNumber,
                    LastRows = last.Rows,
                    LastRejected = last.Rejected,
                    Deliveries = t.Deliveries,
                    Rows = t.Rows,
                    Rejected = t.Rejected,
                };
            }).OrderBy(r => r.Organisation, StringComparer.CurrentCulture).ThenBy(r => r.SourceSystem, StringComparer.Ordinal).ThenBy(r => r.Kind).ToList();
            return new View { Sources = rows };
        }
    }
}
