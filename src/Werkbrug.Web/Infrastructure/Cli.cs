using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure;

/// <summary>
/// Command-line verbs of the Werkbrug executable, run instead of the web server:
/// <c>generate-synthetic --regions 35 --organisations-per-region 10 --users-per-region 50 --seed 42 [--prefix Synth]
/// [--employers-per-region N] [--vacancies-per-region N] [--job-seekers-per-region N] [--region AM14] [--parallel N] [--tokens-file path]</c>, and
/// <c>backup &lt;file&gt;</c> (an online copy of the SQLite database; docs/operations.md), and
/// <c>import-esco &lt;file or folder&gt;... [--language en]</c> (an ESCO CSV download as the taxonomy in force; ADR 0044), and
/// <c>verify-audit [--region AM14]</c> (recomputes the audit log's hash chains; docs/operations.md).
/// Configuration (database provider, connection string, environment) is read exactly as for the web server;
/// later arguments such as <c>--Database:Provider=Postgres</c> override it.
/// </summary>
public static class Cli
{
    public const string GenerateSynthetic = "generate-synthetic";
    public const string Backup = "backup";
    public const string ImportEsco = "import-esco";
    public const string VerifyAudit = "verify-audit";

    /// <summary>Runs the verb in <paramref name="args"/>[0] and returns true, or returns false to start the web server.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case GenerateSynthetic:
                Environment.ExitCode = await GenerateSyntheticAsync(args[1..]);
                return true;
            case Backup:
                Environment.ExitCode = await BackupAsync(args[1..]);
                return true;
            case ImportEsco:
                Environment.ExitCode = await ImportEscoAsync(args[1..]);
                return true;
            case VerifyAudit:
                Environment.ExitCode = await VerifyAuditAsync(args[1..]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Copies the SQLite database to a new file with SQLite's online backup API: one consistent snapshot, taken while the
    /// app keeps serving (in WAL mode writers go on meanwhile). PostgreSQL is backed up with its own tools (pg_dump, or a
    /// base backup with WAL archiving), which this verb names instead.
    /// </summary>
    private static async Task<int> BackupAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Usage: {Backup} <file> (SQLite; for PostgreSQL use pg_dump, see docs/operations.md)");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(args[1..]);
        if (builder.Configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite) != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("The database is PostgreSQL: back it up with pg_dump -Fc (or a base backup with WAL archiving); see docs/operations.md.");
            return 2;
        }

        var target = Path.GetFullPath(args[0]);
        if (File.Exists(target))
        {
            await Console.Error.WriteLineAsync($"{target} exists; a backup never overwrites a file.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        await using var source = new SqliteConnection(DatabaseSetup.SqliteConnectionString(builder.Configuration, builder.Environment.ContentRootPath));
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        await source.OpenAsync();
        await copy.OpenAsync();
        source.BackupDatabase(copy);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Backed up {source.DataSource} to {target} ({new FileInfo(target).Length / 1024.0 / 1024.0:0.0} MiB) in {clock.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }

    /// <summary>
    /// Imports an ESCO CSV download (files or folders; the official download's <c>*_nl.csv</c> files carry their language in
    /// the name, others are read as <c>--language</c>, English by default) as the next taxonomy version. Instances use it
    /// from their next start, so run it as a migration is run: between stopping the old instances and starting the new.
    /// </summary>
    private static async Task<int> ImportEscoAsync(string[] args)
    {
        var paths = new List<string>();
        var configArgs = new List<string>();
        var language = "en";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--language" && i + 1 < args.Length)
            {
                language = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                configArgs.Add(args[i]);
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0 || language is not { Length: 2 } || !language.All(char.IsAsciiLetterLower))
        {
            await Console.Error.WriteLineAsync($"Usage: {ImportEsco} <file or folder>... [--language en] (the language of files whose name does not end in _xx.csv, two lower-case letters)");
            return 2;
        }

        SkillTaxonomy taxonomy;
        IReadOnlyList<string> files;
        try
        {
            (taxonomy, files) = Features.Matching.TaxonomyVersions.Read(paths, language);
        }
        catch (Exception e) when (e is FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"{e.Message} Nothing was imported.");
            return 2;
        }

        if (taxonomy.Occupations.Count == 0)
        {
            await Console.Error.WriteLineAsync($"{Features.Matching.TaxonomyVersions.NoOccupations} Nothing was imported.");
            return 1;
        }

        var builder = WebApplication.CreateBuilder([.. configArgs]);
        builder.AddWerkbrug();
        await using var app = builder.Build();
        await app.Services.InitialiseDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var imported = await Features.Matching.TaxonomyVersions.StoreAsync(db, taxonomy, files, now, CancellationToken.None);
        var holds = string.Create(CultureInfo.InvariantCulture,
            $"{imported.Holds.Occupations} occupations ({imported.Holds.DutchOccupationLabels} with a Dutch label), {imported.Holds.Skills} skills ({imported.Holds.DutchSkillLabels} with a Dutch label), {imported.Relations} occupation-skill relations");
        Console.WriteLine(imported.Unchanged
            ? string.Create(CultureInfo.InvariantCulture, $"Unchanged: {string.Join(", ", files)} equal taxonomy version {imported.Number} ({holds}); nothing was written.")
            : string.Create(CultureInfo.InvariantCulture,
                $"Imported taxonomy version {imported.Number} from {string.Join(", ", files)}: {holds}. Instances use it from their next start, " +
                $"which resolves the codes of every job-seeker profile ({imported.ProfilesToResolve}) and vacancy ({imported.VacanciesToResolve}) again."));
        return 0;
    }

    /// <summary>
    /// Recomputes the hash chains of one region or of every region that has one (ADR 0006), reading one consistent snapshot
    /// per region while the app keeps serving. Exit code 0 when every chain is intact, 1 when one is broken (its first broken
    /// sequence is printed), 2 for wrong arguments or a database it cannot read. Reads only: it applies no migration and writes nothing.
    /// </summary>
    private static async Task<int> VerifyAuditAsync(string[] args)
    {
        string? region = null;
        var configArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--region" && i + 1 < args.Length)
            {
                region = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('=', StringComparison.Ordinal))
            {
                configArgs.Add(args[i]);
            }
            else
            {
                await Console.Error.WriteLineAsync($"Usage: {VerifyAudit} [--region AM14] (every region with an audit chain when no region is named)");
                return 2;
            }
        }

        var builder = WebApplication.CreateBuilder([.. configArgs]);
        builder.AddWerkbrug();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var verifier = scope.ServiceProvider.GetRequiredService<AuditChainVerifier>();
        var broken = 0;
        List<string> regions;
        try
        {
            regions = region is null
                ? await db.AuditChainHeads.AsNoTracking().Select(h => h.RegionCode).OrderBy(r => r).ToListAsync()
                : [region];
            foreach (var code in regions)
            {
                var verification = await verifier.VerifyAsync(code, CancellationToken.None);
                broken += verification.IsIntact ? 0 : 1;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{code}: processing log {verification.ProcessingRecords} records {State(verification.ProcessingBrokenAt)}; user audit log {verification.UserRecords} records {State(verification.UserBrokenAt)}"));
            }
        }
        catch (DbException e)
        {
            await Console.Error.WriteLineAsync($"The audit log could not be read ({e.Message}); nothing was verified.");
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{regions.Count - broken} of {regions.Count} regions intact."));
        return broken == 0 ? 0 : 1;

        static string State(long? brokenAt) => brokenAt is { } sequence ? string.Create(CultureInfo.InvariantCulture, $"BROKEN at sequence {sequence}") : "intact";
    }

    private static async Task<int> GenerateSyntheticAsync(string[] args)
    {
        if (!TryParse(args, out var options, out var tokensFile, out var configArgs, out var problem))
        {
            await Console.Error.WriteLineAsync($"{problem}\nUsage: {GenerateSynthetic} --regions 35 --organisations-per-region 10 --users-per-region 50 --seed 42 [--prefix Synth] [--password ...]" +
                " [--employers-per-region N] [--vacancies-per-region N] [--job-seekers-per-region N] [--contacts-per-employer N] [--intake-requests-per-region N]" +
                " [--referrals-per-region N] [--region AM14] [--parallel N] [--tokens-file path]");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(configArgs);
        builder.AddWerkbrug();
        await using var app = builder.Build();
        if (app.Environment.IsProduction())
        {
            await Console.Error.WriteLineAsync("Synthetic data is never generated in Production (set ASPNETCORE_ENVIRONMENT to Development or Testing).");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        await app.Services.InitialiseDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var synthetic = ActivatorUtilities.CreateInstance<SyntheticData>(scope.ServiceProvider);
        var counts = await synthetic.GenerateAsync(options, CancellationToken.None);
        var work = await ActivatorUtilities.CreateInstance<SyntheticWork>(scope.ServiceProvider).GenerateAsync(options, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        if (db.Database.IsNpgsql())
        {
            // A bulk load ends with fresh planner statistics, as a large import does (ADR 0053).
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Synthetic data ({options.Prefix}, seed {options.Seed}): {counts.Regions} regions; added {counts.ServicePoints} service points, " +
            $"{counts.Organisations} organisations, {counts.Teams} teams, {counts.Users} users, {work.Employers} employers, {work.Vacancies} vacancies, " +
            $"{work.JobSeekers} job seekers, {work.IntakeRequests} front-door requests, {work.Referrals} referrals in {clock.Elapsed.TotalSeconds:0.0} s."));
        if (tokensFile is not null)
        {
            // One line per token: region, role, e-mail, token. Readable by the owner only: the tokens are secrets.
            var tokens = await synthetic.IssueTokensAsync(options, CancellationToken.None);
            await File.WriteAllLinesAsync(tokensFile, tokens.Select(t => $"{t.RegionCode}\t{t.Role}\t{t.Email}\t{t.Token}"));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(tokensFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tokens.Count} API tokens written to {tokensFile}."));
        }

        return 0;
    }

    private static bool TryParse(string[] args, out SyntheticData.Options options, out string? tokensFile, out string[] configArgs, out string? problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        string[] texts = ["--prefix", "--password", "--region", "--tokens-file"];
        string[] known = ["--regions", "--organisations-per-region", "--users-per-region", "--seed", "--employers-per-region", "--vacancies-per-region",
            "--job-seekers-per-region", "--parallel", "--contacts-per-employer", "--intake-requests-per-region", "--referrals-per-region", .. texts];
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            if (!known.Contains(name))
            {
                rest.Add(args[i]);
                continue;
            }

            value ??= i + 1 < args.Length ? args[++i] : null;
            if (value is null)
            {
                (options, tokensFile, configArgs, problem) = (null!, null, [], $"{name} needs a value.");
                return false;
            }

            values[name] = value;
        }

        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;

        var bad = values.Where(v => !texts.Contains(v.Key) && !int.TryParse(v.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(v => $"{v.Key} must be a whole number, not '{v.Value}'.").FirstOrDefault();
        var defaults = new SyntheticData.Options(35, 10, 50, 42);
        options = new SyntheticData.Options(
            Number("--regions", defaults.Regions), Number("--organisations-per-region", defaults.OrganisationsPerRegion),
            Number("--users-per-region", defaults.UsersPerRegion), Number("--seed", defaults.Seed),
            values.GetValueOrDefault("--prefix", defaults.Prefix), values.GetValueOrDefault("--password", defaults.Password),
            Number("--employers-per-region", 0), Number("--vacancies-per-region", 0), Number("--job-seekers-per-region", 0),
            values.GetValueOrDefault("--region"), Number("--parallel", 1),
            Number("--contacts-per-employer", 0), Number("--intake-requests-per-region", 0), Number("--referrals-per-region", 0));
        tokensFile = values.GetValueOrDefault("--tokens-file");
        configArgs = [.. rest];
        problem = bad ?? (string.IsNullOrWhiteSpace(options.Prefix) ? "--prefix must not be empty: it is how a rerun recognises its data." : null);
        return problem is null;
    }
}
