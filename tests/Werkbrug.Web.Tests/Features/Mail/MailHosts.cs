using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Mail;

/// <summary>
/// A host per provider with e-mail on, sending to one <see cref="MailCatcher"/> (a real SMTP server on loopback), each on a
/// database of its own so the outbox holds only these tests' mails. Its mail job waits an hour between rounds, so it never
/// runs during a test: the tests drive the sender and the reminders themselves (<see cref="MailTestData.SendAsync"/>, <see cref="MailTestData.RemindAsync"/>).
/// </summary>
public sealed class MailHosts : IAsyncDisposable
{
    public const string BaseUrl = "https://werkbrug.test";

    private readonly ConcurrentDictionary<Db, Lazy<WerkbrugAppFactory>> _apps = new();
    private readonly Lazy<Task<MailCatcher>> _catcher = new(() => new MailCatcher().StartAsync());

    public async Task<(WerkbrugAppFactory App, MailCatcher Catcher)> ForAsync(Db db)
    {
        var catcher = await _catcher.Value;
        var app = _apps.GetOrAdd(db, d => new Lazy<WerkbrugAppFactory>(() =>
        {
            var factory = new WerkbrugAppFactory(d, new Dictionary<string, string>
            {
                ["Email:Enabled"] = "true",
                ["Email:Host"] = "127.0.0.1",
                ["Email:Port"] = catcher.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:Tls"] = "None",
                ["Email:From"] = "werkbrug@test.werkbrug.nl",
                ["Email:BaseUrl"] = BaseUrl,
                ["Email:PollSeconds"] = "3600",
            });
            _ = factory.Server;
            return factory;
        })).Value;
        return (app, catcher);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await app.Value.DisposeAsync();
        }

        if (_catcher.IsValueCreated)
        {
            await (await _catcher.Value).StopAsync();
        }
    }
}

public static class MailTestData
{
    /// <summary>Sends what is due, as the mail job would.</summary>
    public static Task<int> SendAsync(this WerkbrugAppFactory app) =>
        app.Services.GetRequiredService<MailSender>().SendDueAsync(TestContext.Current.CancellationToken);

    /// <summary>Writes the reminders and digests that are due, as the mail job would (at the test's clock).</summary>
    public static async Task<int> RemindAsync(this WerkbrugAppFactory app)
    {
        var written = 0;
        await app.InScopeAsync<MailReminders>(async r => written = await r.RunAsync(TestContext.Current.CancellationToken));
        return written;
    }

    /// <summary>All that reached the mail server: headers and decoded parts of every message.</summary>
    public static string Everything(this MailCatcher catcher) =>
        string.Join("\n", catcher.Received.Select(m => $"{m}\n{m.Subject}\n{m.TextBody}\n{m.HtmlBody}"));

    /// <summary>Neither the job seeker's name, BSN nor the marker in their special-category fields reached the mail server.</summary>
    public static void AssertNothingOf(this MailCatcher catcher, RegisteredJobSeeker seeker)
    {
        var everything = catcher.Everything();
        Assert.DoesNotContain(seeker.Marker, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(seeker.Marker[3..9], everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(seeker.Bsn, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", everything, StringComparison.Ordinal);
    }

    /// <summary>The one message to <paramref name="to"/> whose subject holds <paramref name="subjectPart"/>.</summary>
    public static MimeMessage OneTo(this MailCatcher catcher, string to, string subjectPart) =>
        Assert.Single(catcher.To(to), m => m.Is(subjectPart));

    public static bool Is(this MimeMessage message, string subjectPart) => (message.Subject ?? string.Empty).Contains(subjectPart, StringComparison.Ordinal);
}
