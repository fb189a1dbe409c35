using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>instruments</c>: what the instrument guide adds to "Kandidaten zoeken" (issue 16: at most 20 ms for 50
/// candidates). On a SQLite file filled by the synthetic generator (one region, <c>--profiles</c> job seekers, default
/// 5,000) with the national starter set in the region's catalogue and the matching index built by its feed, a manager
/// asks <see cref="FindCandidates.Handler"/> for the best 50 candidates of each of <c>--queries</c> vacancies (default
/// 20) with the guide (every instrument evaluated for every candidate, gap bridges) and without it
/// (<c>instruments=false</c>), alternating, after a warm-up. Both include the search's audit record; the difference of
/// the medians is what the guide adds.
/// </summary>
internal static class InstrumentsVerb
{
    private const string Region = "AM14";
    private const int Top = 50;

    public static async Task<int> RunAsync(Options o)
    {
        var profiles = o.Profiles ?? 5_000;
        var queries = o.Queries ?? 20;
        await using var host = await BenchHost.StartAsync("Sqlite", null);
        var volume = new SyntheticData.Options(
            1, OrganisationsPerRegion: 6, UsersPerRegion: 40, Seed: o.Seed ?? 23, Prefix: "Bench", EmployersPerRegion: Math.Max(50, profiles / 20),
            VacanciesPerRegion: Math.Max(queries * 5, profiles / 10), JobSeekersPerRegion: profiles, Region: Region);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<SyntheticData>(scope.ServiceProvider).GenerateAsync(volume, CancellationToken.None);
            await ActivatorUtilities.CreateInstance<SyntheticWork>(scope.ServiceProvider).GenerateAsync(volume, CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
            db.Scope.EnterSystemScope();
            db.Instruments.AddRange(StarterSet.National.Select(d => new Instrument
            {
                RegionCode = Region,
                Key = d.Key!,
                Name = d.Name!,
                Provider = d.Provider!.Value,
                Coverage = d.Coverage!.Value,
                Provides = d.Provides!,
                Conditions = d.Conditions!,
                ValidFrom = d.ValidFrom,
                ValidTo = d.ValidTo,
                Rules = [.. d.Rules!],
                BenefitTypes = [.. d.BenefitTypes ?? []],
            }));
            await db.SaveChangesAsync();
        }

        var feed = host.Services.GetServices<IHostedService>().OfType<MatchingIndexFeed>().Single();
        await feed.StartAsync(CancellationToken.None);
        await feed.WhenCaughtUpAsync(CancellationToken.None);

        var (manager, vacancies, instruments) = await SetUpAsync(host);
        var user = await host.UserAsync(manager);
        async Task<(double Ms, int Candidates, int Answers)> SearchAsync(Guid vacancy, bool guide) => await host.AsAsync(user, async services =>
        {
            var handler = services.GetRequiredService<FindCandidates.Handler>();
            var clock = Stopwatch.StartNew();
            var result = await handler.HandleAsync(vacancy, new FindCandidates.Query { PageSize = Top, Instruments = guide }, CancellationToken.None);
            var ms = clock.Elapsed.TotalMilliseconds;
            var items = result.Value.Candidates.Items;
            return (ms, items.Count, items.Sum(c => c.Instruments?.Answers.Count ?? 0));
        });

        foreach (var vacancy in vacancies.Take(5))
        {
            await SearchAsync(vacancy, true);
            await SearchAsync(vacancy, false);
        }

        var with = new List<double>();
        var without = new List<double>();
        var (candidates, answers) = (0, 0);
        for (var round = 0; round < 3; round++)
        {
            foreach (var vacancy in vacancies)
            {
                var plain = await SearchAsync(vacancy, false);
                var guided = await SearchAsync(vacancy, true);
                without.Add(plain.Ms);
                with.Add(guided.Ms);
                (candidates, answers) = (candidates + guided.Candidates, answers + guided.Answers);
            }
        }

        var (p50With, p50Without) = (Median(with), Median(without));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"instruments: profiles={profiles} queries={vacancies.Count} instruments={instruments} candidates_per_search={(double)candidates / with.Count:0.0} answers_per_search={(double)answers / with.Count:0} p50_without_ms={p50Without:0.0} p50_with_ms={p50With:0.0} added_ms={p50With - p50Without:0.0} p90_added_ms={Percentile(with, 0.9) - Percentile(without, 0.9):0.0} budget_ms=20");
        Console.WriteLine(line);
        return p50With - p50Without <= 20 ? 0 : 1;
    }

    private static async Task<(Guid Manager, List<Guid> Vacancies, int Instruments)> SetUpAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var manager = await db.Users.Where(u => u.RegionCode == Region)
            .Join(db.UserRoles, u => u.Id, r => r.UserId, (u, r) => new { u.Id, u.Email, r.RoleId })
            .Join(db.Roles.Where(r => r.Name == Roles.Manager), u => u.RoleId, r => r.Id, (u, _) => u)
            .OrderBy(u => u.Email).Select(u => u.Id).FirstAsync();
        var indexes = scope.ServiceProvider.GetRequiredService<MatchingIndexes>();
        var candidates = await db.Vacancies.Where(v => v.RegionCode == Region && MatchingIndexFeed.Searchable.Contains(v.Status)).OrderBy(v => v.Id).Select(v => v.Id).ToListAsync();
        // The vacancies whose search finds the most candidates (a full page of 50 where the pool allows): the case the budget is about.
        var found = new List<(Guid Id, int Count)>();
        foreach (var id in candidates)
        {
            var vacancy = await db.Vacancies.AsNoTracking().FirstAsync(v => v.Id == id);
            var (matches, _, _) = indexes.FindCandidates(Region, indexes.Map.Vacancy(vacancy, DateOnly.FromDateTime(DateTime.UtcNow)) with { AcceptsReadyInTime = vacancy.OpenToAdaptingJob }, Top, indexes.WeightsFor(Region));
            found.Add((id, matches.Count));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"instruments: indexed_candidates={indexes.CandidateCount} searchable_vacancies={candidates.Count} with_full_page={found.Count(f => f.Count >= Top)}"));
        var full = found.OrderByDescending(f => f.Count).ThenBy(f => f.Id).Take(20).Select(f => f.Id).ToList();
        return (manager, full, await db.Instruments.CountAsync(i => i.RegionCode == Region));
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }
}
