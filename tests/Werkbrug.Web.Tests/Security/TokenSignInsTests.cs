using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Tests.Security;

/// <summary>The per-instance store of token sign-ins (ADR 0047): how long a sign-in is kept, and when it is dropped.</summary>
public sealed class TokenSignInsTests
{
    private readonly StoppedClock _clock = new();

    [Fact]
    public void a_sign_in_is_kept_for_its_lifetime_and_no_longer()
    {
        var signIns = new TokenSignIns(_clock);
        var signIn = SignIn();
        signIns.Keep("hash", signIn, signIns.Generation);

        _clock.Now += TokenSignIns.Lifetime - TimeSpan.FromMilliseconds(1);
        var justBefore = signIns.Find("hash");
        _clock.Now += TimeSpan.FromMilliseconds(1);

        Assert.Same(signIn, justBefore);
        Assert.Null(signIns.Find("hash"));
        Assert.Null(signIns.Find("another hash"));
    }

    [Fact]
    public void a_saved_change_drops_every_sign_in_and_one_read_before_it_is_not_kept()
    {
        var signIns = new TokenSignIns(_clock);
        signIns.Keep("kept", SignIn(), signIns.Generation);
        var readBeforeTheChange = signIns.Generation;

        signIns.Invalidate();
        signIns.Keep("read during the change", SignIn(), readBeforeTheChange);

        Assert.Null(signIns.Find("kept"));
        Assert.Null(signIns.Find("read during the change"));
    }

    [Fact]
    public void a_sign_in_read_at_a_later_time_than_the_callers_is_not_used()
    {
        var signIns = new TokenSignIns(_clock);
        signIns.Keep("hash", SignIn(), signIns.Generation);

        _clock.Now -= TimeSpan.FromSeconds(1);

        Assert.Null(signIns.Find("hash"));
    }

    private static TokenSignIn SignIn() => new(
        new PersonalAccessToken { RegionCode = "AM14", Name = "test", TokenHash = "hash", Prefix = "wbp_", Roles = [Roles.AccountManager] },
        new WerkbrugUser { DisplayName = "Test", RegionCode = "AM14" },
        [Roles.AccountManager]);

    private sealed class StoppedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
