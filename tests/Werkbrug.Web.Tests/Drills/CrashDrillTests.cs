using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Drills;

/// <summary>
/// Durability drills: a thousand contact moments are logged concurrently over HTTP while the app process, or PostgreSQL
/// itself, is killed with SIGKILL. After the restart every acknowledged write (201 with its id) is there exactly once,
/// and no write is there twice. A write that was not acknowledged may be there or not: its client cannot know.
/// </summary>
[Trait("drill", "true")]
public sealed class CrashDrillTests
{
    /// <summary>How many acknowledged writes come before the kill: about a third of the way.</summary>
    private const int KillAfter = 300;

    [Fact, Trait(ProvidersAttribute.Trait, "sqlite")]
    public async Task on_sqlite_killing_the_app_during_a_thousand_writes_loses_no_acknowledged_write_and_duplicates_none()
    {
        var database = DatabaseTemplates.NewDatabase(Db.Sqlite);
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using var app = await AppProcess.StartAsync(Db.Sqlite, database.ConnectionString);
            Log(clock, "started");
            using var api = app.Client();

            var writes = await KillAppDuringWritesAsync(app, api, clock);

            await writes.AssertEachAcknowledgedOnceAsync(Db.Sqlite, database.ConnectionString);
        }
        finally
        {
            DatabaseTemplates.Delete(database);
        }
    }

    /// <summary>
    /// PostgreSQL in one run (a start of the app costs seconds of CPU): the app is killed during writes and started again,
    /// then PostgreSQL itself is killed during the next writes and started again, under the same app process.
    /// </summary>
    [Fact, Trait(ProvidersAttribute.Trait, "postgres")]
    public async Task on_postgresql_killing_the_app_and_then_postgresql_during_a_thousand_writes_each_loses_no_acknowledged_write_and_duplicates_none()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var server = await PrivatePostgres.StartAsync("werkbrug");
        Log(clock, "PostgreSQL started");
        var connectionString = server.ConnectionString("werkbrug");
        await using var app = await AppProcess.StartAsync(Db.Postgres, connectionString);
        Log(clock, "app started");
        using var api = app.Client();

        var appKilled = await KillAppDuringWritesAsync(app, api, clock);
        // A server that has run for a while has checkpointed: recovery replays the drill's writes, not the whole set-up.
        await server.CheckpointAsync();

        var writes = new ContactWrites(api, await api.RegisterEmployerAsync());
        var firing = writes.FireAsync(CancellationToken.None);
        await writes.UntilAcknowledgedAsync(KillAfter);
        server.Kill();
        var atCrash = writes.Acknowledged;
        Log(clock, $"PostgreSQL killed after {atCrash} acknowledged writes");
        await server.StartAsync();
        Log(clock, "PostgreSQL recovered");
        await firing;
        Log(clock, $"{writes.Acknowledged} acknowledged, {writes.Refused} refused");

        await appKilled.AssertEachAcknowledgedOnceAsync(Db.Postgres, connectionString);
        // The same process served on once PostgreSQL was back: no app restart.
        Assert.True(writes.Refused > 0, "Some writes should have been refused while PostgreSQL was down.");
        Assert.True(writes.Acknowledged > atCrash, "Writes after PostgreSQL came back should succeed without restarting the app.");
        await writes.AssertEachAcknowledgedOnceAsync(Db.Postgres, connectionString);
    }

    /// <summary>Fires the writes for one employer, kills the app after <see cref="KillAfter"/> acknowledgements, starts it again.</summary>
    private static async Task<ContactWrites> KillAppDuringWritesAsync(AppProcess app, HttpClient api, System.Diagnostics.Stopwatch clock)
    {
        var writes = new ContactWrites(api, await api.RegisterEmployerAsync());
        using var clientGivesUp = new CancellationTokenSource();
        var firing = writes.FireAsync(clientGivesUp.Token);
        await writes.UntilAcknowledgedAsync(KillAfter);
        app.Kill();
        await clientGivesUp.CancelAsync();
        await firing;
        Log(clock, $"app killed after {writes.Acknowledged} acknowledged writes");
        await app.RestartAsync();
        Log(clock, "app restarted");
        return writes;
    }

    private static void Log(System.Diagnostics.Stopwatch clock, string what) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s: {what}");

    /// <summary>Contact moments of one employer, each with its own marker in the (plain-text) follow-up, 16 at a time.</summary>
    private sealed class ContactWrites(HttpClient api, Guid employerId)
    {
        private const int Count = 1000;
        private static readonly string[] Topics = ["vacancy"];
        private readonly ConcurrentDictionary<string, Guid> _acknowledged = new();
        private int _refused;

        public int Acknowledged => _acknowledged.Count;

        public int Refused => _refused;

        /// <summary>Fires every write once (no retries: a retry of a write whose answer was lost would add it twice).</summary>
        public async Task FireAsync(CancellationToken clientGivesUp)
        {
            var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                await Parallel.ForEachAsync(Enumerable.Range(0, Count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = clientGivesUp }, async (i, ct) =>
                {
                    var marker = $"drill-{i:D4}";
                    var backOff = TimeSpan.FromMilliseconds(50); // as a client backs off a little when it gets no answer
                    try
                    {
                        using var response = await api.PostAsJsonAsync("/api/v1/contact-moments", new
                        {
                            employerId,
                            occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                            channel = "Phone",
                            initiator = "ServicePoint",
                            topics = Topics,
                            followUp = marker,
                            followUpDue = due,
                            acknowledgeWarnings = true,
                        }, ct);
                        if (response.IsSuccessStatusCode)
                        {
                            _acknowledged[marker] = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
                            return;
                        }

                        // A refusal that names a wait (503 while the database is down) is honoured: the client's next
                        // write (a new one, never this one again) comes after it, so the writes outlast an outage.
                        backOff = response.Headers.RetryAfter?.Delta ?? backOff;
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or JsonException || (e is TaskCanceledException && !ct.IsCancellationRequested))
                    {
                        // No answer: not acknowledged.
                    }

                    Interlocked.Increment(ref _refused);
                    await Task.Delay(backOff, ct);
                });
            }
            catch (OperationCanceledException) when (clientGivesUp.IsCancellationRequested)
            {
                // The client stopped sending once the server was gone.
            }
        }

        public async Task UntilAcknowledgedAsync(int count)
        {
            for (var waited = 0; _acknowledged.Count < count; waited += 20)
            {
                Assert.True(waited < 120_000, $"Only {_acknowledged.Count} writes were acknowledged in two minutes.");
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
        }

        public async Task AssertEachAcknowledgedOnceAsync(Db db, string connectionString)
        {
            await using var context = DatabaseTemplates.Open(db, connectionString);
            var rows = await context.ContactMoments.Where(c => c.EmployerId == employerId)
                .Select(c => new { c.Id, c.FollowUp }).ToListAsync(TestContext.Current.CancellationToken);

            var twice = rows.GroupBy(r => r.FollowUp).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"Written more than once: {string.Join(", ", twice)}");
            var stored = rows.ToDictionary(r => r.FollowUp!, r => r.Id);
            var lost = _acknowledged.Where(a => !stored.TryGetValue(a.Key, out var id) || id != a.Value).Select(a => a.Key).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {_acknowledged.Count} acknowledged writes are missing: {string.Join(", ", lost.Take(10))}");
            Assert.InRange(_acknowledged.Count, KillAfter, Count - 1);
            // What the app serves after the restart is the same.
            var timeline = await api.GetFromJsonAsync<JsonElement>($"/api/v1/contact-moments?employerId={employerId}&pageSize=1", TestContext.Current.CancellationToken);
            Assert.Equal(rows.Count, timeline.GetProperty("total").GetInt32());
        }
    }
}
