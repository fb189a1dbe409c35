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
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("""
        Werkbrug benchmarks (run with -c Release):
          matching [--profiles 1000000] [--queries 200] [--baseline-queries N] [--seed 42] [--no-baselines]
              engine vs reference scorer vs Lucene.NET vs SQLite on the same synthetic pool and vacancies
          index-build [--profiles 25000] [--baseline-profiles 2000] [--seed 42]
              web index build per profile from stored taxonomy codes vs fuzzy lookup at build; a 400,000-profile build
          quality [--profiles 100000] [--queries 200] [--seed 7]
              recall@50 and nDCG@20 against the ESCO occupation-skill relations, title-only baseline, transfer case
          starter-set [output.tsv]
              regenerates src/Werkbrug.Matching/Taxonomy/starter-taxonomy.tsv from the shared ESCO data
          audit [--seconds 3]
              audited reads per second with 1, 8 and 32 callers: per-request transaction vs group commit, SQLite and
              PostgreSQL (WERKBRUG_BENCH_POSTGRES)
        """);
    return 2;
}

namespace Werkbrug.Benchmarks
{
    internal sealed record Options(int? Profiles, int? Queries, int? BaselineQueries, int? BaselineProfiles, int? Seed, bool NoBaselines, int? Seconds)
    {
        public static Options Parse(string[] args)
        {
            int? Int(string name)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
            }

            return new Options(Int("--profiles"), Int("--queries"), Int("--baseline-queries"), Int("--baseline-profiles"), Int("--seed"), args.Contains("--no-baselines"), Int("--seconds"));
        }
    }
}
