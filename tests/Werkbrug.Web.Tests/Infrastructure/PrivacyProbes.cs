using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Werkbrug.Web.Infrastructure.Audit;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Makes the audit store fail, but only for the users a test names: the app is shared by parallel tests,
/// so a global switch would break theirs.
/// </summary>
public sealed class AuditFaults
{
    private readonly ConcurrentDictionary<Guid, bool> _failing = new();

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
    public Task AppendAsync(IReadOnlyList<AuditBatch> batches, CancellationToken cancellationToken) =>
        batches.Any(b => faults.Fails(b.ActorUserId)) ? throw new InvalidOperationException("Test fault: the audit store is unavailable.") : inner.AppendAsync(batches, cancellationToken);
}

/// <summary>Every log message the app writes (Debug and up, every category), with exceptions, for scanning for personal data.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The lines written until <see cref="MarkStarted"/>: what a start-up logged.</summary>
    public IReadOnlyList<string> StartUp { get; private set; } = [];

    public void MarkStarted() => StartUp = [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

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
            var structured = state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join(";", values.Select(v => $"{v.Key}={v.Value}")) : string.Empty;
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{structured}] {exception}");
        }
    }
}
