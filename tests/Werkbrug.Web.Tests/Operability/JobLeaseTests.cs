using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Jobs;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>Several instances on one database: a periodic job (the retention job) runs on exactly one of them at a time.</summary>
public sealed class JobLeaseTests
{
    private const string Runs = "Daily job retention: runs on this instance";
    private const string HeldElsewhere = "Job lease retention: held by another instance";

    [Theory, Providers]
    public async Task two_instances_on_one_database_run_the_retention_job_once_and_the_other_takes_over_when_it_stops(Db db)
    {
        var database = DatabaseTemplates.NewDatabase(db);
        var a = new Instance(db, database);
        var b = new Instance(db, database);
        try
        {
            a.Start();
            b.Start();
            await Until(() => a.Count(Runs) + b.Count(Runs) == 1 && a.Count(HeldElsewhere) + b.Count(HeldElsewhere) >= 3, "one instance runs the job, the other keeps asking");
            var (holder, other) = a.Count(Runs) == 1 ? (a, b) : (b, a);
            Assert.Equal(0, other.Count(Runs));
            Assert.Equal(holder.Id, await HolderAsync(other));

            await holder.DisposeAsync();
            await Until(() => other.Count(Runs) == 1, "the other instance takes the job over");

            Assert.Equal(other.Id, await HolderAsync(other));
            Assert.Equal(1, holder.Count(Runs));
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
            DatabaseTemplates.Delete(database);
        }
    }

    [Theory, Providers]
    public async Task the_lease_of_an_instance_that_died_is_taken_over_only_when_it_expires(Db db)
    {
        var database = DatabaseTemplates.NewDatabase(db);
        var survivor = new Instance(db, database);
        try
        {
            // What a killed holder leaves behind: its lease, which it will never renew nor give back.
            await using (var context = DatabaseTemplates.Open(db, database.ConnectionString))
            {
                context.Set<JobLease>().Add(new JobLease { Name = RetentionJob.LeaseName, Holder = "killed-instance", ExpiresAt = DateTime.UtcNow.AddHours(1) });
                await context.SaveChangesAsync(TestContext.Current.CancellationToken);
            }

            survivor.Start();
            await Until(() => survivor.Count(HeldElsewhere) >= 3, "the survivor asks for the lease");
            Assert.Equal(0, survivor.Count(Runs));
            Assert.Equal("killed-instance", await HolderAsync(survivor));

            await using (var context = DatabaseTemplates.Open(db, database.ConnectionString))
            {
                // The hour has passed.
                await context.Set<JobLease>().ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)), TestContext.Current.CancellationToken);
            }

            await Until(() => survivor.Count(Runs) == 1, "the survivor takes the job over");
            Assert.Equal(survivor.Id, await HolderAsync(survivor));
        }
        finally
        {
            await survivor.DisposeAsync();
            DatabaseTemplates.Delete(database);
        }
    }

    private static async Task<string?> HolderAsync(Instance instance) =>
        await instance.App.InDbAsync(d => d.Set<JobLease>().Where(l => l.Name == RetentionJob.LeaseName).Select(l => l.Holder).SingleOrDefaultAsync());

    private static async Task Until(Func<bool> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), $"Waited two minutes for this: {what}.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>One app instance on the shared database, with a four-second lease so the test need not wait a minute.</summary>
    private sealed class Instance(Db db, DatabaseTemplates.Database database) : IAsyncDisposable
    {
        private readonly WerkbrugAppFactory _app = WerkbrugAppFactory.On(db, database);
        private WebApplicationFactory<Program>? _host;
        private bool _disposed;

        public WebApplicationFactory<Program> App => _host ?? throw new InvalidOperationException("Not started.");

        public string Id => App.Services.GetRequiredService<JobLeases>().Instance;

        public void Start()
        {
            // Four seconds, renewed every 1.3 s: a renewal held up by a busy machine (the whole suite on two cores) must not let the
            // other instance take the job over while the holder still runs it, which this test would read as a double run.
            _host = _app.WithWebHostBuilder(b => b.UseSetting(JobLeaseOptions.Section + ":LeaseSeconds", "4"));
            _ = _host.Server;
        }

        public int Count(string message) => _app.Logs.Lines.Count(l => l.Contains(message, StringComparison.Ordinal));

        public async ValueTask DisposeAsync()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }

            await _app.DisposeAsync();
        }
    }
}
