using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Features.Employers;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Vacancies;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Benchmarks;

/// <summary>
/// <c>import</c>: the real CSV import handlers against a fresh database per provider (a SQLite file, and a new database
/// on the PostgreSQL server of <c>--postgres</c> or WERKBRUG_BENCH_POSTGRES), with job-seeker and vacancy files drawn
/// from <see cref="Synthetic"/> in the columns of docs/import.md. The baseline in the same run is the previous
/// row-by-row code (<see cref="RowByRowImports"/>) on a smaller file, extrapolated to the full size.
/// </summary>
internal static class ImportVerb
{
    public static async Task<int> RunAsync(Options o)
    {
        // The handlers run here as in the web app, so under its garbage collector: Microsoft.NET.Sdk.Web runs server GC in
        // the background (concurrent), this project (for steadier matching timings) neither; the verb runs itself again so.
        if (!GCSettings.IsServerGC && Environment.GetEnvironmentVariable("DOTNET_gcServer") is null)
        {
            return await RunAgainWithServerGcAsync();
        }

        var rows = o.Rows ?? 100_000;
        var vacancies = o.Vacancies ?? rows / 4;
        var baselineRows = o.BaselineRows ?? 5_000;
        var postgres = o.Postgres ?? Environment.GetEnvironmentVariable("WERKBRUG_BENCH_POSTGRES");
        var summary = new StringBuilder($"import: rows={rows} gc={(GCSettings.IsServerGC ? "server" : "workstation")}");
        foreach (var provider in postgres is null ? ["Sqlite"] : new[] { "Sqlite", "Postgres" })
        {
            await using var bench = await BenchHost.StartAsync(provider, postgres, $"--Imports:MaxRows={Math.Max(rows, vacancies)}");
            var host = new ImportRuns(bench, await bench.AddUserAsync(Roles.CaseManager, Roles.AccountManager));
            var files = new Files(bench, host.RegionCode, o.Seed ?? 11);
            var employers = files.Employers(Math.Max(10, vacancies / 20));
            await host.RunAsync("employers", employers.Count, (sp, user) => sp.GetRequiredService<ImportEmployers.Handler>().HandleAsync(Files.EmployerCsv(employers), false, default));

            // Warm-up (JIT, EF query compilation, region secrets), so neither the new path nor the baseline pays for it.
            await host.RunAsync("warm-up-job-seekers", 200, (sp, _) => sp.GetRequiredService<ImportJobSeekers.Handler>().CsvAsync(new StringReader(files.JobSeekerCsv(200, "WJ", 0)), false, default));
            await host.RunAsync("warm-up-vacancies", 200, (sp, _) => sp.GetRequiredService<ImportVacancies.Handler>().HandleAsync(new StringReader(files.VacancyCsv(200, "WV", employers)), false, default));
            var seekers = await host.RunAsync("job-seekers", rows, (sp, _) => sp.GetRequiredService<ImportJobSeekers.Handler>().CsvAsync(new StringReader(files.JobSeekerCsv(rows, "J", 1)), false, default));
            await host.RunAsync("job-seekers-again", rows, (sp, _) => sp.GetRequiredService<ImportJobSeekers.Handler>().CsvAsync(new StringReader(files.JobSeekerCsv(rows, "J", 1)), false, default));
            var vacancySeconds = await host.RunAsync("vacancies", vacancies, (sp, _) => sp.GetRequiredService<ImportVacancies.Handler>().HandleAsync(new StringReader(files.VacancyCsv(vacancies, "V", employers)), false, default));
            summary.Append(CultureInfo.InvariantCulture, $" {provider.ToLowerInvariant()}_seconds={seekers:0.0}");
            if (!o.NoBaselines)
            {
                var oldSeekers = await host.RunAsync("job-seekers-row-by-row", baselineRows, (sp, _) => RowByRowImports.JobSeekersAsync(sp, new StringReader(files.JobSeekerCsv(baselineRows, "OJ", 2)), default), rows);
                var oldVacancies = await host.RunAsync("vacancies-row-by-row", baselineRows, (sp, _) => RowByRowImports.VacanciesAsync(sp, new StringReader(files.VacancyCsv(baselineRows, "OV", employers)), default), vacancies);
                summary.Append(CultureInfo.InvariantCulture, $" {provider.ToLowerInvariant()}_speedup={oldSeekers / baselineRows * rows / seekers:0.0}")
                    .Append(CultureInfo.InvariantCulture, $" {provider.ToLowerInvariant()}_vacancy_speedup={oldVacancies / baselineRows * vacancies / vacancySeconds:0.0}");
            }
        }

        Console.WriteLine(summary);
        return 0;
    }

    internal static async Task<int> RunAgainWithServerGcAsync()
    {
        var args = Environment.GetCommandLineArgs();
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(args[0]);
        }

        foreach (var arg in args.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_gcConcurrent"] = "1";
        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    /// <summary>Imports run as the benchmark's user, each with its line.</summary>
    private sealed class ImportRuns(BenchHost host, (string RegionCode, ClaimsPrincipal User) user)
    {
        public string RegionCode => user.RegionCode;

        /// <summary>Runs one import as the user in a scope of its own and prints its line; returns the seconds it took.</summary>
        public async Task<double> RunAsync(string kind, int rows, Func<IServiceProvider, ClaimsPrincipal, Task<Result<ImportResult>>> import, int? extrapolateTo = null)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await host.AsAsync(user.User, services => import(services, user.User));
            clock.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"{kind}: the file was refused: {string.Join(", ", result.Errors.Select(e => e.Code))}");
            }

            var outcomes = result.Value.Rows.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
            if (outcomes.GetValueOrDefault(ImportOutcome.Rejected) is > 0 and var rejected)
            {
                var first = result.Value.Rows.First(r => r.Outcome == ImportOutcome.Rejected);
                throw new InvalidOperationException($"{kind}: {rejected} rows rejected, first line {first.Line}: {string.Join(", ", first.Errors.Select(e => $"{e.Field} {e.Code}"))}");
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"import: provider={host.Provider.ToLowerInvariant()} kind={kind} rows={rows} seconds={seconds:0.00} rows_per_s={rows / seconds:0} app_cpu_s={cpu.TotalSeconds:0.00}")
                .Append(CultureInfo.InvariantCulture, $" created={outcomes.GetValueOrDefault(ImportOutcome.Created)} updated={outcomes.GetValueOrDefault(ImportOutcome.Updated)} unchanged={outcomes.GetValueOrDefault(ImportOutcome.Unchanged)}");
            if (extrapolateTo is { } full)
            {
                line.Append(CultureInfo.InvariantCulture, $" extrapolated_seconds_for_{full}={seconds / rows * full:0}");
            }

            Console.WriteLine(line);
            return seconds;
        }
    }

    /// <summary>The import files: profiles from <see cref="Synthetic"/> written in the documented columns (Dutch names, <c>;</c>).</summary>
    private sealed class Files
    {
        private static readonly string[] GivenNames = ["Anna", "Bram", "Daan", "Emma", "Fleur", "Gijs", "Iris", "Mohamed", "Noor", "Priya", "Sanne", "Zeynep"];
        private static readonly string[] Surnames = ["de Jong", "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Yilmaz", "El Idrissi"];
        private static readonly string[] Benefits = ["geen", "ww", "bijstand", "wajong", "wia", "ioaw"];
        private static readonly string[] Contracts = ["regulier", "proefplaatsing", "leerbaan", "werkervaringsplaats"];

        private readonly SkillTaxonomy _taxonomy;
        private readonly Pc4Map _postcodes;
        private readonly Synthetic _synthetic;
        private readonly string[] _pc4s;
        private readonly string[] _municipalities;
        private readonly int _seed;

        public Files(BenchHost host, string regionCode, int seed)
        {
            _taxonomy = SharedData.LoadEsco();
            var postcodes = _postcodes = SharedData.LoadPostcodes();
            _synthetic = new Synthetic(_taxonomy, postcodes, seed);
            _seed = seed;
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
            db.Scope.EnterSystemScope();
            var known = db.PostcodeAreas.Select(p => p.Pc4).ToHashSet(StringComparer.Ordinal);
            _pc4s = [.. postcodes.Known.Select(p => p.ToString("0000", CultureInfo.InvariantCulture)).Where(known.Contains)];
            _municipalities = [.. db.Municipalities.Where(m => m.RegionCode == regionCode).Select(m => m.Name).OrderBy(n => n)];
        }

        public sealed record Employer(string Kvk, string Pc4, string Municipality);

        public List<Employer> Employers(int count)
        {
            var random = new Random(_seed);
            return Enumerable.Range(0, count)
                .Select(i => new Employer((20_000_000 + i).ToString(CultureInfo.InvariantCulture), _pc4s[random.Next(_pc4s.Length)], _municipalities[random.Next(_municipalities.Length)]))
                .ToList();
        }

        public static StringReader EmployerCsv(List<Employer> employers)
        {
            var csv = new StringBuilder("kvknummer;handelsnaam;grootteklasse;adres;postcode;gemeente\n");
            foreach (var (e, i) in employers.Select((e, i) => (e, i)))
            {
                csv.Append(CultureInfo.InvariantCulture, $"{e.Kvk};Werkgever {i};25;Industrieweg {1 + (i % 200)};{e.Pc4} AB;{e.Municipality}\n");
            }

            return new StringReader(csv.ToString());
        }

        /// <summary>
        /// <paramref name="rows"/> job seekers with external ids <paramref name="prefix"/>0, 1, … and (every other row) BSNs from
        /// block <paramref name="block"/> (0–3: files of different blocks share no BSN); the same arguments give the same file.
        /// </summary>
        public string JobSeekerCsv(int rows, string prefix, int block)
        {
            var random = new Random(_seed + prefix.Length);
            var synthetic = new Synthetic(_taxonomy, _postcodes, _seed + prefix.Length);
            var csv = new StringBuilder("externId;voornaam;achternaam;geboortedatum;bsn;email;telefoon;adres;postcode;werkfit;uitkering;doelgroepregister;werkEnDenkniveau;rijbewijzen;vaardigheden;urenMin;urenMax;reisafstandKm;beschikbaarVanaf\n");
            var bsnBase = 100_000_000 + (block * 200_000_000);
            for (var i = 0; i < rows; i++)
            {
                var p = synthetic.Profile();
                var pc4 = _pc4s[(p.Pc4 + i) % _pc4s.Length];
                var bsn = i % 2 == 0 ? Bsn(bsnBase + (i * 100)) : string.Empty;
                var skills = string.Join('|', p.Skills.Select(s => _taxonomy[s].Label).Where(l => l.Length <= 60 && !l.Contains(';') && !l.Contains('|') && !l.Contains('"')).Distinct().Take(8));
                var licences = string.Join('|', new[] { (p.Licences & DrivingLicences.B) != 0 ? "B" : null, (p.Licences & DrivingLicences.C) != 0 ? "C" : null }.OfType<string>());
                var werkfit = p.Readiness switch { WorkReadiness.Ready => "werkfit", WorkReadiness.ReadyInTime => "werkfit op termijn", _ => "niet werkfit" };
                csv.Append(CultureInfo.InvariantCulture,
                    $"{prefix}{i};{GivenNames[random.Next(GivenNames.Length)]};{Surnames[random.Next(Surnames.Length)]};{Synthetic.Today.AddDays(-random.Next(18 * 365, 60 * 365)):yyyy-MM-dd};{bsn};")
                    .Append(CultureInfo.InvariantCulture, $"persoon{i}@voorbeeld.nl;06{random.Next(10_000_000, 99_999_999)};Dorpsstraat {1 + (i % 300)};{pc4} AB;{werkfit};{Benefits[random.Next(Benefits.Length)]};")
                    .Append(CultureInfo.InvariantCulture, $"{(random.Next(5) == 0 ? "ja" : "nee")};{random.Next(0, 8)};{licences};{skills};{p.MinHoursPerWeek};{p.MaxHoursPerWeek};{p.MaxTravelKm};{p.AvailableFrom:yyyy-MM-dd}\n");
            }

            return csv.ToString();
        }

        public string VacancyCsv(int rows, string prefix, List<Employer> employers)
        {
            var random = new Random(_seed + 1);

            // The generator's start dates lie around its fixed day; the import refuses a start in the past, so they move to today.
            var shift = DutchTime.Today(TimeProvider.System).DayNumber - Synthetic.Today.DayNumber;
            var csv = new StringBuilder("externId;kvknummer;titel;beroep;omschrijving;urenMin;urenMax;contractvorm;adres;postcode;gemeente;aantal;startdatum;status\n");
            for (var i = 0; i < rows; i++)
            {
                var v = _synthetic.Vacancy();
                var occupation = _taxonomy[v.Occupation!.Value].Label.Replace(';', ' ');
                var employer = employers[random.Next(employers.Count)];
                csv.Append(CultureInfo.InvariantCulture, $"{prefix}{i};{employer.Kvk};{occupation} ({i});{occupation};Werk als {occupation};{v.HoursPerWeek / 2};{v.HoursPerWeek};")
                    .Append(CultureInfo.InvariantCulture, $"{Contracts[random.Next(Contracts.Length)]};Industrieweg {1 + (i % 200)};{employer.Pc4} AB;{employer.Municipality};{1 + random.Next(3)};{v.StartDate.AddDays(shift):yyyy-MM-dd};{(i % 3 == 0 ? "concept" : "open")}\n");
            }

            return csv.ToString();
        }

        /// <summary>The first valid BSN (elfproef) from <paramref name="start"/> on.</summary>
        private static string Bsn(int start)
        {
            for (var n = start; ; n++)
            {
                var text = n.ToString("000000000", CultureInfo.InvariantCulture);
                var sum = text.Select((d, k) => (k < 8 ? 9 - k : -1) * (d - '0')).Sum();
                if (sum % 11 == 0)
                {
                    return text;
                }
            }
        }
    }
}
