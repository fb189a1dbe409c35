using System.Globalization;
using Werkbrug.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var verb = args.Length > 0 ? args[0] : "help";
var options = Options.Parse(args.Skip(1).ToArray());
return verb switch
{
    "matching" => MatchingVerb.Run(options),
    "quality" => QualityVerb.Run(options),
    "index-build" => IndexBuildVerb.Run(options),
    "starter-set" => StarterSetVerb.Run(args),
    "audit" => AuditVerb.Run(options),
    "import" => await ImportVerb.RunAsync(options),
    "indicators" => await IndicatorsVerb.RunAsync(options, args),
    "instruments" => await InstrumentsVerb.RunAsync(options),
    "load" when !OperatingSystem.IsWindows() => LoadVerb.Run(args),
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("""
        Werkbrug benchmarks (run with -c Release):
          matching [--profiles 1000000] [--queries 200] [--baseline-queries N] [--warmup 30] [--postgres "Host=...;Username=..."] [--seed 42] [--no-baselines]
              engine vs reference scorers vs Lucene.NET vs PostgreSQL on the same synthetic pool and vacancies
          index-build [--profiles 25000] [--baseline-profiles 2000] [--seed 42]
              web index build per profile from stored taxonomy codes vs fuzzy lookup at build; a 400,000-profile build
          quality [--profiles 100000] [--queries 200] [--seed 7]
              nDCG@20 and strict recall@50 against latent occupations judged through the ESCO occupation hierarchy, noisy
              adviser input, baselines title + skills held and BM25; the Dutch title lookup with typos
          import [--rows 100000] [--vacancies rows/4] [--baseline-rows 5000] [--postgres "Host=...;Username=..."] [--seed 11] [--no-baselines]
              the CSV import handlers on a fresh SQLite file and PostgreSQL database, with the old row-by-row code as baseline
          instruments [--profiles 5000] [--queries 20] [--seed 23]
              the instrument guide on Kandidaten zoeken: 50 candidates per search with and without it; budget 20 ms added
          indicators [--scale 1] [--queries 20] [--postgres "Host=...;Username=..."] [--seed 17] [--no-baselines] [--keep NAME]
              the dashboard's data for a year of a large region (25,000 job seekers, 40,000 referrals) on SQLite and PostgreSQL,
              with placements counted from loaded rows as baseline, and each indicator's share of the time; --keep NAME keeps
              the filled databases and reuses them in the next run with that name
          starter-set [output.tsv]
              regenerates src/Werkbrug.Matching/Taxonomy/starter-taxonomy.tsv from the shared ESCO data
          audit [--seconds 3] [--callers N]
              audited reads per second with 1, 8 and 32 callers (or N): per-request transaction, group commit through EF's
              SaveChanges, group commit with set-based inserts; SQLite and PostgreSQL (WERKBRUG_BENCH_POSTGRES)
          load [--provider postgres|sqlite] [--scale 1] [--region-only AM14] [--clients 32] [--seconds 60] [--warmup 10]
               [--compare-seconds N] [--timeout 30] [--ready-timeout 1800] [--keep] [--no-build]
              fills a database with the synthetic generator, starts app instances on it, drives a mix of requests
        """);
    return 2;
}

namespace Werkbrug.Benchmarks
{
    internal sealed record Options(int? Profiles, int? Queries, int? BaselineQueries, int? BaselineProfiles, int? Seed, bool NoBaselines, int? Seconds)
    {
        public int? Rows { get; init; }

        public int? Vacancies { get; init; }

        public int? BaselineRows { get; init; }

        /// <summary>Warm-up searches every system of the matching verb gets before timing.</summary>
        public int? Warmup { get; init; }

        public string? Postgres { get; init; }

        /// <summary>A name under which the filled database is kept and reused by the next run (see <see cref="BenchHost"/>).</summary>
        public string? Keep { get; init; }

        /// <summary>The audit verb's concurrent callers (default: 1, 8 and 32 in turn).</summary>
        public int? Callers { get; init; }

        public static Options Parse(string[] args)
        {
            int? Int(string name)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
            }

            var postgres = Array.IndexOf(args, "--postgres");
            var keep = Array.IndexOf(args, "--keep");
            return new Options(Int("--profiles"), Int("--queries"), Int("--baseline-queries"), Int("--baseline-profiles"), Int("--seed"), args.Contains("--no-baselines"), Int("--seconds"))
            {
                Rows = Int("--rows"),
                Vacancies = Int("--vacancies"),
                BaselineRows = Int("--baseline-rows"),
                Warmup = Int("--warmup"),
                Callers = Int("--callers"),
                Postgres = postgres >= 0 && postgres + 1 < args.Length ? args[postgres + 1] : null,
                Keep = keep >= 0 && keep + 1 < args.Length ? args[keep + 1] : null,
            };
        }
    }
}
