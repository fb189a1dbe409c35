using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Matching;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Engine;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// Keeps <see cref="MatchingIndexes"/> in step with the database, incrementally. At start-up it resolves the taxonomy
/// codes of rows written before codes were stored (<see cref="MatchingCodes"/>, in batches), then loads every active
/// profile and every open vacancy from their stored codes. Afterwards it reads what changed since its watermark
/// (profiles by <c>UpdatedAtUtc</c>, vacancies by <c>LastActivityAtUtc</c>, deleted rows by their
/// <see cref="MatchingTombstone"/>): at once when this instance saved a profile or vacancy (<see cref="MatchingChangeSignal"/>),
/// and at least every <see cref="PollInterval"/> for changes other instances made. The watermark trails the clock by
/// <see cref="Overlap"/>, so a transaction that committed late is still read and an idle instance reads nothing once
/// a bulk import has settled. A full rebuild runs only on demand (<see cref="MatchingChangeSignal.RequestRebuild"/>), or when this instance
/// could not catch up for longer than the tombstones are kept. While the database cannot be reached it retries with
/// a growing pause (up to <see cref="MaxRetryPause"/>) and logs once when the outage starts and once when it ends.
/// </summary>
public sealed partial class MatchingIndexFeed(
    IServiceScopeFactory scopes, MatchingIndexes indexes, MatchingCodes codes, MatchingChangeSignal signal, TimeProvider clock, ILogger<MatchingIndexFeed> logger)
    : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>How far the watermark trails the clock: longer than a transaction takes from stamping a row to committing, plus the clock skew between instances.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(10);

    /// <summary>How long a tombstone is kept; an instance that could not catch up for half of this rebuilds instead.</summary>
    public static readonly TimeSpan TombstonesKept = TimeSpan.FromHours(1);

    public static readonly TimeSpan MaxRetryPause = TimeSpan.FromSeconds(30);

    private const int CodingBatch = 500;

    /// <summary>How often the same batch may come back unresolved before the start-up resolve gives up on it (and on the rest, until the next start).</summary>
    private const int MaxCodingRepeats = 3;

    /// <summary>The vacancy statuses in which a vacancy is offered to job seekers.</summary>
    public static readonly VacancyStatus[] Searchable = [VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled];

    private readonly AppliedStamps _appliedCandidates = new();
    private readonly AppliedStamps _appliedVacancies = new();
    private DateTime _watermark = DateTime.MinValue;
    private DateTime _caughtUpAt = DateTime.MinValue;
    private DateTime _prunedAt = DateTime.MinValue;
    private bool _built;
    private long _cyclesStarted;
    private long _cyclesDone;
    private long _attemptsDone;
    private TaskCompletionSource _cycleDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many profile and vacancy change stamps the last catch-up read (once a bulk import has settled: none).</summary>
    public int LastCycleRowsSeen { get; private set; }

    /// <summary>
    /// Test hook: completes once the indexes hold every change committed before the call (a rebuild or catch-up that
    /// started after the call has finished), so a test need not poll. Wakes the feed instead of waiting for the poll.
    /// </summary>
    public Task WhenCaughtUpAsync(CancellationToken cancellationToken) => WhenAsync(() => Interlocked.Read(ref _cyclesDone), cancellationToken);

    /// <summary>Test hook: completes once an attempt that started after the call has ended, whether it succeeded or failed.</summary>
    public Task WhenAttemptedAsync(CancellationToken cancellationToken) => WhenAsync(() => Interlocked.Read(ref _attemptsDone), cancellationToken);

    private async Task WhenAsync(Func<long> done, CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _cyclesStarted) + 1;
        signal.Changed([], []);
        while (true)
        {
            var next = Volatile.Read(ref _cycleDone).Task;
            if (done() >= target)
            {
                return;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var cycle = Interlocked.Increment(ref _cyclesStarted);
            try
            {
                var startedAt = clock.GetUtcNow().UtcDateTime;
                if (signal.TakeRebuildRequest() || !_built || startedAt - _caughtUpAt > TombstonesKept / 2)
                {
                    _built = false;
                    await RebuildAsync(stoppingToken);
                    _built = true;
                }

                await CatchUpAsync(stoppingToken);
                indexes.MarkCurrent(true);
                if (failures > 0)
                {
                    LogRecovered(logger, failures);
                    failures = 0;
                }

                Interlocked.Exchange(ref _cyclesDone, cycle);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                indexes.MarkCurrent(false);
                if (failures++ == 0)
                {
                    LogFailed(logger, exception);
                }
            }

            Interlocked.Exchange(ref _attemptsDone, cycle);
            Interlocked.Exchange(ref _cycleDone, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

            await signal.WaitAsync(RetryPause(failures), stoppingToken);
        }
    }

    /// <summary><see cref="PollInterval"/>, doubled after each failure in a row up to <see cref="MaxRetryPause"/>.</summary>
    public static TimeSpan RetryPause(int failures) =>
        failures == 0 ? PollInterval : TimeSpan.FromTicks(Math.Min(MaxRetryPause.Ticks, PollInterval.Ticks << Math.Min(failures - 1, 8)));

    /// <summary>
    /// Loads everything again (start-up, on demand): every row is upserted and what the indexes held but the database no
    /// longer offers is removed, so searches keep working while it runs.
    /// </summary>
    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var coded = await ResolveMissingCodesAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = SystemDb(scope);
        var postcodes = await db.PostcodeAreas.AsNoTracking().Select(p => new { p.Pc4, p.Latitude, p.Longitude }).ToListAsync(cancellationToken);
        indexes.Initialise(new Pc4Map(postcodes
            .Where(p => int.TryParse(p.Pc4, out _))
            .Select(p => (int.Parse(p.Pc4, System.Globalization.CultureInfo.InvariantCulture), p.Latitude, p.Longitude))));
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var today = DutchTime.Today(clock);
        var staleCandidates = indexes.CandidateIds.ToHashSet();
        var staleVacancies = indexes.VacancyIds.ToHashSet();
        await foreach (var profile in CandidateFacts.ReadActiveAsync(db, cancellationToken))
        {
            indexes.Upsert(profile.RegionCode, indexes.Map.Candidate(profile, today));
            staleCandidates.Remove(profile.Id);
        }

        await foreach (var vacancy in db.Vacancies.AsNoTracking().AsSplitQuery().Where(v => Searchable.Contains(v.Status)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            indexes.Upsert(vacancy.RegionCode, indexes.Map.Vacancy(vacancy, today));
            staleVacancies.Remove(vacancy.Id);
        }

        foreach (var id in staleCandidates)
        {
            indexes.RemoveCandidate(id);
        }

        foreach (var id in staleVacancies)
        {
            indexes.RemoveVacancy(id);
        }

        _watermark = startedAt - Overlap;
        _caughtUpAt = startedAt;
        _appliedCandidates.Clear();
        _appliedVacancies.Clear();
        LogBuilt(logger, indexes.CandidateCount, indexes.VacancyCount, coded, indexes.CandidateBytes / Math.Max(1, indexes.CandidateCount), (clock.GetUtcNow().UtcDateTime - startedAt).TotalMilliseconds);
    }

    /// <summary>
    /// Resolves, in batches, the codes of rows not resolved with the taxonomy in force: rows written before the resolve
    /// step existed, and every row after an ESCO import (ADR 0044). Each batch is resolved on untracked copies first. A row
    /// whose codes come out as they were only has its flag set, without a new version or an exchange-feed entry, so an
    /// import does not tell partners that every profile changed; only the rows whose codes change are read again, tracked,
    /// and saved. Two instances starting together may pick the same batch: the loser's save fails on the version and it
    /// reads on. A batch that keeps coming back unresolved ends the pass (logged), so no fault can keep an instance from
    /// starting.
    /// </summary>
    private async Task<int> ResolveMissingCodesAsync(CancellationToken cancellationToken)
    {
        var resolved = 0;
        HashSet<Guid> previous = [];
        var repeats = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = SystemDb(scope);
            var profiles = await db.JobSeekers.AsNoTracking().Where(j => !j.TaxonomyCoded).OrderBy(j => j.Id).Take(CodingBatch).ToListAsync(cancellationToken);
            var vacancies = await db.Vacancies.AsNoTracking().AsSplitQuery().Where(v => !v.TaxonomyCoded).OrderBy(v => v.Id).Take(CodingBatch).ToListAsync(cancellationToken);
            HashSet<Guid> batch = [.. profiles.Select(p => p.Id), .. vacancies.Select(v => v.Id)];
            if (batch.Count == 0)
            {
                return resolved;
            }

            // A batch read again after a lost race (below) is normal; one read again MaxCodingRepeats times in a row makes no progress.
            repeats = batch.SetEquals(previous) ? repeats + 1 : 0;
            if (repeats == MaxCodingRepeats)
            {
                LogCodingStuck(logger, batch.Count);
                return resolved;
            }

            previous = batch;
            var changedProfiles = Changed(profiles, Codes, codes.Resolve, p => p.Id);
            var changedVacancies = Changed(vacancies, Codes, codes.Resolve, v => v.Id);
            var sameProfiles = profiles.Select(p => p.Id).Except(changedProfiles).ToList();
            var sameVacancies = vacancies.Select(v => v.Id).Except(changedVacancies).ToList();
            if (sameProfiles.Count > 0)
            {
                await db.JobSeekers.Where(j => sameProfiles.Contains(j.Id)).ExecuteUpdateAsync(u => u.SetProperty(j => j.TaxonomyCoded, true), cancellationToken);
            }

            if (sameVacancies.Count > 0)
            {
                await db.Vacancies.Where(v => sameVacancies.Contains(v.Id)).ExecuteUpdateAsync(u => u.SetProperty(v => v.TaxonomyCoded, true), cancellationToken);
            }

            try
            {
                foreach (var profile in await db.JobSeekers.Where(j => changedProfiles.Contains(j.Id) && !j.TaxonomyCoded).ToListAsync(cancellationToken))
                {
                    codes.Resolve(profile);
                }

                foreach (var vacancy in await db.Vacancies.AsSplitQuery().Where(v => changedVacancies.Contains(v.Id) && !v.TaxonomyCoded).ToListAsync(cancellationToken))
                {
                    codes.Resolve(vacancy);
                }

                await db.SaveChangesAsync(cancellationToken);
                resolved += batch.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance (or a user) changed one of these rows meanwhile; the next read sees what is left.
            }
        }
    }

    /// <summary>Resolves the codes of each (untracked) row; returns the ids of those whose codes changed.</summary>
    private static List<Guid> Changed<T>(List<T> rows, Func<T, List<string?>> codesOf, Action<T> resolve, Func<T, Guid> idOf)
    {
        var changed = new List<Guid>();
        foreach (var row in rows)
        {
            var before = codesOf(row);
            resolve(row);
            if (!before.SequenceEqual(codesOf(row)))
            {
                changed.Add(idOf(row));
            }
        }

        return changed;
    }

    private static List<string?> Codes(JobSeekerProfile profile) =>
        [.. profile.WorkExperience.Select(w => w.OccupationCode), .. profile.Skills.Select(s => s.TaxonomyCode), .. profile.Preferences.DesiredOccupations.Select(d => d.OccupationCode)];

    private static List<string?> Codes(Vacancy vacancy) => [vacancy.OccupationCode, .. vacancy.Skills.Select(s => s.TaxonomyCode)];

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
        var startedAt = clock.GetUtcNow().UtcDateTime;

        // Rows inside the overlap are seen again at every cycle; only those new or changed since they were applied are
        // read in full (right after a bulk import that is the difference between thousands of rows every cycle and none).
        var since = _watermark;
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

        var vacancyStamps = await db.Vacancies.AsNoTracking().Where(v => v.LastActivityAtUtc >= since)
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

        // Rows deleted on any instance (read after the rows, so a row changed and then deleted ends up removed).
        foreach (var tombstone in await db.Set<MatchingTombstone>().AsNoTracking().Where(t => t.AtUtc >= since).ToListAsync(cancellationToken))
        {
            if (tombstone.IsVacancy)
            {
                indexes.RemoveVacancy(tombstone.RowId);
            }
            else
            {
                indexes.RemoveCandidate(tombstone.RowId);
            }
        }

        // Each region's weights in force: a region coordinator may have set new ones on any instance.
        var weights = await db.MatchingWeightSets.AsNoTracking()
            .Where(w => !db.MatchingWeightSets.Any(later => later.RegionCode == w.RegionCode && later.Version > w.Version))
            .ToListAsync(cancellationToken);
        foreach (var set in weights)
        {
            indexes.SetWeights(set.RegionCode, RegionWeights.ToEngine(set));
        }

        if (startedAt - _prunedAt > TombstonesKept / 4)
        {
            var expired = startedAt - TombstonesKept;
            await db.Set<MatchingTombstone>().Where(t => t.AtUtc < expired).ExecuteDeleteAsync(cancellationToken);
            _prunedAt = startedAt;
        }

        // Whatever committed with a stamp older than the overlap before this read has been read now.
        _watermark = startedAt - Overlap > _watermark ? startedAt - Overlap : _watermark;
        _caughtUpAt = startedAt;
        _appliedCandidates.Applied(profiles.Select(p => new Stamp(p.Id, p.UpdatedAtUtc, p.Version)), _watermark);
        _appliedVacancies.Applied(vacancies.Select(v => new Stamp(v.Id, v.LastActivityAtUtc, v.Version)), _watermark);
        LastCycleRowsSeen = profileStamps.Count + vacancyStamps.Count;
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

    [LoggerMessage(LogLevel.Information, "Matching indexes built: {Candidates} profiles, {Vacancies} vacancies ({Coded} rows had their taxonomy codes resolved first), {BytesPerProfile} bytes per profile, in {Milliseconds} ms")]
    private static partial void LogBuilt(ILogger logger, int candidates, int vacancies, int coded, long bytesPerProfile, double milliseconds);

    [LoggerMessage(LogLevel.Warning, "Resolving taxonomy codes stopped: the same {Rows} rows came back unresolved; they keep the codes they have until the next start")]
    private static partial void LogCodingStuck(ILogger logger, int rows);

    [LoggerMessage(LogLevel.Error, "Updating the matching indexes failed; retrying with a growing pause, logging again when it works")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "The matching indexes are current again after {Failures} failed attempts")]
    private static partial void LogRecovered(ILogger logger, int failures);
}

/// <summary>Wakes <see cref="MatchingIndexFeed"/> when this instance saved a profile or vacancy, and carries the ids it deleted and a rebuild request.</summary>
public sealed class MatchingChangeSignal : IDisposable
{
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly ConcurrentQueue<Guid> _deletedCandidates = new();
    private readonly ConcurrentQueue<Guid> _deletedVacancies = new();
    private int _rebuildRequested;

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

    /// <summary>Asks the feed for a full rebuild of this instance's indexes (the administrator's endpoint).</summary>
    public void RequestRebuild()
    {
        Interlocked.Exchange(ref _rebuildRequested, 1);
        Changed([], []);
    }

    public bool TakeRebuildRequest() => Interlocked.Exchange(ref _rebuildRequested, 0) == 1;

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
/// are committed (<see cref="CommittedSaveInterceptor"/>). A deleted profile or vacancy leaves a <see cref="MatchingTombstone"/> in
/// the same save, so other instances drop it too.
/// </summary>
public sealed class MatchingChangeInterceptor(MatchingChangeSignal signal, TimeProvider clock) : CommittedSaveInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    protected override void Saving(DbContext context)
    {
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
            var now = clock.GetUtcNow().UtcDateTime;
            context.AddRange(pending.Candidates.Select(id => new MatchingTombstone { RowId = id, IsVacancy = false, AtUtc = now })
                .Concat(pending.Vacancies.Select(id => new MatchingTombstone { RowId = id, IsVacancy = true, AtUtc = now })));
            if (_pending.TryGetValue(context, out var earlier))
            {
                pending.Candidates.AddRange(earlier.Candidates);
                pending.Vacancies.AddRange(earlier.Vacancies);
            }

            _pending.AddOrUpdate(context, pending);
        }
    }

    protected override void Committed(DbContext context)
    {
        if (_pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            signal.Changed(pending.Candidates, pending.Vacancies);
        }
    }

    protected override void Abandoned(DbContext context) => _pending.Remove(context);

    private sealed class Pending
    {
        public List<Guid> Candidates { get; } = [];

        public List<Guid> Vacancies { get; } = [];
    }
}
