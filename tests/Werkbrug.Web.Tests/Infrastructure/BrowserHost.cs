using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Werkbrug on a real loopback port (Kestrel instead of the in-memory test server), for a real browser.
/// It has a database of its own, apart from the <see cref="Apps"/> host, with the demo region seeded (and, with
/// <c>living</c>, filled with the living demo region's work).
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private BrowserHost(WerkbrugAppFactory app, Uri baseAddress) => (App, BaseAddress) = (app, baseAddress);

    public WerkbrugAppFactory App { get; }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public static BrowserHost Start(Db db, bool living = false)
    {
        var app = new WerkbrugAppFactory(db) { Living = living };
        try
        {
            app.UseKestrel(0);
            app.StartServer();
            app.Logs.MarkStarted();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .First(a => a.StartsWith("http://", StringComparison.Ordinal));
            return new BrowserHost(app, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
