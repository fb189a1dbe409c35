using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Werkbrug.Web.Tests.Drills;

/// <summary>
/// A throwaway PostgreSQL cluster of the test's own (initdb and pg_ctl of the newest /usr/lib/postgresql/*/bin, as .ci/run
/// starts one), on a free loopback port, so a drill may kill it with SIGKILL without touching the run's shared server.
/// Durable settings (fsync on), unlike the suite's server. Run as root, the server runs as the user postgres.
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    private readonly string _folder;
    private readonly int _port;

    private PrivatePostgres(string bin, string folder, int port) => (Bin, _folder, _port) = (bin, folder, port);

    /// <summary>The server binaries, or null when PostgreSQL is not installed.</summary>
    public static string? Binaries { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : new Version()).LastOrDefault()
        : null;

    public string Bin { get; }

    /// <summary>Skips the test with a message when the server binaries are missing.</summary>
    public static string RequireBinaries()
    {
        if (Binaries is null)
        {
            Assert.Skip("This drill needs PostgreSQL's server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql; .ci/run installs it).");
        }

        return Binaries;
    }

    /// <summary>Runs a client program of the newest PostgreSQL (pg_dump, pg_restore) as the current user.</summary>
    public static Task ClientAsync(string program, params string[] args) => Run(Path.Combine(RequireBinaries(), program), args).AsCurrentUser();

    /// <summary>A new cluster, started, with an empty database <paramref name="database"/>.</summary>
    public static async Task<PrivatePostgres> StartAsync(string database)
    {
        var bin = RequireBinaries();
        var folder = Directory.CreateTempSubdirectory("werkbrug-drill-pg-").FullName;
        var server = new PrivatePostgres(bin, folder, FreePort());
        await Run("chown", "postgres", folder).AsRootOnly();
        await server.ServerAsync("initdb", "-D", folder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        await server.StartAsync();
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await new NpgsqlCommand($"CREATE DATABASE {database}", connection).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return server;
    }

    /// <summary>Writes every changed page to disk, as the server does on its own every few minutes.</summary>
    public async Task CheckpointAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await new NpgsqlCommand("CHECKPOINT", connection).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Database = database }.ConnectionString;

    /// <summary>Starts the server (again): after <see cref="Kill"/> it recovers from its write-ahead log first.</summary>
    public Task StartAsync() =>
        ServerAsync("pg_ctl", "-D", _folder, "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1", "-w", "-l", Path.Combine(_folder, "server.log"), "start");

    /// <summary>kill -9 of the postmaster and every server process it started: a crash, no shutdown checkpoint.</summary>
    public void Kill()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(_folder, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        var children = Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(p => p!.All(char.IsAsciiDigit)).Select(p => int.Parse(p!, System.Globalization.CultureInfo.InvariantCulture))
            .Where(p => ParentOf(p) == postmaster).ToList();
        foreach (var pid in children.Prepend(postmaster))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Gone already.
            }
        }

        // Gone means reaped: the next postmaster refuses to start while the old pid still exists (even as a zombie).
        for (var waited = 0; children.Prepend(postmaster).Any(p => Directory.Exists($"/proc/{p}")); waited += 20)
        {
            Assert.True(waited < 10_000, "The killed PostgreSQL processes did not go away.");
            Thread.Sleep(20);
        }

        NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        try
        {
            ServerAsync("pg_ctl", "-D", _folder, "-m", "immediate", "stop").Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Not running.
        }

        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Runs a server program of <see cref="Bin"/> (initdb, pg_ctl), as postgres when the test runs as root.</summary>
    private Task ServerAsync(string program, params string[] args) => Run(Path.Combine(Bin, program), args).AsPostgres();

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after its closing parenthesis.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Command Run(string program, params string[] args) => new(program, args);

    /// <summary>A program to run to its end, failing the test with its output when it fails.</summary>
    private sealed record Command(string Program, string[] Args)
    {
        private static readonly bool IsRoot = Environment.UserName == "root";

        public Task AsRootOnly() => IsRoot ? RunAsync(Program, Args) : Task.CompletedTask;

        public Task AsCurrentUser() => RunAsync(Program, Args);

        public Task AsPostgres() => IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Program, .. Args]) : RunAsync(Program, Args);

        private static async Task RunAsync(string program, string[] args)
        {
            var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        }
    }
}
