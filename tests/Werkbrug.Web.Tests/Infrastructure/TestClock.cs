using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// The system clock moved forward: "three weeks later" without waiting three weeks, for one test only. A test calls
/// <see cref="Shift"/>; the offset lives in an <see cref="AsyncLocal{T}"/>, so it holds for the test's own code and for
/// the in-process requests it makes (the test server preserves the execution context), never for other tests running
/// on the same shared host at the same time, nor for background services (they started before any shift). Requests
/// that come over a socket (Kestrel, a real browser) carry the offset in the <see cref="Header"/> instead, which
/// <see cref="Middleware"/> turns into the same per-request shift.
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>The request header with the offset in ticks; honoured only by hosts of <see cref="WerkbrugAppFactory"/>.</summary>
    public const string Header = "X-Werkbrug-Test-Clock-Offset";

    private readonly AsyncLocal<TimeSpan> _offset = new();

    /// <summary>The offset for the current test (or request).</summary>
    public TimeSpan Offset => _offset.Value;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset.Value;

    /// <summary>
    /// Moves this test's clock forward by <paramref name="by"/> (on top of earlier shifts) until the result is disposed.
    /// Called from a test method (not from inside a helper's own async method), it holds for the rest of the test.
    /// </summary>
    public IDisposable Shift(TimeSpan by)
    {
        var previous = _offset.Value;
        _offset.Value = previous + by;
        return new Restore(this, previous);
    }

    /// <summary>Turns <see cref="Header"/> into a shift of the request; registered only by the test factory.</summary>
    internal sealed class Middleware(TestClock clock) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var value) && long.TryParse(value, out var ticks) && ticks != 0)
                {
                    using var shift = clock.Shift(TimeSpan.FromTicks(ticks));
                    await nextMiddleware(context);
                }
                else
                {
                    await nextMiddleware(context);
                }
            });
            next(app);
        };
    }

    private sealed class Restore(TestClock clock, TimeSpan previous) : IDisposable
    {
        public void Dispose() => clock._offset.Value = previous;
    }
}
