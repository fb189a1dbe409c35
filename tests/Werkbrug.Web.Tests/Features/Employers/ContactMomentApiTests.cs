using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Employers;

public sealed class ContactMomentApiTests(Apps apps)
{
    private static readonly string[] Vacancy = ["vacancy"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Contact(Guid employerId, DateTimeOffset at, string? note = null, bool acknowledge = false, bool planned = false, string? followUp = null, string? due = null, string[]? topics = null) => new
    {
        employerId,
        occurredAt = at,
        channel = "Visit",
        initiator = "Employer",
        topics = topics ?? Vacancy,
        note,
        followUp,
        followUpDue = due,
        planned,
        acknowledgeWarnings = acknowledge,
    };

    [Theory, Providers]
    public async Task logs_a_contact_and_shows_it_on_the_timeline_newest_first(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(adviser);
        var colleague = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.RegionCoordinator));
        var id = await api.RegisterEmployerAsync();
        var older = await api.LogContactAsync(id, DateTimeOffset.UtcNow.AddDays(-30), "Eerste kennismaking");

        var response = await api.PostAsJsonAsync("/api/v1/contact-moments",
            Contact(id, DateTimeOffset.UtcNow.AddHours(-2), "Twee vacatures besproken", followUp: "Kandidaten voorstellen", due: DateTime.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), topics: ["vacancy", "sroi"]), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(adviser.Id, created.GetProperty("adviserUserId").GetGuid());
        Assert.Equal(adviser.OrganisationId, created.GetProperty("organisationId").GetGuid());
        Assert.Equal(["vacancy", "sroi"], created.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        var timeline = await colleague.GetFromJsonAsync<JsonElement>($"/api/v1/contact-moments?employerId={id}", Ct);
        Assert.Equal([created.GetProperty("id").GetGuid(), older], timeline.Items().Select(c => c.GetProperty("id").GetGuid()));
        var details = await colleague.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}", Ct);
        var followUp = Assert.Single(details.GetProperty("openFollowUps").EnumerateArray());
        Assert.Equal("Kandidaten voorstellen", followUp.GetProperty("followUp").GetString());

        var done = await colleague.PostAsync($"/api/v1/contact-moments/{followUp.GetProperty("id").GetGuid()}/follow-up-done", null, Ct);
        var again = await colleague.PostAsync($"/api/v1/contact-moments/{followUp.GetProperty("id").GetGuid()}/follow-up-done", null, Ct);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Empty((await colleague.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}", Ct)).GetProperty("openFollowUps").EnumerateArray());
    }

    [Theory, Providers]
    public async Task refuses_a_note_that_looks_like_it_holds_a_bsn_and_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await api.RegisterEmployerAsync();

        var note = await api.PostAsJsonAsync("/api/v1/contact-moments", Contact(id, DateTimeOffset.UtcNow, "Kandidaat met bsn 123 456 782 voorgesteld", acknowledge: true), Ct);
        var followUp = await api.PostAsJsonAsync("/api/v1/contact-moments", Contact(id, DateTimeOffset.UtcNow, "Goed gesprek", acknowledge: true, followUp: "Cv van 111.222.333 sturen"), Ct);
        var phone = await api.PostAsJsonAsync("/api/v1/contact-moments", Contact(id, DateTimeOffset.UtcNow, "Terugbellen op 033 123 45 67, KvK 12345678", acknowledge: true), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, note.StatusCode);
        var message = Assert.Single((await note.ProblemAsync()).FieldErrors("note"));
        Assert.Contains("burgerservicenummer", message, StringComparison.Ordinal);
        Assert.Contains("niets opgeslagen", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, followUp.StatusCode);
        Assert.NotEmpty((await followUp.ProblemAsync()).FieldErrors("followUp"));
        Assert.Equal(HttpStatusCode.Created, phone.StatusCode);
        Assert.Equal(1, await app.InDbAsync(d => d.ContactMoments.CountAsync(c => c.EmployerId == id, Ct)));
    }

    [Theory, Providers]
    public async Task warns_a_second_adviser_about_a_recent_contact_and_saves_only_when_acknowledged(Db db)
    {
        var app = apps.For(db);
        var first = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var firstApi = app.ApiClient(first);
        var second = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await firstApi.RegisterEmployerAsync();
        await firstApi.LogContactAsync(id, DateTimeOffset.UtcNow.AddDays(-3), "Bezoek");

        var warnings = await second.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}/contact-warnings", Ct);
        var refused = await second.PostAsJsonAsync("/api/v1/contact-moments", Contact(id, DateTimeOffset.UtcNow, "Belletje"), Ct);
        var own = await firstApi.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}/contact-warnings", Ct);

        var warning = Assert.Single(warnings.Items());
        Assert.Equal("RecentContactByOther", warning.GetProperty("kind").GetString());
        Assert.Equal(first.Id, warning.GetProperty("adviserUserId").GetGuid());
        Assert.Contains("14 dagen", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(own.Items()); // one's own contacts are no warning
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ProblemAsync();
        Assert.Equal("ContactMoment.WarningsNeedAcknowledgement", problem.GetProperty("code").GetString());
        Assert.Equal("RecentContactByOther", Assert.Single(problem.GetProperty("warnings").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal(1, await app.InDbAsync(d => d.ContactMoments.CountAsync(c => c.EmployerId == id, Ct)));

        var acknowledged = await second.PostAsJsonAsync("/api/v1/contact-moments", Contact(id, DateTimeOffset.UtcNow, "Belletje", acknowledge: true), Ct);

        Assert.Equal(HttpStatusCode.Created, acknowledged.StatusCode);
    }

    [Theory, Providers]
    public async Task a_contact_longer_ago_than_the_configured_days_gives_no_warning(Db db)
    {
        var app = apps.For(db);
        var firstApi = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var second = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await firstApi.RegisterEmployerAsync();
        await firstApi.LogContactAsync(id, DateTimeOffset.UtcNow.AddDays(-15), "Bezoek");

        var warnings = await second.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}/contact-warnings", Ct);
        var logged = await second.PostAsJsonAsync("/api/v1/contact-moments", Contact(id, DateTimeOffset.UtcNow, "Belletje"), Ct);

        Assert.Empty(warnings.Items());
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
    }

    [Theory, Providers]
    public async Task a_planned_contact_by_another_adviser_is_a_warning_too(Db db)
    {
        var app = apps.For(db);
        var firstApi = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var second = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await firstApi.RegisterEmployerAsync();
        await firstApi.LogContactAsync(id, DateTimeOffset.UtcNow.AddDays(10), "Werkbezoek gepland", planned: true);

        var warnings = await second.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}/contact-warnings", Ct);

        Assert.Equal("RecentContactByOther", Assert.Single(warnings.Items()).GetProperty("kind").GetString());
    }

    [Theory, Providers]
    public async Task warns_when_the_fixed_account_manager_works_for_another_organisation(Db db)
    {
        var app = apps.For(db);
        var accountManager = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var manager = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.Manager));
        var other = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await manager.RegisterEmployerAsync();
        (await manager.PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = accountManager.Id }, Ct)).EnsureSuccessStatusCode();

        var othersWarnings = await other.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}/contact-warnings", Ct);
        var ownWarnings = await app.ApiClient(accountManager).GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}/contact-warnings", Ct);
        var refused = await other.PostAsJsonAsync("/api/v1/contact-moments", Contact(id, DateTimeOffset.UtcNow, "Bezoek"), Ct);

        var warning = Assert.Single(othersWarnings.Items());
        Assert.Equal("AccountManagerInOtherOrganisation", warning.GetProperty("kind").GetString());
        Assert.Equal(accountManager.Id, warning.GetProperty("adviserUserId").GetGuid());
        Assert.Empty(ownWarnings.Items());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Theory, Providers]
    public async Task checks_timing_topics_and_lengths(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await api.RegisterEmployerAsync();
        var now = DateTimeOffset.UtcNow;

        async Task<JsonElement> Refused(object body)
        {
            var response = await api.PostAsJsonAsync("/api/v1/contact-moments", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return await response.ProblemAsync();
        }

        Assert.NotEmpty((await Refused(Contact(id, now.AddDays(2), acknowledge: true))).FieldErrors("occurredAt"));
        Assert.NotEmpty((await Refused(Contact(id, now.AddDays(-2), acknowledge: true, planned: true))).FieldErrors("occurredAt"));
        Assert.NotEmpty((await Refused(Contact(id, now, acknowledge: true, topics: []))).FieldErrors("topics"));
        Assert.Contains("koffie", Assert.Single((await Refused(Contact(id, now, acknowledge: true, topics: ["koffie"]))).FieldErrors("topics")), StringComparison.Ordinal);
        Assert.Contains("1000", Assert.Single((await Refused(Contact(id, now, new string('a', 1001), acknowledge: true))).FieldErrors("note")), StringComparison.Ordinal);
        Assert.NotEmpty((await Refused(Contact(id, now, acknowledge: true, due: "2020-01-01", followUp: "Bellen"))).FieldErrors("followUpDue"));
        Assert.NotEmpty((await Refused(Contact(id, now, acknowledge: true, due: "2099-01-01"))).FieldErrors("followUp"));
        Assert.NotEmpty((await Refused(Contact(Guid.NewGuid(), now, acknowledge: true))).FieldErrors("employerId"));
        Assert.NotEmpty((await Refused(new { employerId = id, occurredAt = now, channel = "Fax", initiator = "Employer", topics = Vacancy })).FieldErrors("channel"));
        var missingEmployer = await api.GetAsync("/api/v1/contact-moments", Ct);
        Assert.NotEmpty((await missingEmployer.ProblemAsync()).FieldErrors("employerId"));
        Assert.Equal(0, await app.InDbAsync(d => d.ContactMoments.CountAsync(c => c.EmployerId == id, Ct)));
    }
}
