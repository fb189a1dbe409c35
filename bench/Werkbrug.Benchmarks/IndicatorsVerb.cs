using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Goals;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>indicators</c>: the dashboard's data (every indicator of the catalogue for a year and the year before, with the
/// goals for that filter: what <c>/indicators</c> and <c>GET /api/v1/indicators/{key}</c> compute) for a manager of a
/// large region, on a fresh (or with <c>--keep</c> a kept) SQLite file and PostgreSQL database filled by the synthetic generator (<see cref="SyntheticWork"/>,
/// the one that builds the living demo region) at issue 17's volume. The baseline in the same run counts one indicator
/// (placements, its five breakdowns, period and previous period) the way a report built on a list export does: the rows
/// loaded into the app and grouped there (two queries, one per period); its counts are checked against the aggregates before anything is timed.
/// </summary>
internal static class IndicatorsVerb
{
    private const string Region = "AM14";

    public static async Task<int> RunAsync(Options o, string[] args)
    {
        // The handlers run here as in the web app, under its garbage collector (server GC, concurrent), as ImportVerb does.
        if (!GCSettings.IsServerGC && Environment.GetEnvironmentVariable("DOTNET_gcServer") is null)
        {
            return await ImportVerb.RunAgainWithServerGcAsync();
        }

        var scale = ScaleOf(args);
        var runs = o.Queries ?? 20;
        var postgres = o.Postgres ?? Environment.GetEnvironmentVariable("WERKBRUG_BENCH_POSTGRES");
        var volume = new SyntheticData.Options(
            1, OrganisationsPerRegion: 6, UsersPerRegion: 40, Seed: o.Seed ?? 17, Prefix: "Bench", EmployersPerRegion: (int)(6_000 * scale),
            VacanciesPerRegion: (int)(10_000 * scale), JobSeekersPerRegion: (int)(25_000 * scale), Region: Region, ContactsPerEmployer: 4,
            IntakeRequestsPerRegion: (int)(2_000 * scale), ReferralsPerRegion: (int)(40_000 * scale));
        var summary = new StringBuilder("indicators:");
        foreach (var provider in postgres is null ? ["Sqlite"] : new[] { "Sqlite", "Postgres" })
        {
            await using var host = await BenchHost.StartAsync(provider, postgres, o.Keep, []);
            var fill = Stopwatch.StartNew();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                if (!host.Reused)
                {
                    await ActivatorUtilities.CreateInstance<SyntheticData>(scope.ServiceProvider).GenerateAsync(volume, CancellationToken.None);
                    await ActivatorUtilities.CreateInstance<SyntheticWork>(scope.ServiceProvider).GenerateAsync(volume, CancellationToken.None);
                }

                // What the demo region has besides its work (each added once, also to a kept database): the register the
                // reach among all employers divides by, and the pool snapshots the previous period's pool figures read.
                var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
                db.Scope.EnterSystemScope();
                var day = DutchTime.Today(TimeProvider.System);
                await DemoPopulation.AddAsync(db, Region, day.Year, CancellationToken.None);
                await DemoPoolHistory.AddAsync(db, Region, day, FreshnessThresholds.Default, CancellationToken.None);
            }

            var (manager, counts) = await RegionAsync(host);
            Console.WriteLine($"indicators: provider={provider.ToLowerInvariant()} {(host.Reused ? "reused=" + o.Keep : $"filled_seconds={fill.Elapsed.TotalSeconds:0}")} {counts}");
            var user = await host.UserAsync(manager);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var year = new IndicatorFigures.Query { From = today.AddYears(-1).AddDays(1), To = today };

            // The dashboard: every indicator, its breakdowns, both periods, and the goals of this filter.
            var dashboard = await TimeAsync(runs, () => host.AsAsync(user, async services =>
            {
                var figures = await services.GetRequiredService<IndicatorFigures.Handler>().AllAsync(year, CancellationToken.None);
                await services.GetRequiredService<GoalsWithProgress.Handler>().ForFiguresAsync(figures.Value, CancellationToken.None);
                return figures.Value.Count;
            }));
            Console.WriteLine($"indicators: provider={provider.ToLowerInvariant()} what=dashboard indicators={IndicatorCatalogue.All.Count} runs={runs} p50_ms={dashboard.P50:0} p95_ms={dashboard.P95:0}");
            summary.Append(CultureInfo.InvariantCulture, $" {provider.ToLowerInvariant()}_p50_ms={dashboard.P50:0} {provider.ToLowerInvariant()}_p95_ms={dashboard.P95:0}");

            // Where the time goes: each indicator alone (its breakdowns, both periods), fewer runs.
            foreach (var indicator in IndicatorCatalogue.All)
            {
                var alone = await TimeAsync(Math.Max(3, runs / 3), () => host.AsAsync(user, async services =>
                    (await services.GetRequiredService<IndicatorFigures.Handler>().ManyAsync([indicator], year, CancellationToken.None)).Value.Count));
                Console.WriteLine($"indicators: provider={provider.ToLowerInvariant()} what=indicator key={indicator.Key} breakdowns={indicator.Breakdowns.Count} p50_ms={alone.P50:0.0}");
            }

            if (!o.NoBaselines)
            {
                var period = Period.Between(year.From!.Value, year.To!.Value).Value;
                var aggregates = await host.AsAsync(user, services => PlacementsByAggregatesAsync(services, period));
                var loaded = await host.AsAsync(user, services => PlacementsInAppAsync(services, period));
                if (!Same(aggregates, loaded))
                {
                    throw new InvalidOperationException("The baseline counts the placements differently from the aggregates.");
                }

                var engine = await TimeAsync(runs, () => host.AsAsync(user, async services => (await PlacementsByAggregatesAsync(services, period)).Count));
                var baseline = await TimeAsync(runs, () => host.AsAsync(user, async services => (await PlacementsInAppAsync(services, period)).Count));
                var ratio = baseline.P50 / engine.P50;
                Console.WriteLine($"indicators: provider={provider.ToLowerInvariant()} what=placements aggregates_p50_ms={engine.P50:0.0} rows_in_app_p50_ms={baseline.P50:0.0} ratio={ratio:0.0}");
                summary.Append(CultureInfo.InvariantCulture, $" {provider.ToLowerInvariant()}_rows_in_app_ratio={ratio:0.0}");
            }
        }

        Console.WriteLine(summary);
        return 0;
    }

    private static double ScaleOf(string[] args)
    {
        var i = Array.IndexOf(args, "--scale");
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : 1;
    }

    /// <summary>A manager of the region, and what the region holds.</summary>
    private static async Task<(Guid Manager, string Counts)> RegionAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var manager = await db.Users.Where(u => u.RegionCode == Region)
            .Join(db.UserRoles, u => u.Id, r => r.UserId, (u, r) => new { u.Id, u.Email, r.RoleId })
            .Join(db.Roles.Where(r => r.Name == Roles.Manager), u => u.RoleId, r => r.Id, (u, _) => u)
            .OrderBy(u => u.Email).Select(u => u.Id).FirstAsync();
        (string Name, int Count)[] counts =
        [
            ("employers", await db.Employers.CountAsync(e => e.RegionCode == Region)), ("vacancies", await db.Vacancies.CountAsync(v => v.RegionCode == Region)),
            ("job_seekers", await db.JobSeekers.CountAsync(j => j.RegionCode == Region)), ("referrals", await db.Referrals.CountAsync(r => r.RegionCode == Region)),
            ("placements", await db.Placements.CountAsync(p => p.RegionCode == Region)), ("contacts", await db.ContactMoments.CountAsync()),
            ("aftercare_tasks", await db.AftercareTasks.CountAsync()), ("front_door_requests", await db.IntakeRequests.CountAsync(r => r.RegionCode == Region)),
        ];
        return (manager, string.Join(' ', counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name}={c.Count}"))));
    }

    /// <summary>The placements indicator as the dashboard counts it: one GROUP BY over its breakdown keys and both periods.</summary>
    private static async Task<Dictionary<string, long>> PlacementsByAggregatesAsync(IServiceProvider services, Period period)
    {
        var queries = services.GetRequiredService<IndicatorQueries>();
        var indicator = IndicatorCatalogue.Find(IndicatorCatalogue.Placements)!;
        var cells = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (breakdown, counted) in await queries.CellsAsync(indicator, new Selection(period, null, null), CancellationToken.None))
        {
            foreach (var (which, rows) in new[] { ("now", counted.Now), ("before", counted.Before) })
            {
                foreach (var cell in rows)
                {
                    cells[$"{which}/{breakdown}/{cell.Key}"] = cell.Cell.Count;
                }
            }
        }

        return cells;
    }

    /// <summary>The same counts from the placement rows loaded into the app (with the profile's benefit and the vacancy's place) and grouped there.</summary>
    private static async Task<Dictionary<string, long>> PlacementsInAppAsync(IServiceProvider services, Period period)
    {
        var db = services.GetRequiredService<WerkbrugDb>();
        var cells = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (which, p) in new[] { ("now", period), ("before", period.Previous()) })
        {
            var rows = await (
                from placement in db.Placements.AsNoTracking().Where(x => x.StartDate >= p.From && x.StartDate < p.End)
                join j in db.JobSeekers on placement.JobSeekerId equals j.Id into profiles
                from j in profiles.DefaultIfEmpty()
                join v in db.Vacancies on placement.VacancyId equals v.Id into vacancies
                from v in vacancies.DefaultIfEmpty()
                select new { placement.OwnerOrganisationId, placement.ContractType, placement.Instrument, Benefit = j == null ? null : (BenefitType?)j.Benefit, Municipality = v == null ? null : v.MunicipalityName })
                .ToListAsync();
            void Count(string breakdown, object? key)
            {
                var cell = $"{which}/{breakdown}/{Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty}";
                cells[cell] = cells.GetValueOrDefault(cell) + 1;
            }

            foreach (var row in rows)
            {
                Count(Breakdowns.Benefit, row.Benefit);
                Count(Breakdowns.OwnerOrganisation, row.OwnerOrganisationId);
                Count(Breakdowns.Municipality, row.Municipality);
                Count(Breakdowns.ContractType, row.ContractType);
                Count(Breakdowns.Instrument, row.Instrument);
            }
        }

        return cells;
    }

    private static bool Same(Dictionary<string, long> a, Dictionary<string, long> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <summary>Three warm-up runs (JIT, EF Core's query cache, the database's caches), then <paramref name="runs"/> timed ones.</summary>
    private static async Task<(double P50, double P95)> TimeAsync(int runs, Func<Task<int>> run)
    {
        for (var i = 0; i < 3; i++)
        {
            await run();
        }

        var ms = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            ms.Add(clock.Elapsed.TotalMilliseconds);
        }

        ms.Sort();
        return (ms[(int)Math.Round(0.5 * (ms.Count - 1))], ms[(int)Math.Round(0.95 * (ms.Count - 1))]);
    }
}
