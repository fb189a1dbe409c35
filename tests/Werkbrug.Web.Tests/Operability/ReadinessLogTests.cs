using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Werkbrug.Web.Infrastructure.Observability;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>
/// Readiness is logged when it changes, not per probe: a starting instance's probes are information, losing readiness
/// after having had it is an error (docs/operations.md, "Logs and what to alert on").
/// </summary>
public sealed class ReadinessLogTests
{
    public static TheoryData<string, string> Sequences => new()
    {
        // Probes of one check, in order (U unhealthy, H healthy), and the lines logged: level and what the line says.
        { "UUUUH", "Information not ready yet|Information ready" },
        { "HHHH", "Information ready" },
        { "UUHHUUUH", "Information not ready yet|Information ready|Error no longer ready|Information ready" },
        { "HUHU", "Information ready|Error no longer ready|Information ready|Error no longer ready" },
    };

    [Theory, MemberData(nameof(Sequences))]
    public void each_change_of_readiness_is_logged_once_at_the_level_it_deserves(string probes, string expected)
    {
        var logger = new Lines();
        var log = new ReadinessLog(logger);

        foreach (var probe in probes)
        {
            log.Report("matching-indexes", probe == 'H' ? HealthCheckResult.Healthy("built") : HealthCheckResult.Unhealthy("not built"));
        }

        Assert.Equal(expected, string.Join('|', logger.Logged.Select(l => $"{l.Level} {Gist(l.Message)}")));
        Assert.All(logger.Logged, l => Assert.StartsWith("Readiness matching-indexes: ", l.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void the_checks_are_followed_apart()
    {
        var logger = new Lines();
        var log = new ReadinessLog(logger);

        log.Report("database", HealthCheckResult.Healthy());
        log.Report("matching-indexes", HealthCheckResult.Unhealthy("building"));
        log.Report("database", HealthCheckResult.Unhealthy("The database cannot be reached."));

        Assert.Equal(
            ["Information Readiness database: ready. ", "Information Readiness matching-indexes: not ready yet since start. building", "Error Readiness database: no longer ready. The database cannot be reached."],
            logger.Logged.Select(l => $"{l.Level} {l.Message}"));
    }

    [Fact]
    public async Task a_database_check_that_throws_is_not_ready_and_logged_as_lost_readiness()
    {
        var logger = new Lines();
        var log = new ReadinessLog(logger);
        log.Report("database", HealthCheckResult.Healthy());
        var db = new SqliteWerkbrugDb(new DbContextOptionsBuilder<SqliteWerkbrugDb>().UseSqlite("Data Source=:memory:").Options, AccessScope.System());
        await db.DisposeAsync();
        var check = new DatabaseReadyCheck(db, log);

        var result = await check.CheckHealthAsync(
            new HealthCheckContext { Registration = new HealthCheckRegistration("database", check, HealthStatus.Unhealthy, null) },
            TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.IsType<ObjectDisposedException>(result.Exception);
        Assert.Equal(
            "Error Readiness database: no longer ready. The database check failed (ObjectDisposedException).",
            logger.Logged.Select(l => $"{l.Level} {l.Message}").Last());
    }

    private static string Gist(string message) =>
        message.Contains("not ready yet", StringComparison.Ordinal) ? "not ready yet"
        : message.Contains("no longer ready", StringComparison.Ordinal) ? "no longer ready"
        : message.Contains(": ready.", StringComparison.Ordinal) ? "ready" : message;

    private sealed class Lines : ILogger<ReadinessLog>
    {
        public List<(LogLevel Level, string Message)> Logged { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Logged.Add((logLevel, formatter(state, exception)));
    }
}
