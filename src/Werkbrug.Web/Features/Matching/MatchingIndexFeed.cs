using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Engine;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// Keeps <see cref="MatchingIndexes"/> in step with the database. At start-up it loads every active profile and
/// every open vacancy. Afterwards it reads what changed since its watermark (profiles by <c>UpdatedAtUtc</c>,
/// vacancies by <c>LastActivityAtUtc</c>, with an overlap so a transaction that committed late is not missed):
/// at once when this instance saved a profile or vacancy (<see cref="MatchingChangeSignal"/>), and at least every
/// <see cref="PollInterval"/> for changes other instances made. Rows this instance deleted are removed at once;
/// rows another instance deleted drop out at the next full rebuild (a search never shows them in the meantime,
/// because every result is read back from the database before it is shown).
/// </summary>
public sealed partial class MatchingIndexFeed(
    IServiceScopeFactory scopes, MatchingIndexes indexes, MatchingChangeSignal signal, TimeProvider clock, ILogger<MatchingIndexFeed> logger)
    : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan RebuildInterval = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(10);

    /// <summary>The vacancy statuses in which a vacancy is offered to job seekers.</summary>
    public static readonly VacancyStatus[] Searchable = [VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled];

    private readonly AppliedStamps _appliedCandidates = new();
    private readonly AppliedStamps _appliedVacancies = new();
    private DateTime _candidateWatermark = DateTime.MinValue;
    private DateTime _vacancyWatermark = DateTime.MinValue;
    private long _cyclesStarted;
    private long _cyclesDone;
    private TaskCompletionSource _cycleDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Test hook: completes once the indexes hold every change committed before the call (a rebuild or catch-up that
    /// started after the call has finished), so a test need not poll. Wakes the feed instead of waiting for the poll.
    /// </summary>
    public async Task WhenCaughtUpAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _cyclesStarted) + 1;
        signal.Changed([], []);
        while (true)
        {
            var next = Volatile.Read(ref _cycleDone).Task;
            if (Interlocked.Read(ref _cyclesDone) >= target)
            {
                return;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rebuiltAt = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var cycle = Interlocked.Increment(ref _cyclesStarted);
                if (clock.GetUtcNow().UtcDateTime - rebuiltAt > RebuildInterval)
                {
                    await RebuildAsync(stoppingToken);
                    rebuiltAt = clock.GetUtcNow().UtcDateTime;
                }
                else
                {
                    await CatchUpAsync(stoppingToken);
                }

                Interlocked.Exchange(ref _cyclesDone, cycle);
                Interlocked.Exchange(ref _cycleDone, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }

            await signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    /// <summary>Loads everything again (start-up, and now and then to drop rows other instances deleted).</summary>
    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = SystemDb(scope);
        var postcodes = await db.PostcodeAreas.AsNoTracking().Select(p => new { p.Pc4, p.Latitude, p.Longitude }).ToListAsync(cancellationToken);
        indexes.Initialise(new Pc4Map(postcodes
            .Where(p => int.TryParse(p.Pc4, out _))
            .Select(p => (int.Parse(p.Pc4, System.Globalization.CultureInfo.InvariantCulture), p.Latitude, p.Longitude))));
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var today = DutchTime.Today(clock);
        var candidates = 0;
        await foreach (var profile in db.JobSeekers.AsNoTracking().Where(j => j.DeregisteredOn == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            indexes.Upsert(profile.RegionCode, indexes.Map.Candidate(profile, today));
            candidates++;
        }

        var vacancies = 0;
        await foreach (var vacancy in db.Vacancies.AsNoTracking().AsSplitQuery().Where(v => Searchable.Contains(v.Status)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            indexes.Upsert(vacancy.RegionCode, indexes.Map.Vacancy(vacancy, today));
            vacancies++;
        }

        _candidateWatermark = _vacancyWatermark = startedAt - Overlap;
        _appliedCandidates.Clear();
        _appliedVacancies.Clear();
        indexes.MarkReady();
        LogBuilt(logger, candidates, vacancies, indexes.CandidateBytes / Math.Max(1, indexes.CandidateCount), (clock.GetUtcNow().UtcDateTime - startedAt).TotalMilliseconds);
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        foreach (var id in signal.TakeDeletedCandidates())
        {
            indexes.RemoveCandidate(id);
        }

        foreach (var id in signal.TakeDeletedVacancies())
        {
            indexes.RemoveVacancy(id);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = SystemDb(scope);
        var today = DutchTime.Today(clock);

        // Rows inside the overlap are seen again at every cycle; only those new or changed since they were applied are
        // read in full (after a bulk import that is the difference between thousands of rows every cycle and none).
        var since = _candidateWatermark;
        var profileStamps = await db.JobSeekers.AsNoTracking().Where(j => j.UpdatedAtUtc >= since)
            .Select(j => new Stamp(j.Id, j.UpdatedAtUtc, j.Version)).ToListAsync(cancellationToken);
        var profileIds = _appliedCandidates.Changed(profileStamps);
        var profiles = profileIds.Count == 0 ? [] : await db.JobSeekers.AsNoTracking().Where(j => profileIds.Contains(j.Id)).ToListAsync(cancellationToken);
        foreach (var profile in profiles)
        {
            if (profile.IsActive)
            {
                indexes.Upsert(profile.RegionCode, indexes.Map.Candidate(profile, today));
            }
            else
            {
                indexes.RemoveCandidate(profile.Id);
            }
        }

        var vacancySince = _vacancyWatermark;
        var vacancyStamps = await db.Vacancies.AsNoTracking().Where(v => v.LastActivityAtUtc >= vacancySince)
            .Select(v => new Stamp(v.Id, v.LastActivityAtUtc, v.Version)).ToListAsync(cancellationToken);
        var vacancyIds = _appliedVacancies.Changed(vacancyStamps);
        var vacancies = vacancyIds.Count == 0 ? [] : await db.Vacancies.AsNoTracking().AsSplitQuery().Where(v => vacancyIds.Contains(v.Id)).ToListAsync(cancellationToken);
        foreach (var vacancy in vacancies)
        {
            if (Searchable.Contains(vacancy.Status))
            {
                indexes.Upsert(vacancy.RegionCode, indexes.Map.Vacancy(vacancy, today));
            }
            else
            {
                indexes.RemoveVacancy(vacancy.Id);
            }
        }

        _candidateWatermark = Advance(_candidateWatermark, profileStamps.Select(p => p.At));
        _vacancyWatermark = Advance(_vacancyWatermark, vacancyStamps.Select(v => v.At));
        _appliedCandidates.Applied(profiles.Select(p => new Stamp(p.Id, p.UpdatedAtUtc, p.Version)), _candidateWatermark);
        _appliedVacancies.Applied(vacancies.Select(v => new Stamp(v.Id, v.LastActivityAtUtc, v.Version)), _vacancyWatermark);
    }

    private static DateTime Advance(DateTime watermark, IEnumerable<DateTime> seen)
    {
        var latest = seen.DefaultIfEmpty(DateTime.MinValue).Max();
        return latest - watermark > Overlap ? latest - Overlap : watermark;
    }

    /// <summary>When a row last changed, and its version (a second save within the clock's resolution still differs).</summary>
    private readonly record struct Stamp(Guid Id, DateTime At, int Version);

    /// <summary>The change stamps (time and version) applied to the indexes that are still inside the overlap (only the feed's loop uses it).</summary>
    private sealed class AppliedStamps
    {
        private readonly Dictionary<Guid, Stamp> _applied = [];

        /// <summary>The ids among <paramref name="seen"/> that are new or changed since they were applied.</summary>
        public List<Guid> Changed(IEnumerable<Stamp> seen) =>
            [.. seen.Where(s => !_applied.TryGetValue(s.Id, out var applied) || applied != s).Select(s => s.Id)];

        /// <summary>Records what was applied and forgets what the next read (from <paramref name="watermark"/> on) cannot see again.</summary>
        public void Applied(IEnumerable<Stamp> applied, DateTime watermark)
        {
            foreach (var stamp in applied)
            {
                _applied[stamp.Id] = stamp;
            }

            foreach (var id in _applied.Where(a => a.Value.At < watermark).Select(a => a.Key).ToList())
            {
                _applied.Remove(id);
            }
        }

        public void Clear() => _applied.Clear();
    }

    private static WerkbrugDb SystemDb(AsyncServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
        return scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
    }

    [LoggerMessage(LogLevel.Information, "Matching indexes built: {Candidates} profiles, {Vacancies} vacancies, {BytesPerProfile} bytes per profile, in {Milliseconds} ms")]
    private static partial void LogBuilt(ILogger logger, int candidates, int vacancies, long bytesPerProfile, double milliseconds);

    [LoggerMessage(LogLevel.Error, "Updating the matching indexes failed; retrying at the next change or poll")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>Wakes <see cref="MatchingIndexFeed"/> when this instance saved a profile or vacancy, and carries the ids it deleted.</summary>
public sealed class MatchingChangeSignal : IDisposable
{
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly ConcurrentQueue<Guid> _deletedCandidates = new();
    private readonly ConcurrentQueue<Guid> _deletedVacancies = new();

    public void Changed(IEnumerable<Guid> deletedCandidates, IEnumerable<Guid> deletedVacancies)
    {
        foreach (var id in deletedCandidates)
        {
            _deletedCandidates.Enqueue(id);
        }

        foreach (var id in deletedVacancies)
        {
            _deletedVacancies.Enqueue(id);
        }

        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: the feed will read this change too.
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => await _changed.WaitAsync(timeout, cancellationToken);

    public IReadOnlyList<Guid> TakeDeletedCandidates() => Drain(_deletedCandidates);

    public void Dispose() => _changed.Dispose();

    public IReadOnlyList<Guid> TakeDeletedVacancies() => Drain(_deletedVacancies);

    private static List<Guid> Drain(ConcurrentQueue<Guid> queue)
    {
        var ids = new List<Guid>();
        while (queue.TryDequeue(out var id))
        {
            ids.Add(id);
        }

        return ids;
    }
}

/// <summary>
/// Notices saves that touch job-seeker profiles or vacancies (or their owned parts) and signals the feed once they
/// are committed: at once after a plain save, after the commit when the save ran inside an explicit transaction
/// (as every save with audit records does).
/// </summary>
public sealed class MatchingChangeInterceptor(MatchingChangeSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PublishUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PublishUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        Pending? pending = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var relevant = entry.Entity is JobSeekerProfile or Vacancy || entry.Metadata.FindProperty("VacancyId") is not null;
            if (!relevant)
            {
                continue;
            }

            pending ??= new Pending();
            if (entry.State == EntityState.Deleted)
            {
                switch (entry.Entity)
                {
                    case JobSeekerProfile profile:
                        pending.Candidates.Add(profile.Id);
                        break;
                    case Vacancy vacancy:
                        pending.Vacancies.Add(vacancy.Id);
                        break;
                }
            }
        }

        if (pending is not null)
        {
            if (_pending.TryGetValue(context, out var earlier))
            {
                pending.Candidates.AddRange(earlier.Candidates);
                pending.Vacancies.AddRange(earlier.Vacancies);
            }

            _pending.AddOrUpdate(context, pending);
        }
    }

    private void PublishUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Publish(context);
        }
    }

    private void Publish(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            signal.Changed(pending.Candidates, pending.Vacancies);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private sealed class Pending
    {
        public List<Guid> Candidates { get; } = [];

        public List<Guid> Vacancies { get; } = [];
    }
}
