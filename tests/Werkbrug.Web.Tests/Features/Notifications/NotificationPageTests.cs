using System.Net;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Notifications;

public sealed class NotificationPageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task an_escalation_shows_in_meldingen_with_the_unread_count_until_marked_read(Db db)
    {
        // AM08 is used by no other test: without teams every adviser of the region is notified.
        var app = apps.For(db);
        var escalator = await app.CreateAdviserAsync("AM08", Roles.AccountManager);
        var reader = await app.CreateAdviserAsync("AM08", Roles.AccountManager);
        var api = app.ApiClient(escalator);
        var vacancy = await api.CreateVacancyAsync(
            await api.RegisterEmployerAsync(postcode: "6511 AA", municipality: "Nijmegen"), "Verpleegkundige", b => { b["postcode"] = "6511 AA"; b["municipalityName"] = "Nijmegen"; });
        await api.EscalateAsync(vacancy.Id(), "Tekort in de zorg", vacancy.Version());
        var session = await app.SignInAsync(reader);

        var (_, page) = await session.GetAsync("/notifications");

        Assert.Contains("(1 ongelezen)", page.QuerySelector("nav a[href='/notifications']")!.TextContent, StringComparison.Ordinal);
        var link = page.QuerySelector($"#notifications a[href='/vacancies/{vacancy.Id()}']");
        Assert.NotNull(link);
        Assert.Contains("Verpleegkundige", link.TextContent, StringComparison.Ordinal);

        var (status, after) = await session.SubmitAsync(page, "#notifications form", []);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Gelezen", after.QuerySelector("#notifications tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ongelezen)", after.QuerySelector("nav a[href='/notifications']")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.InDbAsync(d => d.Notifications.Where(n => n.RecipientUserId == reader.Id).AllAsync(n => n.ReadAtUtc != null, Ct)));
    }

    [Theory, Providers]
    public async Task a_user_without_notifications_sees_an_empty_page(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.CaseManager));

        var (status, page) = await session.GetAsync("/notifications");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("geen meldingen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
