using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Jobs;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// The pool on one day, counted in the database: the job seekers registered on or before the day and not deregistered by
/// then (<see cref="PoolHistory.InPool"/>), per region, owner organisation, benefit, werkfit status and freshness (not
/// stale by <see cref="FreshnessOnDay"/>, the freshness overview's rule), in one GROUP BY; the rows are what the daily
/// snapshot stores and what a live figure is summed from, so both agree by construction.
/// </summary>
public static class PoolCounts
{
    public static async Task<IReadOnlyList<PoolDay>> CountAsync(IQueryable<JobSeekerProfile> profiles, DateOnly day, FreshnessThresholds thresholds, CancellationToken cancellationToken)
    {
        var pool = profiles.Where(j => j.RegisteredOn <= day && (j.DeregisteredOn == null || j.DeregisteredOn > day));
        var facts = pool.Select(new FreshnessOnDay(thresholds, day).WithBucket((j, bucket) => new PoolFact
        {
            RegionCode = j.RegionCode,
            OwnerOrganisationId = j.OwnerOrganisationId,
            Benefit = j.Benefit,
            WerkfitStatus = j.WerkfitStatus,
            Fresh = bucket != (int)Freshness.Stale,
        }));
        // Grouped in the order of IX_JobSeekers_Pool, with the fresh ones summed, so the database walks the index in order.
        var groups = await facts.GroupBy(f => new { f.RegionCode, f.OwnerOrganisationId, f.Benefit, f.WerkfitStatus })
            .Select(g => new { g.Key, Count = g.Count(), Fresh = g.Sum(f => f.Fresh ? 1 : 0) })
            .ToListAsync(cancellationToken);
        return groups.SelectMany(g => new[] { (Fresh: true, Count: g.Fresh), (Fresh: false, Count: g.Count - g.Fresh) }.Where(r => r.Count > 0).Select(r => new PoolDay
        {
            RegionCode = g.Key.RegionCode,
            Day = day,
            OwnerOrganisationId = g.Key.OwnerOrganisationId,
            Benefit = g.Key.Benefit,
            WerkfitStatus = g.Key.WerkfitStatus,
            Fresh = r.Fresh,
            Count = r.Count,
        })).ToList();
    }

    /// <summary>One profile as the pool counts it (a query projection, no personal data).</summary>
    private sealed class PoolFact
    {
        public string RegionCode { get; init; } = string.Empty;

        public Guid OwnerOrganisationId { get; init; }

        public BenefitType Benefit { get; init; }

        public WerkfitStatus WerkfitStatus { get; init; }

        public bool Fresh { get; init; }
    }
}

/// <summary>
/// The cells of pool-werkfit and pool-fresh (docs/adr/0042): for a period that ends today or later the pool counted now
/// (<see cref="PoolCounts"/>, today's freshness), for an ended one the snapshot of its last day that has one in the
/// region; without one, or under a municipality filter (the pool has a postcode area, not a municipality), the period
/// has no figure (<see cref="BreakdownCells.NowAvailable"/>). The organisation filter is the owner organisation, the
/// team filter the case manager's team (live only: a snapshot has no team, so an ended period has no figure per team).
/// </summary>
public sealed class PoolQueries(WerkbrugDb db, IOptions<FreshnessOptions> freshness, TimeProvider clock)
{
    /// <summary>The pool's rows per period and selection already read in this scope: both indicators divide the same pool.</summary>
    private readonly Dictionary<(Period Period, Selection Selection), IReadOnlyList<PoolDay>?> _read = [];

    public static bool Counts(IndicatorDefinition indicator) =>
        indicator.Key is IndicatorCatalogue.PoolWerkfit or IndicatorCatalogue.PoolFresh;

    public async Task<IReadOnlyDictionary<string, BreakdownCells>> CellsAsync(IndicatorDefinition indicator, Selection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(selection);
        var today = DutchTime.Today(clock);
        var now = await PoolAsync(selection.Period, selection, today, cancellationToken);
        var before = await PoolAsync(selection.Period.Previous(), selection, today, cancellationToken);
        Func<PoolDay, bool> hit = indicator.Key == IndicatorCatalogue.PoolFresh ? d => d.Fresh : d => d.WerkfitStatus == WerkfitStatus.WorkReady;
        return indicator.Breakdowns.ToDictionary(
            b => b,
            b => new BreakdownCells(Cells(now, b, hit), Cells(before, b, hit)) { NowAvailable = now is not null, BeforeAvailable = before is not null },
            StringComparer.Ordinal);
    }

    /// <summary>The pool's rows for <paramref name="period"/> (owner filter applied), or null when it has no figure.</summary>
    private async Task<IReadOnlyList<PoolDay>?> PoolAsync(Period period, Selection selection, DateOnly today, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue((period, selection), out var rows))
        {
            rows = await ReadAsync(period, selection, today, cancellationToken);
            _read[(period, selection)] = rows;
        }

        return rows;
    }

    private async Task<IReadOnlyList<PoolDay>?> ReadAsync(Period period, Selection selection, DateOnly today, CancellationToken cancellationToken)
    {
        if (selection.Municipality is not null)
        {
            return null;
        }

        if (PoolHistory.Source(period, today) == PoolSource.Live)
        {
            var profiles = db.JobSeekers.AsNoTracking();
            if (selection.Organisation is { } owner)
            {
                profiles = profiles.Where(j => j.OwnerOrganisationId == owner);
            }

            if (selection.Team is { } team)
            {
                profiles = profiles.Where(j => db.Users.Any(u => u.Id == j.CaseManagerUserId && u.TeamId == team));
            }

            return await PoolCounts.CountAsync(profiles, today, freshness.Value.Thresholds, cancellationToken);
        }

        // A snapshot has no team: an ended period has no figure per team.
        if (selection.Team is not null)
        {
            return null;
        }

        // The region's last snapshot day in the period (the region filter applies), then that day's rows.
        var (from, to) = (period.From, period.To);
        var day = await db.PoolDays.Where(d => d.Day >= from && d.Day <= to).Select(d => (DateOnly?)d.Day).MaxAsync(cancellationToken);
        if (day is null)
        {
            return null;
        }

        var rows = db.PoolDays.AsNoTracking().Where(d => d.Day == day);
        if (selection.Organisation is { } organisation)
        {
            rows = rows.Where(d => d.OwnerOrganisationId == organisation);
        }

        return await rows.ToListAsync(cancellationToken);
    }

    private static List<KeyedCell> Cells(IReadOnlyList<PoolDay>? rows, string breakdown, Func<PoolDay, bool> hit) =>
        rows is null
            ? []
            : rows.GroupBy(r => breakdown switch
                {
                    Breakdowns.OwnerOrganisation => r.OwnerOrganisationId.ToString(),
                    Breakdowns.Benefit => r.Benefit.ToString(),
                    _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of the pool."),
                }, StringComparer.Ordinal)
                .Select(g => new KeyedCell(g.Key, new Cell(g.Where(hit).Sum(r => (long)r.Count), g.Sum(r => (long)r.Count))))
                .ToList();
}

/// <summary>
/// Writes today's pool counts of every region (<see cref="PoolCounts"/>) as the day's snapshot, replacing what that day
/// already had in one transaction, so a second run on the same day leaves the same rows. Runs in the system scope.
/// </summary>
public sealed class WritePoolSnapshots(WerkbrugDb db, IOptions<FreshnessOptions> freshness, TimeProvider clock)
{
    /// <summary>Writes the snapshot of today; returns the number of rows written.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var rows = await PoolCounts.CountAsync(db.JobSeekers.AsNoTracking(), today, freshness.Value.Thresholds, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PoolDays.Where(d => d.Day == today).ExecuteDeleteAsync(cancellationToken);
        db.PoolDays.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return rows.Count;
    }
}

/// <summary>
/// Runs <see cref="WritePoolSnapshots"/> once a day at <see cref="RunAt"/> Dutch time (late, so the snapshot holds most of
/// the day's work), in its own system-scope DI scope, on the one instance that holds the job lease <see cref="LeaseName"/>
/// (ADR 0017). A day whose run was missed has no snapshot; its figures come from the day before in the period, or none.
/// </summary>
public sealed partial class PoolSnapshotJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<PoolSnapshotJob> logger)
    : DailyJob(scopes, leases, clock, logger, LeaseName, RunAt)
{
    public const string LeaseName = "pool-snapshots";

    public static readonly TimeOnly RunAt = new(23, 0);

    /// <summary>The time until the next run at <see cref="RunAt"/> Dutch time: once a day, never twice on one day.</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now) => UntilNext(RunAt, now);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        LogWritten(logger, await services.GetRequiredService<WritePoolSnapshots>().RunAsync(cancellationToken));

    [LoggerMessage(LogLevel.Information, "Pool snapshot: {Rows} rows written for today")]
    private static partial void LogWritten(ILogger logger, int rows);
}
