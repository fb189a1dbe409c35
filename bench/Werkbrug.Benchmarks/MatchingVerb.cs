using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;
using Werkbrug.Matching.Engine;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>matching</c>: on one synthetic pool and one set of vacancies, times the engine (top 50 with explanations), the
/// reference scorer (full scan, ground truth for the top 50), Lucene.NET and SQLite, the index build, the memory per
/// profile (managed heap growth while building), one-profile updates, and the memory-scan floor (streaming as many
/// bytes as the index holds once). Prints the summary line last.
/// </summary>
internal static class MatchingVerb
{
    private const int Top = 50;

    public static int Run(Options o)
    {
        var profiles = o.Profiles ?? 1_000_000;
        var queries = o.Queries ?? 200;
        var baselineQueries = Math.Min(queries, o.BaselineQueries ?? queries);
        var sw = Stopwatch.StartNew();
        var taxonomy = SharedData.LoadEsco();
        var postcodes = SharedData.LoadPostcodes();
        Console.WriteLine($"data: ESCO sample {taxonomy.Occupations.Count} occupations, {taxonomy.Skills.Count} skills and groups; {postcodes.Known.Count} PC4 areas ({sw.Elapsed.TotalSeconds:0.0} s)");

        sw.Restart();
        var synthetic = new Synthetic(taxonomy, postcodes, o.Seed ?? 42);
        var pool = synthetic.Profiles(profiles);
        var vacancies = synthetic.Vacancies(queries);
        Console.WriteLine($"data: {profiles} profiles (mean {pool.Average(p => p.Skills.Count):0.0} skills), {queries} vacancies generated ({sw.Elapsed.TotalSeconds:0.0} s)");

        var options = new MatchOptions(taxonomy, postcodes, "werkbrug-benchmark-key"u8.ToArray());
        var before = HeapBytes();
        sw.Restart();
        using var index = CandidateIndex.Build(options, pool);
        var buildSeconds = sw.Elapsed.TotalSeconds;
        var bytesPerProfile = (double)(HeapBytes() - before) / profiles;
        var estimated = index.EstimatedBytes();
        Console.WriteLine($"engine: build {buildSeconds:0.00} s, {bytesPerProfile:0.0} bytes/profile on the managed heap ({(double)estimated / profiles:0.0} by structure)");

        // Warm-up: enough searches for the JIT to reach its optimised tier.
        for (var i = 0; i < 60; i++)
        {
            index.FindCandidates(vacancies[i % queries], Top);
        }

        var engineMs = new double[queries];
        var engineCpuMs = new double[queries];
        var engineTop = new List<Guid>[queries];
        var eligible = 0L;
        for (var i = 0; i < queries; i++)
        {
            var cpu = ThreadClock.NowMs();
            var t = Stopwatch.GetTimestamp();
            var result = index.FindCandidates(vacancies[i], Top);
            engineMs[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            engineCpuMs[i] = ThreadClock.NowMs() - cpu;
            engineTop[i] = result.Matches.Select(m => m.StableId).ToList();
            eligible += result.Eligible;
        }

        var compileMs = Time(queries, i => VacancyPlan.Compile(vacancies[i], taxonomy, MatchWeights.Default, dense: true)).Cpu;
        Console.WriteLine($"engine: compiling a vacancy p50 {P(compileMs, 50):0.000} ms CPU");
        Console.WriteLine($"engine: thread CPU time p50 {P(engineCpuMs, 50):0.000} ms, p99 {P(engineCpuMs, 99):0.000} ms (wall-clock minus waiting for a core; load average {LoadAverage()})");
        Console.WriteLine($"engine: p50 {P(engineMs, 50):0.000} ms, p99 {P(engineMs, 99):0.000} ms, mean {engineMs.Average():0.000} ms (top {Top} with explanations; mean {eligible / queries} eligible per vacancy)");

        var reference = new ReferenceScorer(taxonomy, postcodes);
        var referenceMs = new double[queries];
        var agree = 0;
        for (var i = 0; i < queries; i++)
        {
            var t = Stopwatch.GetTimestamp();
            var truth = reference.Rank(vacancies[i], pool, Top);
            referenceMs[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            agree += truth.Select(x => x.Id).SequenceEqual(engineTop[i]) ? 1 : 0;
        }

        var agreement = (double)agree / queries;
        Console.WriteLine($"reference: p50 {P(referenceMs, 50):0.0} ms, p99 {P(referenceMs, 99):0.0} ms; top-{Top} agreement {agree}/{queries}");

        var incremental = Incremental(index, synthetic);
        Console.WriteLine($"engine: one-profile upsert p50 {incremental.Upsert:0.0} µs, remove p50 {incremental.Remove:0.0} µs");

        var floorMs = Floor(estimated);
        Console.WriteLine($"floor: streaming {estimated / 1e6:0.0} MB once takes {floorMs:0.000} ms");

        double luceneRatio = double.NaN, sqlRatio = double.NaN;
        if (!o.NoBaselines)
        {
            var ourSubset = engineMs.Take(baselineQueries).ToArray();
            var ourCpu = engineCpuMs.Take(baselineQueries).ToArray();
            var views = vacancies.Take(baselineQueries).Select(v => new VacancyPlanView(v, taxonomy)).ToList();
            using (var lucene = new LuceneBaseline())
            {
                sw.Restart();
                lucene.Build(pool);
                var luceneBuild = sw.Elapsed.TotalSeconds;
                lucene.Search(vacancies[0], views[0], postcodes, Top);
                var (ms, cpu) = Time(baselineQueries, i => lucene.Search(vacancies[i], views[i], postcodes, Top));
                luceneRatio = P(ms, 50) / P(ourSubset, 50);
                Console.WriteLine($"lucene: build {luceneBuild:0.0} s, p50 {P(ms, 50):0.00} ms, p99 {P(ms, 99):0.00} ms over {baselineQueries} vacancies (CPU p50 {P(cpu, 50):0.00} ms, ratio {P(cpu, 50) / P(ourCpu, 50):0.0})");
            }

            using (var sql = new SqliteBaseline())
            {
                sw.Restart();
                sql.Build(pool);
                var sqlBuild = sw.Elapsed.TotalSeconds;
                var (ms, cpu) = Time(baselineQueries, i => sql.Search(vacancies[i], views[i], postcodes, Top));
                sqlRatio = P(ms, 50) / P(ourSubset, 50);
                Console.WriteLine($"sql: build {sqlBuild:0.0} s, p50 {P(ms, 50):0.0} ms, p99 {P(ms, 99):0.0} ms over {baselineQueries} vacancies (CPU p50 {P(cpu, 50):0.0} ms, ratio {P(cpu, 50) / P(ourCpu, 50):0.0})");
            }
        }

        Console.WriteLine(FormattableString.Invariant(
            $"matching: profiles={profiles} p50_ms={P(engineMs, 50):0.000} p99_ms={P(engineMs, 99):0.000} lucene_ratio={luceneRatio:0.0} sql_ratio={sqlRatio:0.0} floor_ratio={P(engineMs, 50) / floorMs:0.00} bytes_per_profile={bytesPerProfile:0.0} topk_agreement={agreement:0.000}"));
        GC.KeepAlive(pool);
        return 0;
    }

    private static (double Upsert, double Remove) Incremental(CandidateIndex index, Synthetic synthetic)
    {
        var fresh = synthetic.Profiles(1000);
        var upsert = new double[fresh.Count];
        var remove = new double[fresh.Count];
        for (var i = 0; i < fresh.Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            index.Upsert(fresh[i]);
            upsert[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        }

        for (var i = 0; i < fresh.Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            index.Remove(fresh[i].Id);
            remove[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        }

        return (P(upsert, 50), P(remove, 50));
    }

    /// <summary>Median time to read <paramref name="bytes"/> once, sequentially, with vector loads.</summary>
    private static double Floor(long bytes)
    {
        var data = new long[bytes / 8];
        new Random(1).NextBytes(MemoryMarshal.AsBytes(data.AsSpan()));
        var times = new double[15];
        long sink = 0;
        for (var run = 0; run < times.Length; run++)
        {
            var t = Stopwatch.GetTimestamp();
            var vectors = MemoryMarshal.Cast<long, Vector<long>>(data.AsSpan());
            var acc = Vector<long>.Zero;
            foreach (var v in vectors)
            {
                acc += v;
            }

            sink += Vector.Sum(acc);
            times[run] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }

        GC.KeepAlive(sink);
        return P(times, 50);
    }

    /// <summary>Wall-clock and thread CPU milliseconds of each call.</summary>
    private static (double[] Wall, double[] Cpu) Time(int n, Action<int> action)
    {
        var ms = new double[n];
        var cpu = new double[n];
        for (var i = 0; i < n; i++)
        {
            var c = ThreadClock.NowMs();
            var t = Stopwatch.GetTimestamp();
            action(i);
            ms[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            cpu[i] = ThreadClock.NowMs() - c;
        }

        return (ms, cpu);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static long HeapBytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double P(double[] values, int percentile)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
