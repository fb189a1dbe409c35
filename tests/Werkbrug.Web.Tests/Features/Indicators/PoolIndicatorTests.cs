using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Jobs;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Indicators;

/// <summary>
/// The pool indicators (pool-werkfit, pool-fresh; docs/adr/0042) on a hand-made pool of an organisation P of our own in
/// AM34, arranged once per provider. Other classes add job seekers to AM34 meanwhile, so every figure is asked for P
/// (the organisation filter) or read from snapshot days only this class writes (2025).
/// <code>
/// Live (today T): 23 profiles of P, registered T − 200 days unless said otherwise
///   in the pool (21)   benefit    werkfit           last contact
///    5                 Bijstand   werkfit           T − 10  (fresh)
///    5                 Bijstand   werkfit op termijn T − 100 (stale)
///    5                 Ww         werkfit           T − 10
///    1                 Ww         werkfit op termijn T − 10
///    5                 Wajong     werkfit op termijn T − 10
///   not in the pool: 1 deregistered yesterday, 1 registered tomorrow (both werkfit, Bijstand, fresh)
///   werkfit 10 of 21 = 47.6 %; fresh 16 of 21 = 76.2 %
///   benefit: Bijstand 5 of 10 = 50 %, Ww 5 of 6 (1 not werkfit: small, hidden), Wajong 0 of 5 (the smallest other base: hidden too)
/// Snapshots (PoolDays) written by the arrangement, AM34:
///   2025-05-31  P: werkfit Bijstand fresh 20, niet werkfit Bijstand stale 20
///   2025-06-15  P: werkfit Bijstand fresh 9, werkfit op termijn Ww fresh 3, niet werkfit Ww stale 6; Q: werkfit Ww fresh 50
///   2025-07-01  P: werkfit Bijstand fresh 100
/// 2025-Q2 reads 15 June (the last day with a snapshot in it): P werkfit 9 of 18 = 50 %, fresh 12 of 18 = 66.7 %,
///   Bijstand 9 of 9 = 100 %, Ww 0 of 9 = 0 %; Q 50 of 50 = 100 %. Its previous period, 2025-Q1, has no snapshot: no figure.
/// 2025-Q3 reads 1 July: P 100 of 100 = 100 %, against 50 % in Q2.
/// </code>
/// </summary>
public sealed class PoolIndicatorTests(Apps apps)
{
    private const string Region = "AM34";

    private static readonly ConcurrentDictionary<WerkbrugAppFactory, Lazy<Task<World>>> Arranged = new();

    private static readonly string[] FigureParts = ["value", "count", "of"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record World(TestUser Manager, Guid P, Guid Q, string Municipality);

    private async Task<(WerkbrugAppFactory App, World World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await Arranged.GetOrAdd(app, a => new Lazy<Task<World>>(() => ArrangeAsync(a))).Value);
    }

    private static async Task<World> ArrangeAsync(WerkbrugAppFactory app)
    {
        var manager = await app.CreateAdviserAsync(Region, Roles.Manager, Roles.CaseManager);
        var other = await app.CreateAdviserAsync(Region, Roles.CaseManager);
        var registered = new List<Guid>();
        for (var i = 0; i < 23; i++)
        {
            registered.Add((await app.RegisterJobSeekerAsync(manager)).Id);
        }

        return await app.InDbAsync(async db =>
        {
            var today = DutchTime.Today(app.Clock);
            var profiles = await db.JobSeekers.Where(j => registered.Contains(j.Id)).ToListAsync(Ct);
            var i = 0;
            void Set(int count, BenefitType benefit, WerkfitStatus werkfit, int contactDaysAgo, int registeredDaysAgo = 200, int? deregisteredDaysAgo = null)
            {
                foreach (var profile in profiles.Skip(i).Take(count))
                {
                    profile.Benefit = benefit;
                    profile.AssessWerkfit(werkfit, today.AddDays(-30), manager.Id);
                    profile.LastContactOn = today.AddDays(-contactDaysAgo);
                    profile.RegisteredOn = today.AddDays(-registeredDaysAgo);
                    profile.DeregisteredOn = deregisteredDaysAgo is { } days ? today.AddDays(-days) : null;
                }

                i += count;
            }

            Set(5, BenefitType.Bijstand, WerkfitStatus.WorkReady, 10);
            Set(5, BenefitType.Bijstand, WerkfitStatus.WorkReadyLater, 100);
            Set(5, BenefitType.Ww, WerkfitStatus.WorkReady, 10);
            Set(1, BenefitType.Ww, WerkfitStatus.WorkReadyLater, 10);
            Set(5, BenefitType.Wajong, WerkfitStatus.WorkReadyLater, 10);
            Set(1, BenefitType.Bijstand, WerkfitStatus.WorkReady, 10, deregisteredDaysAgo: 1);
            Set(1, BenefitType.Bijstand, WerkfitStatus.WorkReady, 10, registeredDaysAgo: -1);

            PoolDay Row(string day, Guid owner, BenefitType benefit, WerkfitStatus werkfit, bool fresh, int count) => new()
            {
                RegionCode = Region,
                Day = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
                OwnerOrganisationId = owner,
                Benefit = benefit,
                WerkfitStatus = werkfit,
                Fresh = fresh,
                Count = count,
            };
            var (p, q) = (manager.OrganisationId, other.OrganisationId);
            db.PoolDays.AddRange(
                Row("2025-05-31", p, BenefitType.Bijstand, WerkfitStatus.WorkReady, true, 20),
                Row("2025-05-31", p, BenefitType.Bijstand, WerkfitStatus.NotWorkReady, false, 20),
                Row("2025-06-15", p, BenefitType.Bijstand, WerkfitStatus.WorkReady, true, 9),
                Row("2025-06-15", p, BenefitType.Ww, WerkfitStatus.WorkReadyLater, true, 3),
                Row("2025-06-15", p, BenefitType.Ww, WerkfitStatus.NotWorkReady, false, 6),
                Row("2025-06-15", q, BenefitType.Ww, WerkfitStatus.WorkReady, true, 50),
                Row("2025-07-01", p, BenefitType.Bijstand, WerkfitStatus.WorkReady, true, 100));
            await db.SaveChangesAsync(Ct);
            var municipality = await db.Municipalities.Where(m => m.RegionCode == Region).OrderBy(m => m.Name).Select(m => m.Name).FirstAsync(Ct);
            return new World(manager, p, q, municipality);
        });
    }

    /// <summary>"47.6", "x" when suppressed, "na" when not available (then it carries no value, count or base either), "-" without a base.</summary>
    private static string Shown(JsonElement figure)
    {
        if (!figure.GetProperty("available").GetBoolean())
        {
            Assert.False(figure.GetProperty("suppressed").GetBoolean());
            Assert.All(FigureParts, p => Assert.Equal(JsonValueKind.Null, figure.GetProperty(p).ValueKind));
            return "na";
        }

        if (figure.GetProperty("suppressed").GetBoolean())
        {
            return "x";
        }

        var value = figure.GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? "-" : value.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Values(JsonElement indicator) => $"{Shown(indicator.GetProperty("value"))}|{Shown(indicator.GetProperty("previous"))}";

    private static string Rows(JsonElement indicator, string dimension) =>
        string.Join(' ', indicator.GetProperty("breakdowns").EnumerateArray().Single(b => b.GetProperty("dimension").GetString() == dimension)
            .GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("key").GetString()}={Shown(r.GetProperty("value"))}|{Shown(r.GetProperty("previous"))}"));

    [Theory, Providers]
    public async Task the_current_period_counts_the_pool_of_today_from_the_profiles_with_small_groups_suppressed(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        // The current quarter (no dates): live. The quarter before has no snapshot in AM34, so no figure.
        var werkfit = await IndicatorApiTests.FiguresAsync(api, "pool-werkfit", $"organisation={world.P}");
        Assert.Equal("47.6|na", Values(werkfit));
        Assert.Equal((10, 21), (werkfit.GetProperty("value").GetProperty("count").GetInt32(), werkfit.GetProperty("value").GetProperty("of").GetInt32()));
        Assert.Equal("Pool", werkfit.GetProperty("group").GetString());
        Assert.Equal($"{world.P}=47.6|na", Rows(werkfit, "owner-organisation"));
        Assert.Equal("Bijstand=50|na Wajong=x|na Ww=x|na", Rows(werkfit, "benefit"));

        var fresh = await IndicatorApiTests.FiguresAsync(api, "pool-fresh", $"organisation={world.P}");
        Assert.Equal("76.2|na", Values(fresh));
        Assert.Equal((16, 21), (fresh.GetProperty("value").GetProperty("count").GetInt32(), fresh.GetProperty("value").GetProperty("of").GetInt32()));
    }

    [Theory, Providers]
    public async Task an_ended_period_reads_the_last_snapshot_inside_it_and_one_without_a_snapshot_has_no_figure(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        var q2 = await IndicatorApiTests.FiguresAsync(api, "pool-werkfit", $"from=2025-04-01&to=2025-06-30&organisation={world.P}");
        Assert.Equal("50|na", Values(q2));
        Assert.Equal("Bijstand=100|na Ww=0|na", Rows(q2, "benefit"));
        Assert.Equal("66.7|na", Values(await IndicatorApiTests.FiguresAsync(api, "pool-fresh", $"from=2025-04-01&to=2025-06-30&organisation={world.P}")));

        var q3 = await IndicatorApiTests.FiguresAsync(api, "pool-werkfit", $"from=2025-07-01&to=2025-09-30&organisation={world.P}");
        Assert.Equal("100|50", Values(q3));
        // Ww had nobody on 1 July: no base, so no share ("-"); 0 of 9 in Q2.
        Assert.Equal("Bijstand=100|100 Ww=-|0", Rows(q3, "benefit"));

        // The other organisation's rows of the same day, and only those.
        Assert.Equal("100|na", Values(await IndicatorApiTests.FiguresAsync(api, "pool-werkfit", $"from=2025-04-01&to=2025-06-30&organisation={world.Q}")));
        // A period before any snapshot: no figure in either period, and no rows.
        var none = await IndicatorApiTests.FiguresAsync(api, "pool-werkfit", $"from=2024-01-01&to=2024-12-31&organisation={world.P}");
        Assert.Equal("na|na", Values(none));
        Assert.Equal(string.Empty, Rows(none, "benefit"));
    }

    [Theory, Providers]
    public async Task under_a_municipality_filter_there_is_no_figure_and_the_pages_say_why(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var werkfit = await IndicatorApiTests.FiguresAsync(app.ApiClient(world.Manager), "pool-werkfit", $"municipality={Uri.EscapeDataString(world.Municipality)}");
        Assert.Equal("na|na", Values(werkfit));
        Assert.Equal(string.Empty, Rows(werkfit, "owner-organisation"));

        var pages = await PageClient.LoginAsync(app, world.Manager);
        var dashboard = await pages.GetAsync($"/indicators?Municipality={Uri.EscapeDataString(world.Municipality)}");
        Assert.Contains("niet per gemeente te berekenen", dashboard.Document.QuerySelector("#pool-werkfit-not-available")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("niet beschikbaar", dashboard.Document.QuerySelector("#pool-fresh-owner-organisation tfoot td")!.TextContent.Trim());
        Assert.Null(dashboard.Document.QuerySelector("#placements-not-available"));
        var definition = await pages.GetAsync("/indicators/pool-fresh");
        Assert.Contains("met een filter op gemeente is er geen cijfer", definition.Document.QuerySelector("#definition-limits")!.TextContent, StringComparison.Ordinal);

        // Without the filter, the same dashboard shows the pool (the quarter before has no snapshot: that note instead).
        var all = await pages.GetAsync($"/indicators?Organisation={world.P}");
        Assert.Contains("76,2% (16 van 21)", all.Document.QuerySelector("#pool-fresh-owner-organisation tfoot")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("geen momentopname", all.Document.QuerySelector("#pool-fresh-not-available")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_daily_job_writes_todays_counts_once_replacing_an_earlier_run_of_the_day(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var today = DutchTime.Today(app.Clock);

        async Task<List<(BenefitType, WerkfitStatus, bool, int)>> WriteAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
            Assert.True(await scope.ServiceProvider.GetRequiredService<WritePoolSnapshots>().RunAsync(Ct) > 0);
            var rows = await app.InDbAsync(d => d.PoolDays.Where(r => r.Day == today && r.OwnerOrganisationId == world.P).ToListAsync(Ct));
            return [.. rows.Select(r => (r.Benefit, r.WerkfitStatus, r.Fresh, r.Count)).Order()];
        }

        var first = await WriteAsync();
        var second = await WriteAsync();

        // P's pool of today, as the live figure counts it: 21 job seekers, 10 werkfit, 16 fresh; the same rows after a second run.
        Assert.Equal(first, second);
        Assert.Equal((21, 10, 16), (first.Sum(r => r.Item4), first.Where(r => r.Item2 == WerkfitStatus.WorkReady).Sum(r => r.Item4), first.Where(r => r.Item3).Sum(r => r.Item4)));
        Assert.Contains((BenefitType.Bijstand, WerkfitStatus.WorkReadyLater, false, 5), first);
        Assert.Equal(0, await app.InDbAsync(d => d.PoolDays.CountAsync(r => r.Day > today, Ct)));
    }

    [Theory, Providers]
    public async Task the_job_runs_on_one_instance_only(Db db)
    {
        var app = apps.For(db);
        // The running host's job takes the lease at start and renews it every third of a lease; another instance cannot take it.
        for (var wait = 0; wait < 50 && !await app.InDbAsync(d => d.Set<JobLease>().AnyAsync(l => l.Name == PoolSnapshotJob.LeaseName, Ct)); wait++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), Ct);
        }

        var other = ActivatorUtilities.CreateInstance<JobLeases>(app.Services);
        Assert.False(await other.TryHoldAsync(PoolSnapshotJob.LeaseName, Ct));
    }

    [Theory]
    [InlineData("2026-12-05T21:59:00Z", 1)]                 // 22:59 in winter: one minute to the run at 23:00
    [InlineData("2026-12-05T22:00:00Z", 24 * 60)]           // just ran: the next is tomorrow, never twice on one day
    [InlineData("2026-07-01T20:30:00Z", 30)]                // 22:30 in summer (UTC + 2)
    [InlineData("2026-03-28T23:00:00Z", 22 * 60)]           // midnight before the clocks go forward: 23:00 summer time is 21:00 UTC
    public void the_job_runs_once_a_day_at_eleven_in_the_evening_dutch_time(string now, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), PoolSnapshotJob.UntilNextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
