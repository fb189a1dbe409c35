using System.Diagnostics;
using Werkbrug.Matching.Engine;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>matching</c>: on one synthetic pool and one set of vacancies, times the engine (top 50 with explanations), the
/// reference scorer (full scan, ground truth for the top 50), a second reference written from the documented rules
/// without the engine's rule code, Lucene.NET (cached filter columns) and PostgreSQL (prepared per vacancy outside the
/// timed part), each after the same warm-up, with thread-CPU time beside wall-clock time; the index build, the memory
/// per profile and one-profile updates. Prints the summary line last.
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

        // The same warm-up for every system: --warmup searches (default 30) over the first vacancies.
        var warmup = o.Warmup ?? 30;
        for (var i = 0; i < warmup; i++)
        {
            index.FindCandidates(vacancies[i % baselineQueries], Top);
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

        var reference = new ReferenceScorer(taxonomy, postcodes, inferred: OccupationInference.Counting(taxonomy, pool).For);
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

        var documented = new DocumentedRulesScorer(taxonomy, postcodes);
        var documentedQueries = Math.Min(queries, 50);
        var documentedAgree = 0;
        var documentedOverlap = 0.0;
        for (var i = 0; i < documentedQueries; i++)
        {
            var truth = documented.Rank(vacancies[i], pool, Top).Select(x => x.Id).ToList();
            documentedAgree += truth.SequenceEqual(engineTop[i]) ? 1 : 0;
            documentedOverlap += Overlap(truth, engineTop[i]);
        }

        var documentedAgreement = (double)documentedAgree / documentedQueries;
        Console.WriteLine($"documented rules: top-{Top} in the same order {documentedAgree}/{documentedQueries}, mean overlap {documentedOverlap / documentedQueries:0.000} (scorer written from the README without the engine's rule code)");

        var incremental = Incremental(index, synthetic);
        Console.WriteLine($"engine: one-profile upsert p50 {incremental.Upsert:0.0} µs, remove p50 {incremental.Remove:0.0} µs");

        double luceneRatio = double.NaN, sqlRatio = double.NaN, luceneOverlap = double.NaN;
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
                for (var i = 0; i < warmup; i++)
                {
                    lucene.Search(vacancies[i % baselineQueries], views[i % baselineQueries], postcodes, Top);
                }

                var luceneTop = new List<string>[baselineQueries];
                var (ms, cpu) = Time(baselineQueries, i => luceneTop[i] = lucene.Search(vacancies[i], views[i], postcodes, Top));
                luceneRatio = P(ms, 50) / P(ourSubset, 50);
                luceneOverlap = Enumerable.Range(0, baselineQueries).Average(i => Overlap(luceneTop[i].Select(Guid.Parse).ToList(), engineTop[i]));
                Console.WriteLine($"lucene: build {luceneBuild:0.0} s, wall p50 {P(ms, 50):0.00} ms, p99 {P(ms, 99):0.00} ms; thread CPU p50 {P(cpu, 50):0.00} ms over {baselineQueries} vacancies after {warmup} warm-up searches; "
                    + $"ratio to the engine: wall {luceneRatio:0.0}, CPU {P(cpu, 50) / P(ourCpu, 50):0.0}; top-{Top} overlap with the engine {luceneOverlap:0.000}");
            }

            var postgres = o.Postgres ?? Environment.GetEnvironmentVariable("WERKBRUG_BENCH_POSTGRES");
            if (postgres is null)
            {
                Console.WriteLine("sql: skipped (no --postgres connection string or WERKBRUG_BENCH_POSTGRES)");
            }
            else
            {
                using var sql = new PostgresBaseline(postgres);
                sw.Restart();
                sql.Build(pool);
                var sqlBuild = sw.Elapsed.TotalSeconds;
                for (var i = 0; i < warmup; i++)
                {
                    sql.Prepare(vacancies[i % baselineQueries], views[i % baselineQueries], postcodes, Top);
                    sql.Search();
                }

                var ms = new double[baselineQueries];
                var cpu = new double[baselineQueries];
                var sqlOverlap = 0.0;
                for (var i = 0; i < baselineQueries; i++)
                {
                    sql.Prepare(vacancies[i], views[i], postcodes, Top);
                    var c = ThreadClock.NowMs();
                    var t = Stopwatch.GetTimestamp();
                    var ids = sql.Search();
                    ms[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                    cpu[i] = ThreadClock.NowMs() - c;
                    sqlOverlap += Overlap(ids.Select(Guid.Parse).ToList(), engineTop[i]);
                }

                sqlRatio = P(ms, 50) / P(ourSubset, 50);
                Console.WriteLine($"sql: PostgreSQL build {sqlBuild:0.0} s, wall p50 {P(ms, 50):0.0} ms, p99 {P(ms, 99):0.0} ms over {baselineQueries} vacancies after {warmup} warm-up searches (per-vacancy tables and the prepared statement outside the timed part); "
                    + $"client thread CPU p50 {P(cpu, 50):0.00} ms (the server's work is not in it); ratio to the engine: wall {sqlRatio:0.0}; top-{Top} overlap with the engine {sqlOverlap / baselineQueries:0.000}");
            }
        }

        Console.WriteLine(FormattableString.Invariant(
            $"matching: profiles={profiles} p50_ms={P(engineMs, 50):0.000} p99_ms={P(engineMs, 99):0.000} cpu_p50_ms={P(engineCpuMs, 50):0.000} lucene_ratio={luceneRatio:0.0} sql_ratio={sqlRatio:0.0} lucene_overlap={luceneOverlap:0.000} bytes_per_profile={bytesPerProfile:0.0} topk_agreement={agreement:0.000} documented_agreement={documentedAgreement:0.000}"));
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

    /// <summary>Share of <paramref name="b"/>'s ids that are in <paramref name="a"/> (top-K overlap, order ignored).</summary>
    private static double Overlap(List<Guid> a, List<Guid> b) => b.Count == 0 ? 1 : (double)a.Intersect(b).Count() / b.Count;

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
