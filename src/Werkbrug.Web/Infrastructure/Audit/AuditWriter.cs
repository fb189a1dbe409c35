using System.Threading.Channels;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>
/// Group commit for the audit records of reads (ADR 0016): one writer per process. A read enqueues its batches and
/// waits until they are committed; the writer takes everything pending, of every region, appends it in ONE transaction
/// (one lock and one head update per region's chain) and then releases every waiter. Concurrent readers therefore
/// share a commit instead of queueing for the region's lock one by one. When the shared commit fails, each read's
/// batches are tried again on their own, so one bad batch cannot refuse its neighbours (unless the database is
/// unreachable: then every waiting read is refused at once); a read whose own commit fails gets the exception and
/// returns no personal data (fail-closed).
/// </summary>
public sealed partial class AuditWriter : IAsyncDisposable
{
    /// <summary>At most this many reads share one transaction (bounds its size and the lock's hold time).</summary>
    private const int MaxReadsPerCommit = 512;

    private readonly Channel<Waiter> _pending = Channel.CreateUnbounded<Waiter>(new() { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AuditWriter> _logger;
    private readonly Task _loop;

    /// <summary>The month whose partitions (and those ahead of it) this writer last made sure of.</summary>
    private DateTime _partitionedMonth;

    public AuditWriter(IServiceScopeFactory scopes, ILogger<AuditWriter> logger)
    {
        _scopes = scopes;
        _logger = logger;
        // The loop must not inherit the first caller's execution context (its request activity, test clock shift).
        using (ExecutionContext.SuppressFlow())
        {
            _loop = Task.Run(RunAsync);
        }
    }

    /// <summary>
    /// Completes once <paramref name="batches"/> are durably committed, with <paramref name="alongside"/> (new rows of the same
    /// read, such as a search's ranking record) in the same transaction; throws when they could not be.
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<AuditBatch> batches, IReadOnlyList<object> alongside, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(batches, alongside);
        if (!_pending.Writer.TryWrite(waiter))
        {
            throw new ObjectDisposedException(nameof(AuditWriter), "The audit writer has stopped.");
        }

        await waiter.Committed.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var reader = _pending.Reader;
        while (await reader.WaitToReadAsync())
        {
            var drained = new List<Waiter>();
            while (drained.Count < MaxReadsPerCommit && reader.TryRead(out var waiter))
            {
                drained.Add(waiter);
            }

            // Every region's pending reads in one transaction: a national instance serves many regions at once, and
            // one commit for all of them costs the round trips of one.
            await CommitAsync(drained);
        }
    }

    private async Task CommitAsync(List<Waiter> waiters)
    {
        try
        {
            await AppendAsync([.. waiters.SelectMany(w => w.Batches)], [.. waiters.SelectMany(w => w.Alongside)]);
            waiters.ForEach(w => w.Committed.TrySetResult());
            return;
        }
        catch (Exception exception) when (waiters.Count > 1 && !DatabaseOutage.Is(exception))
        {
            LogSharedCommitFailed(_logger, exception, waiters.Count);
        }
        catch (Exception exception)
        {
            // One read, or the database itself is unreachable (each read alone would wait for the same timeout): refuse all.
            waiters.ForEach(w => w.Committed.TrySetException(exception));
            return;
        }

        foreach (var waiter in waiters)
        {
            try
            {
                await AppendAsync(waiter.Batches, waiter.Alongside);
                waiter.Committed.TrySetResult();
            }
            catch (Exception exception)
            {
                waiter.Committed.TrySetException(exception);
            }
        }
    }

    private async Task AppendAsync(IReadOnlyList<AuditBatch> batches, IReadOnlyList<object> alongside)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        await PartitionAheadAsync(db, batches[0].AtUtc);
        // Saved by the store after the records, in their transaction.
        db.AddRange(alongside);
        await scope.ServiceProvider.GetRequiredService<IAuditLogStore>().AppendAsync(batches, CancellationToken.None);
    }

    /// <summary>Once a month: the next months' partitions. Failing here costs only the partition, never the read.</summary>
    private async Task PartitionAheadAsync(WerkbrugDb db, DateTime atUtc)
    {
        var month = new DateTime(atUtc.Year, atUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        if (month == _partitionedMonth)
        {
            return;
        }

        try
        {
            await AuditPartitions.EnsureAsync(db, month, CancellationToken.None);
            _partitionedMonth = month;
        }
        catch (Exception exception)
        {
            LogPartitionsFailed(_logger, exception, month);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A shared audit commit of {Reads} reads failed; each read's records are tried on their own")]
    private static partial void LogSharedCommitFailed(ILogger logger, Exception exception, int reads);

    [LoggerMessage(LogLevel.Warning, "Could not create the audit log partitions from {Month:yyyy-MM}; records go to the default partition")]
    private static partial void LogPartitionsFailed(ILogger logger, Exception exception, DateTime month);

    private sealed class Waiter(IReadOnlyList<AuditBatch> batches, IReadOnlyList<object> alongside)
    {
        public IReadOnlyList<AuditBatch> Batches { get; } = batches;

        public IReadOnlyList<object> Alongside { get; } = alongside;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
