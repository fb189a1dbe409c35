using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(Werkbrug.Web.Tests.Infrastructure.Apps))]

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// One running Werkbrug per database provider for the whole test run (start-up with migrations is the slow
/// part). Tests stay independent by creating their own organisations and users with <see cref="TestData"/>, and move
/// the clock for themselves only (<see cref="TestClock.Shift"/>). These hosts start on an empty database, so start-up
/// migrates, loads the reference data and seeds the demo region (MigrationTests and DemoSeedingTests check the result);
/// hosts of their own start from <see cref="DatabaseTemplates">a template copy</see>.
/// </summary>
public sealed class Apps : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<(WerkbrugAppFactory App, string Key), Lazy<WebApplicationFactory<Program>>> DerivedHosts = new();
    private readonly ConcurrentDictionary<Db, Lazy<WerkbrugAppFactory>> _apps = new();

    public WerkbrugAppFactory For(Db db)
    {
        var app = _apps.GetOrAdd(db, d => new Lazy<WerkbrugAppFactory>(() =>
        {
            var factory = WerkbrugAppFactory.Empty(d);
            _ = factory.Server; // start now, so failures surface here with their cause
            factory.Logs.MarkStarted();
            return factory;
        })).Value;
        return app;
    }

    /// <summary>
    /// A host derived from <paramref name="app"/> (same database, other settings), made once per app and
    /// <paramref name="key"/>: a host start costs seconds. The shared app disposes it when it stops.
    /// </summary>
    public static WebApplicationFactory<Program> Derived(WerkbrugAppFactory app, string key, Func<WerkbrugAppFactory, WebApplicationFactory<Program>> make) =>
        DerivedHosts.GetOrAdd((app, key), k => new Lazy<WebApplicationFactory<Program>>(() => make(k.App))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await app.Value.DisposeAsync();
        }

        DatabaseTemplates.DropAll();
        TestCertificates.DeleteAll();
    }
}
