using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Werkbrug.Web.Infrastructure.Audit;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Makes the audit store fail, but only for the users a test names: the app is shared by parallel tests,
/// so a global switch would break theirs. It also keeps the appends that carried a watched user's batches, so a test
/// can count how many appends one request made.
/// </summary>
public sealed class AuditFaults
{
    private readonly ConcurrentDictionary<Guid, bool> _failing = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<IReadOnlyList<AuditBatch>>> _watched = new();

    /// <summary>From now on, keeps every append that holds a batch of <paramref name="userId"/>.</summary>
    public void Watch(Guid userId) => _watched.TryAdd(userId, new());

    /// <summary>The appends (each: the batches the store got in one call, of whichever users) that held a batch of the watched user.</summary>
    public IReadOnlyList<IReadOnlyList<AuditBatch>> AppendsOf(Guid userId) => _watched.TryGetValue(userId, out var appends) ? [.. appends] : [];

    public void Saw(IReadOnlyList<AuditBatch> batches)
    {
        foreach (var user in batches.Select(b => b.ActorUserId).Distinct())
        {
            if (user is { } id && _watched.TryGetValue(id, out var appends))
            {
                appends.Enqueue(batches);
            }
        }
    }

    public void FailFor(Guid userId) => _failing[userId] = true;

    public void Heal(Guid userId) => _failing.TryRemove(userId, out _);

    public bool Fails(Guid? userId) => userId is { } id && _failing.ContainsKey(id);
}

/// <summary>
/// The real store, except that an append holding a batch of a user <see cref="AuditFaults"/> names throws (as a full disk or
/// a lost connection would). The whole append fails, so reads that share a group commit with that user's fail with it.
/// </summary>
public sealed class FaultyAuditLogStore(DatabaseAuditLogStore inner, AuditFaults faults) : IAuditLogStore
{
    public async Task AppendAsync(IReadOnlyList<AuditBatch> batches, CancellationToken cancellationToken)
    {
        if (batches.Any(b => faults.Fails(b.ActorUserId)))
        {
            throw new InvalidOperationException("Test fault: the audit store is unavailable.");
        }

        await inner.AppendAsync(batches, cancellationToken);
        faults.Saw(batches);
    }
}

/// <summary>
/// The log messages the app writes, with exceptions, for scanning for personal data: Werkbrug's own categories from Debug
/// up, the framework's (<c>Microsoft.*</c>) from Information up (<see cref="AddTo"/>). The framework's Debug events name
/// commands, connections, tracked entities and resource look-ups without their values (EF Core logs parameter values and
/// keys only with sensitive-data logging, which Werkbrug never turns on); the SQL text of every command is on EF Core's
/// Information line "Executed DbCommand", which is kept. Keeping them too made a run's hosts hold some millions of lines.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The lines written until <see cref="MarkStarted"/>: what a start-up logged.</summary>
    public IReadOnlyList<string> StartUp { get; private set; } = [];

    public void MarkStarted() => StartUp = [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    /// <summary>Makes these the host's only logs, at the levels above.</summary>
    public void AddTo(ILoggingBuilder logging) =>
        logging.ClearProviders().AddProvider(this).AddFilter<CapturedLogs>(null, LogLevel.Debug).AddFilter<CapturedLogs>("Microsoft", LogLevel.Information);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The state's values too (a JSON logger writes them all), except those the message already shows and the template.
            var message = formatter(state, exception);
            var structured = state is IEnumerable<KeyValuePair<string, object?>> values
                ? string.Join(";", values.Where(v => v.Key != "{OriginalFormat}" && !message.Contains(v.Value?.ToString() ?? string.Empty, StringComparison.Ordinal)).Select(v => $"{v.Key}={v.Value}"))
                : string.Empty;
            lines.Enqueue($"{logLevel} {category}: {message} [{structured}] {exception}");
        }
    }
}
