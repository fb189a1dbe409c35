using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Werkbrug.Benchmarks;

/// <summary>
/// The processes of the load verb: the repository's Werkbrug.Web build (its `generate-synthetic` verb for the fill, then
/// instances as a Production deployment runs them), a private PostgreSQL cluster on loopback, and the key-encryption
/// certificate made with openssl as README.md ("Keys and secrets") tells operators. Everything lives in one temporary
/// folder and is stopped and removed by <see cref="DisposeAsync"/>. Linux only (file modes, runuser, PostgreSQL's binaries).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class LoadSetup : IAsyncDisposable
{
    private readonly List<Process> _instances = [];
    private readonly bool _keep;
    private string? _pgData;

    private LoadSetup(string root, string work, bool keep) => (Root, Work, _keep) = (root, work, keep);

    public string Root { get; }

    /// <summary>The temporary folder: certificate, logs, tokens, SQLite file, PostgreSQL cluster.</summary>
    public string Work { get; }

    /// <summary>Whether <see cref="Work"/> is a kept folder of an earlier run (its database is already filled).</summary>
    public bool Reused { get; private init; }

    public string App => Path.Combine(Root, "artifacts", "bin", "Werkbrug.Web", "release", "Werkbrug.Web.dll");

    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>A new temporary folder, or <paramref name="reuse"/>: a folder an earlier run kept, whose database, certificate and tokens are used again.</summary>
    public static LoadSetup Create(bool keep, string? reuse = null)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Werkbrug.slnx")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("Werkbrug.slnx not found above the benchmark.");
        }

        if (reuse is not null)
        {
            return Directory.Exists(reuse) ? new LoadSetup(root, Path.GetFullPath(reuse), keep: true) { Reused = true }
                : throw new DirectoryNotFoundException($"{reuse} is not a folder an earlier run kept.");
        }

        var work = Directory.CreateTempSubdirectory("werkbrug-load-").FullName;
        return new LoadSetup(root, work, keep);
    }

    public async Task BuildAppAsync()
    {
        Console.WriteLine("load: building src/Werkbrug.Web (Release)");
        await RunAsync("dotnet", ["build", Path.Combine(Root, "src", "Werkbrug.Web"), "-c", "Release", "-v", "q", "-nologo"], Path.Combine(Work, "build.log"));
    }

    /// <summary>An RSA certificate and key as two PEM files, configured for every process (ADR 0014).</summary>
    public async Task MakeCertificateAsync()
    {
        var crt = Path.Combine(Work, "kek.crt");
        var key = Path.Combine(Work, "kek.key");
        // A filled database's key ring is sealed with the certificate of its run.
        if (!(Reused && File.Exists(crt) && File.Exists(key)))
        {
            await RunAsync("openssl", ["req", "-x509", "-newkey", "rsa:3072", "-sha256", "-days", "30", "-nodes", "-subj", "/CN=Werkbrug load benchmark", "-keyout", key, "-out", crt],
                Path.Combine(Work, "openssl.log"));
            File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Environment["DataProtection__KeyEncryption__Certificate__Path"] = crt;
        Environment["DataProtection__KeyEncryption__Certificate__KeyPath"] = key;
    }

    public void UseSqlite()
    {
        Environment["Database__Provider"] = "Sqlite";
        Environment["ConnectionStrings__Werkbrug"] = $"Data Source={Path.Combine(Work, "werkbrug.db")}";
    }

    /// <summary>WERKBRUG_BENCH_POSTGRES with a new database of this run (the app creates it), or a private cluster.</summary>
    public async Task UsePostgresAsync()
    {
        Environment["Database__Provider"] = "Postgres";
        var named = Path.Combine(Work, "database.txt");
        var database = Reused && File.Exists(named) ? File.ReadAllText(named).Trim() : $"werkbrug_load_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await File.WriteAllTextAsync(named, database);
        if (System.Environment.GetEnvironmentVariable("WERKBRUG_BENCH_POSTGRES") is { Length: > 0 } given)
        {
            Environment["ConnectionStrings__Werkbrug"] = $"{given.TrimEnd(';')};Database={database}";
            return;
        }

        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderBy(d => int.Parse(Path.GetFileName(Path.GetDirectoryName(d))!, CultureInfo.InvariantCulture)).LastOrDefault()
            ?? throw new InvalidOperationException("No PostgreSQL in /usr/lib/postgresql/*/bin; install postgresql or set WERKBRUG_BENCH_POSTGRES.");
        _pgData = Path.Combine(Work, "pg");
        var exists = File.Exists(Path.Combine(_pgData, "PG_VERSION"));
        Directory.CreateDirectory(_pgData);
        // The postgres user must reach its folder inside ours.
        File.SetUnixFileMode(Work, File.GetUnixFileMode(Work) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        var port = FreePort();
        // initdb refuses root: run the cluster as the postgres user then (as .ci/run does).
        string[] runAs = System.Environment.UserName == "root" ? ["runuser", "-u", "postgres", "--"] : [];
        if (runAs.Length > 0 && !exists)
        {
            await RunAsync("chown", ["postgres", _pgData], Path.Combine(Work, "pg-init.log"));
        }

        if (!exists)
        {
            await RunAsync(runAs.Length > 0 ? runAs[0] : Path.Combine(bin, "initdb"),
                [.. runAs.Skip(1), .. runAs.Length > 0 ? [Path.Combine(bin, "initdb")] : Array.Empty<string>(), "-D", _pgData, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                Path.Combine(Work, "pg-init.log"));
        }

        // Defaults but for room: two instances with a pool each, and memory for a national database.
        var settings = $"-p {port} -k {_pgData} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=1GB -c work_mem=16MB -c maintenance_work_mem=256MB";
        await PgCtlAsync(bin, runAs, ["-D", _pgData, "-o", settings, "-w", "-t", "120", "-l", Path.Combine(_pgData, "server.log"), "start"]);
        _pgStop = () => PgCtlAsync(bin, runAs, ["-D", _pgData, "-m", "fast", "stop"]);
        Environment["ConnectionStrings__Werkbrug"] = $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Maximum Pool Size=100";
    }

    private Func<Task>? _pgStop;

    private Task PgCtlAsync(string bin, string[] runAs, string[] args) =>
        RunAsync(runAs.Length > 0 ? runAs[0] : Path.Combine(bin, "pg_ctl"), [.. runAs.Skip(1), .. runAs.Length > 0 ? [Path.Combine(bin, "pg_ctl")] : Array.Empty<string>(), .. args],
            Path.Combine(Work, "pg-ctl.log"));

    /// <summary>Runs the app's `generate-synthetic` verb (Development: the verb refuses Production) and prints what it said.</summary>
    public async Task<TimeSpan> FillAsync(IEnumerable<string> args)
    {
        var clock = Stopwatch.StartNew();
        var log = Path.Combine(Work, "fill.log");
        await RunAsync("dotnet", [App, "generate-synthetic", .. args], log, new Dictionary<string, string>(Environment) { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Logging__LogLevel__Default"] = "Warning" });
        foreach (var line in File.ReadLines(log).Where(l => l.StartsWith("Synthetic data", StringComparison.Ordinal)))
        {
            Console.WriteLine($"load: {line}");
        }

        return clock.Elapsed;
    }

    /// <summary>Starts an instance as Production, on its own loopback port; returns its base address.</summary>
    public Uri StartInstance(int number)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [App])
        {
            WorkingDirectory = Path.GetDirectoryName(App)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The per-token API limit protects a partner's integration; the benchmark measures capacity, not that limit.
        start.Environment["Api__RequestsPerMinute"] = "10000000";
        var process = Process.Start(start)!;
        var log = new StreamWriter(Path.Combine(Work, $"instance-{number}.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _instances.Add(process);
        return new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>Waits until /health/ready answers 200; the time from <paramref name="since"/>.</summary>
    public static async Task<TimeSpan> WaitReadyAsync(HttpClient http, Uri instance, Stopwatch since, TimeSpan limit)
    {
        while (since.Elapsed < limit)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(instance, "/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return since.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{instance} was not ready within {limit.TotalSeconds:0} s.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _instances.Where(p => !p.HasExited))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        if (_pgStop is not null)
        {
            await _pgStop();
        }

        if (_keep)
        {
            Console.WriteLine($"load: kept {Work}");
        }
        else
        {
            Directory.Delete(Work, recursive: true);
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IEnumerable<string> args, string log, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await File.AppendAllTextAsync(log, await output + await errors);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args.Take(3))} failed ({process.ExitCode}); see {log}:\n{await output}{await errors}");
        }
    }
}
