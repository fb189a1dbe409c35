using System.Diagnostics;
using System.Globalization;

namespace Werkbrug.Benchmarks;

/// <summary>
/// `load`: fills a database with the app's synthetic generator (national volume, or one Amersfoort-size region), starts
/// the built app as Production instances on it (two on PostgreSQL, one on SQLite), and drives a realistic mix with the
/// built-in closed-loop generator; then the audited job-seeker list against the unaudited vacancy list, each alone.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class LoadVerb
{
    private const int Regions = 35;

    public static int Run(string[] args)
    {
        string? Text(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        double Number(string name, double fallback) => Text(name) is { } t ? double.Parse(t, CultureInfo.InvariantCulture) : fallback;

        var provider = Text("--provider") ?? "postgres";
        if (provider is not ("postgres" or "sqlite"))
        {
            Console.Error.WriteLine("--provider is postgres or sqlite");
            return 2;
        }

        // SQLite is the embedded store of one small region: its case is the Amersfoort-size region.
        var region = Text("--region-only") ?? (provider == "sqlite" ? "AM14" : null);
        var seconds = Number("--seconds", 60);
        var options = new Settings(
            provider, region, Number("--scale", 1), (int)Number("--clients", 32), TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(Number("--warmup", 10)),
            TimeSpan.FromSeconds(Number("--compare-seconds", Math.Max(10, seconds / 3))), TimeSpan.FromSeconds(Number("--timeout", 30)),
            TimeSpan.FromSeconds(Number("--ready-timeout", 1800)), args.Contains("--keep"), args.Contains("--no-build"), Text("--reuse"));
        return RunAsync(options).GetAwaiter().GetResult();
    }

    private sealed record Settings(
        string Provider, string? Region, double Scale, int Clients, TimeSpan Seconds, TimeSpan WarmUp, TimeSpan CompareSeconds, TimeSpan Timeout,
        TimeSpan ReadyTimeout, bool Keep, bool NoBuild, string? Reuse);

    private static async Task<int> RunAsync(Settings settings)
    {
        // National: 100,000 employers, 50,000 vacancies, 400,000 job seekers over 35 regions; one region: Amersfoort's size.
        var (employers, vacancies, jobSeekers) = settings.Region is null
            ? (100_000.0 / Regions, 50_000.0 / Regions, 400_000.0 / Regions)
            : (6_000.0, 3_000.0, 25_000.0);
        int Scaled(double n) => Math.Max(1, (int)Math.Round(n * settings.Scale));
        var tokens = "tokens.tsv";
        await using var setup = LoadSetup.Create(settings.Keep, settings.Reuse);
        if (!settings.NoBuild)
        {
            await setup.BuildAppAsync();
        }

        await setup.MakeCertificateAsync();
        if (settings.Provider == "sqlite")
        {
            setup.UseSqlite();
        }
        else
        {
            await setup.UsePostgresAsync();
        }

        tokens = Path.Combine(setup.Work, tokens);
        string[] fill =
        [
            "--regions", Regions.ToString(CultureInfo.InvariantCulture), "--organisations-per-region", "10", "--users-per-region", "50", "--seed", "42",
            "--employers-per-region", Scaled(employers).ToString(CultureInfo.InvariantCulture),
            "--vacancies-per-region", Scaled(vacancies).ToString(CultureInfo.InvariantCulture),
            "--job-seekers-per-region", Scaled(jobSeekers).ToString(CultureInfo.InvariantCulture),
            "--parallel", settings.Provider == "sqlite" ? "1" : "2", "--tokens-file", tokens,
            .. settings.Region is { } only ? ["--region", only] : Array.Empty<string>(),
        ];
        var regionCount = settings.Region is null ? Regions : 1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: provider={settings.Provider} scale={settings.Scale} regions={regionCount} employers={Scaled(employers) * regionCount} vacancies={Scaled(vacancies) * regionCount} job_seekers={Scaled(jobSeekers) * regionCount}"));
        if (setup.Reused && File.Exists(tokens))
        {
            Console.WriteLine($"load: reusing the filled database of {setup.Work} (no fill)");
        }
        else
        {
            var fillTime = await setup.FillAsync(fill);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: fill_s={fillTime.TotalSeconds:0.0}"));
        }

        var instanceCount = settings.Provider == "sqlite" ? 1 : 2;
        using var http = LoadGenerator.Client(settings.Clients, settings.Timeout);
        var started = Stopwatch.StartNew();
        var instances = Enumerable.Range(1, instanceCount).Select(setup.StartInstance).ToList();
        var ready = await Task.WhenAll(instances.Select(i => LoadSetup.WaitReadyAsync(http, i, started, settings.ReadyTimeout)));
        foreach (var (time, number) in ready.Select((t, i) => (t, i + 1)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"instance {number}: ready_s={time.TotalSeconds:0.0}"));
        }

        var byRegion = File.ReadAllLines(tokens).Select(l => l.Split('\t')).GroupBy(f => f[0])
            .Select(g => (Region: g.Key, CaseManager: g.FirstOrDefault(f => f[1] == "CaseManager")?[3], Adviser: g.FirstOrDefault(f => f[1] == "AccountManager")?[3]))
            .Where(r => r.CaseManager is not null && r.Adviser is not null)
            .Select(r => (r.Region, r.CaseManager!, r.Adviser!));
        var targets = await LoadGenerator.DiscoverAsync(http, instances[0], byRegion);
        if (targets.Count == 0)
        {
            Console.Error.WriteLine("load: no region has a case manager and an account manager with job seekers, vacancies and employers");
            return 1;
        }

        var generator = new LoadGenerator(http, instances, targets);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: mix of {settings.Clients} clients over {targets.Count} regions, {settings.WarmUp.TotalSeconds:0} s warm-up, {settings.Seconds.TotalSeconds:0} s measured"));
        var mix = generator.RunAsync(settings.Clients, settings.WarmUp, settings.Seconds, LoadGenerator.Mix);
        // Beside the measured mix: how soon a registered or changed profile is found, on the instance that took it and the other.
        await Task.Delay(settings.WarmUp);
        var probe = new FreshnessProbe(http, instances, targets[0]);
        var fresh = await probe.RunAsync(rounds: 5, limit: TimeSpan.FromSeconds(15));
        var (samples, window) = await mix;
        LoadFigures.Table(samples, window);

        // The same shape of list (first page of 50, no filter), audited (job seekers) and not (vacancies), each alone.
        var warm = TimeSpan.FromSeconds(3);
        var audited = await generator.RunAsync(settings.Clients, warm, settings.CompareSeconds, (_, _) => LoadKind.JobSeekerList, filtered: false);
        var unaudited = await generator.RunAsync(settings.Clients, warm, settings.CompareSeconds, (_, _) => LoadKind.VacancyList, filtered: false);
        Console.WriteLine($"alone: job_seeker_list {LoadFigures.Line(audited.Samples, audited.Window)}");
        Console.WriteLine($"alone: vacancy_list {LoadFigures.Line(unaudited.Samples, unaudited.Window)}");
        var ratio = audited.Samples.Count / Math.Max(1.0, unaudited.Samples.Count);
        var idle = await probe.RunAsync(rounds: 6, limit: TimeSpan.FromSeconds(15));

        if (settings.Provider == "sqlite")
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sqlite: region={settings.Region} job_seeker_list_p95_ms={LoadFigures.P([.. samples.Where(s => s.Kind == LoadKind.JobSeekerList)], 0.95):0} candidates_p95_ms={LoadFigures.P([.. samples.Where(s => s.Kind == LoadKind.Candidates)], 0.95):0}"));
        }

        Console.WriteLine(FreshnessProbe.Line("under_load", fresh));
        Console.WriteLine(FreshnessProbe.Line("idle", idle));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"web: clients={settings.Clients} {LoadFigures.Line(samples, window)} audited_vs_unaudited={ratio:0.00}"));
        return 0;
    }
}
