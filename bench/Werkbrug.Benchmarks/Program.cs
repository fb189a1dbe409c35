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
    "starter-set" => StarterSetVerb.Run(args),
    "load" when !OperatingSystem.IsWindows() => LoadVerb.Run(args),
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("""
        Werkbrug benchmarks (run with -c Release):
          matching [--profiles 1000000] [--queries 200] [--baseline-queries N] [--seed 42] [--no-baselines]
              engine vs reference scorer vs Lucene.NET vs SQLite on the same synthetic pool and vacancies
          quality [--profiles 100000] [--queries 200] [--seed 7]
              recall@50 and nDCG@20 against the ESCO occupation-skill relations, title-only baseline, transfer case
          starter-set [output.tsv]
              regenerates src/Werkbrug.Matching/Taxonomy/starter-taxonomy.tsv from the shared ESCO data
          load [--provider postgres|sqlite] [--scale 1] [--region-only AM14] [--clients 32] [--seconds 60] [--warmup 10]
               [--compare-seconds N] [--timeout 30] [--ready-timeout 1800] [--keep] [--no-build]
              fills a database with the synthetic generator, starts app instances on it, drives a mix of requests
        """);
    return 2;
}

namespace Werkbrug.Benchmarks
{
    internal sealed record Options(int? Profiles, int? Queries, int? BaselineQueries, int? Seed, bool NoBaselines)
    {
        public static Options Parse(string[] args)
        {
            int? Int(string name)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
            }

            return new Options(Int("--profiles"), Int("--queries"), Int("--baseline-queries"), Int("--seed"), args.Contains("--no-baselines"));
        }
    }
}
