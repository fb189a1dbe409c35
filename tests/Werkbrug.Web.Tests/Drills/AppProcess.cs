using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Drills;

/// <summary>
/// The built Werkbrug.Web (artifacts/bin/Werkbrug.Web/&lt;configuration&gt;) as a real child process on a loopback port, in the
/// Testing environment with the run's key-encryption certificate, so a drill can kill it with SIGKILL and start it again
/// on the same database.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>The demo adviser's API token (the demo region is seeded in the test databases).</summary>
    public static readonly string AdviserToken = Web.Infrastructure.Demo.DemoSeeder.TokenFor(Domain.Organisations.Roles.AccountManager);

    private readonly Db _db;
    private readonly string _connectionString;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private AppProcess(Db db, string connectionString)
    {
        (_db, _connectionString) = (db, connectionString);
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
    }

    public Uri Address { get; }

    /// <summary>Where the web project's build output is, beside this test project's (same configuration).</summary>
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "Werkbrug.Web", Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))));

    /// <summary>Starts the app on <paramref name="connectionString"/> and returns once /health/ready answers 200.</summary>
    public static async Task<AppProcess> StartAsync(Db db, string connectionString)
    {
        var app = new AppProcess(db, connectionString);
        await app.RestartAsync();
        return app;
    }

    /// <summary>Runs a CLI verb of the executable to its end; its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCliAsync(Db db, string connectionString, params string[] args)
    {
        using var process = Process.Start(StartInfo(db, connectionString, null, args))!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>An API client with the demo adviser's token, without retries and with a short timeout.</summary>
    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdviserToken);
        return client;
    }

    /// <summary>Starts the process (again, after <see cref="Kill"/>) and waits until it is ready.</summary>
    public async Task RestartAsync()
    {
        _process?.Dispose();
        _process = new Process { StartInfo = StartInfo(_db, _connectionString, Address, []) };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // A start after a kill recovers the database and builds the matching index; on two cores shared with the rest of the
        // suite (and a build now and then) that has taken over 90 s, so the drill waits up to three minutes before it fails.
        await WhenReadyAsync(TimeSpan.FromMinutes(3));
    }

    /// <summary>Returns once /health/ready answers 200, failing with the process's last output when it does not in time.</summary>
    public async Task WhenReadyAsync(TimeSpan within)
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(_process!.HasExited, $"Werkbrug.Web exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output}");
            try
            {
                if ((await probe.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Assert.True(clock.Elapsed < within, $"Werkbrug.Web was not ready within {within}:\n{Output}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>kill -9: SIGKILL, no shutdown of any kind.</summary>
    public void Kill()
    {
        _process!.Kill();
        _process.WaitForExit();
    }

    public string Output => string.Join('\n', _output.TakeLast(40));

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private static ProcessStartInfo StartInfo(Db db, string connectionString, Uri? address, string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(Folder, "Werkbrug.Web"))
        {
            WorkingDirectory = Folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["ASPNETCORE_URLS"] = address?.ToString() ?? string.Empty;
        info.Environment["Database__Provider"] = db.ToString();
        info.Environment["ConnectionStrings__Werkbrug"] = connectionString;
        info.Environment[KeyEncryptionOptions.Section.Replace(":", "__", StringComparison.Ordinal) + "__Certificate__Path"] = TestCertificates.Run.Path;
        info.Environment["Demo__Seed"] = "true";
        // Tuned as the test process itself (docs/adr/0013-suite-cpu.md): a short life on two shared cores.
        info.Environment["DOTNET_TieredPGO"] = "0";
        info.Environment["DOTNET_gcServer"] = "0";
        // A drill fires a thousand requests a minute with one token.
        info.Environment["Api__RequestsPerMinute"] = "100000";
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
