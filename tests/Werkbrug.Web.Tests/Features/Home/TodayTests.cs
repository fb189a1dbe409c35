using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Tests.Features.Aftercare;
using Werkbrug.Web.Tests.Features.IntakeRequests;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Home;

/// <summary>
/// "Vandaag voor u" on the start page and at /api/v1/me/today: per role the records due today or late (not the done or
/// future ones), within the user's organisation and region, by name only where the linked list shows names. Region
/// AM36 (no other test class uses it), AM38 as another region.
/// </summary>
public sealed class TodayTests(Apps apps)
{
    private const string Region = "AM36";
    private const string OtherRegion = "AM38";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] AnalystGroups = ["figures", "notifications"];
    private static readonly string[] VacancyTopic = ["vacancy"];

    private static DateOnly Today => DutchTime.Today(TimeProvider.System);

    [Theory, Providers]
    public async Task aftercare_due_today_and_late_reaches_the_assignee_and_the_late_one_their_manager(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var own = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var referral = await app.SentReferralAsync(world, own, world.OwnCaseManager);
        var late = await TaskAsync(app, referral, world.Adviser, Today.AddDays(-3));
        var dueToday = await TaskAsync(app, referral, world.Adviser, Today);
        var future = await TaskAsync(app, referral, world.Adviser, Today.AddDays(1));
        var done = await TaskAsync(app, referral, world.Adviser, Today.AddDays(-2), completed: true);
        var outsider = await app.CreateAdviserAsync(OtherRegion, Roles.AccountManager, Roles.Manager);
        var auditedBefore = await app.ProcessingRecordsAsync(own.Pseudonym);

        var adviser = await TodayAsync(app, world.Adviser);
        var tasks = Group(adviser, "aftercare-tasks");
        Assert.Equal(2, tasks.GetProperty("count").GetInt32());
        Assert.Equal([$"/tasks/{late}", $"/tasks/{dueToday}"], Links(tasks));
        Assert.Equal([true, false], [.. tasks.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("overdue").GetBoolean())]);
        Assert.True(await app.ProcessingRecordsAsync(own.Pseudonym) > auditedBefore);

        var page = await (await PageClient.LoginAsync(app, world.Adviser)).GetAsync("/");
        var section = page.Document.QuerySelector("section#today #today-aftercare-tasks")!;
        var hrefs = section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/tasks/{late}", hrefs);
        Assert.Contains($"/tasks/{dueToday}", hrefs);
        Assert.Contains("/tasks", hrefs);
        Assert.DoesNotContain($"/tasks/{future}", hrefs);
        Assert.DoesNotContain($"/tasks/{done}", hrefs);
        Assert.Contains("Te laat", section.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#today-empty"));

        // The manager of the adviser's organisation: the late task only, the candidate by pseudonym.
        var manager = Group(await TodayAsync(app, world.Manager), "overdue-aftercare");
        var item = Assert.Single(manager.GetProperty("items").EnumerateArray(), i => i.GetProperty("link").GetString() == $"/aftercare/overdue#overdue-{late}");
        Assert.Contains(own.Pseudonym, item.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(own.Marker[3..9], manager.GetRawText(), StringComparison.Ordinal);

        // Another organisation's manager and another region's see none of it.
        foreach (var stranger in new[] { world.Stranger, outsider })
        {
            var text = (await TodayAsync(app, stranger)).GetRawText();
            Assert.DoesNotContain(late.ToString(), text, StringComparison.Ordinal);
            Assert.DoesNotContain(dueToday.ToString(), text, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task an_account_manager_sees_own_requests_due_today_or_late_and_stale_vacancies_and_the_coordinator_the_regions_late_work(Db db)
    {
        var app = apps.For(db);
        var accountManager = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var me = accountManager.Id;
        var late = await app.NewRequestAsync(Region, Today.AddDays(-1), ownerUserId: me, status: IntakeRequestStatus.InProgress);
        var dueToday = await app.NewRequestAsync(Region, Today, ownerUserId: me);
        var future = await app.NewRequestAsync(Region, Today.AddDays(1), ownerUserId: me);
        var closed = await app.NewRequestAsync(Region, Today.AddDays(-1), ownerUserId: me, status: IntakeRequestStatus.Closed);
        var ancient = await app.NewRequestAsync(Region, IntakeTestData.LongAgo());
        var elsewhere = await app.NewRequestAsync(OtherRegion, IntakeTestData.LongAgo());
        var api = app.ApiClient(accountManager);
        var employer = await api.RegisterEmployerAsync();
        var stale = (await api.CreateVacancyAsync(employer)).Id();
        var fresh = await api.CreateVacancyAsync(employer);
        await app.InDbAsync(d => d.Vacancies.Where(v => v.Id == stale).ExecuteUpdateAsync(s => s.SetProperty(v => v.LastActivityAtUtc, DateTime.UtcNow.AddDays(-60)), Ct));
        (await api.EscalateAsync(fresh.Id(), "Niemand gevonden in de eigen organisatie", fresh.Version())).EnsureSuccessStatusCode();
        var followUpToday = await ContactAsync(api, employer, "Offerte voor detachering nabellen", Today);
        var followUpLater = await ContactAsync(api, employer, "Terugbellen over stageplaatsen", Today.AddDays(2));
        var followUpDone = await ContactAsync(api, employer, "Vacaturetekst nalopen", Today);
        (await api.PostAsync($"/api/v1/contact-moments/{followUpDone}/follow-up-done", null, Ct)).EnsureSuccessStatusCode();

        var mine = await TodayAsync(app, accountManager);
        var requests = Group(mine, "intake-requests");
        Assert.Equal(2, requests.GetProperty("count").GetInt32());
        Assert.Equal([$"/intake-requests/{dueToday.Id}", $"/intake-requests/{late.Id}"], Links(requests));
        Assert.Equal([$"/vacancies/{stale}"], Links(Group(mine, "stale-vacancies")));
        var contacts = Group(mine, "contacts").GetRawText();
        Assert.Contains("Offerte voor detachering nabellen", contacts, StringComparison.Ordinal);
        Assert.DoesNotContain("Terugbellen over stageplaatsen", contacts, StringComparison.Ordinal);
        Assert.DoesNotContain("Vacaturetekst nalopen", contacts, StringComparison.Ordinal);
        Assert.Contains($"/employers/{employer}", contacts, StringComparison.Ordinal);
        var text = mine.GetRawText();
        Assert.DoesNotContain(future.Id.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.Id.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(ancient.Id.ToString(), text, StringComparison.Ordinal);

        var page = await (await PageClient.LoginAsync(app, accountManager)).GetAsync("/");
        var hrefs = page.Document.QuerySelectorAll("section#today a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/intake-requests/{late.Id}", hrefs);
        Assert.Contains($"/vacancies/{stale}", hrefs);
        Assert.DoesNotContain($"/intake-requests/{future.Id}", hrefs);
        Assert.NotNull(page.Document.QuerySelector("nav[aria-labelledby='work-heading'] a[href='/employers']"));

        // The region coordinator: the region's late requests (not another region's) and its escalated vacancies.
        var coordinator = await TodayAsync(app, await app.CreateAdviserAsync(Region, Roles.RegionCoordinator));
        var overdue = Links(Group(coordinator, "overdue-intake-requests"));
        Assert.Contains($"/intake-requests/{ancient.Id}", overdue);
        Assert.DoesNotContain($"/intake-requests/{elsewhere.Id}", overdue);
        Assert.Contains($"/vacancies/{fresh.Id()}", Links(Group(coordinator, "escalated-vacancies")));
        Assert.DoesNotContain(elsewhere.Id.ToString(), (await TodayAsync(app, await app.CreateAdviserAsync(OtherRegion, Roles.AccountManager))).GetRawText(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_case_manager_sees_the_referral_awaiting_their_decision_and_their_stale_clients_by_name(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var caseManager = world.OtherCaseManager;
        var stale = await app.RegisterJobSeekerAsync(caseManager);
        var fresh = await app.RegisterJobSeekerAsync(caseManager);
        await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == fresh.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.LastContactOn, Today), Ct));
        var referral = await app.ProposedReferralAsync(world, stale, caseManager);
        Assert.Equal(ReferralStatus.AwaitingOwner, referral.Status);
        var auditedBefore = await app.ProcessingRecordsAsync(stale.Pseudonym);

        var today = await TodayAsync(app, caseManager);
        var waiting = Assert.Single(Group(today, "referrals").GetProperty("items").EnumerateArray());
        Assert.Equal($"/referrals/{referral.Id}", waiting.GetProperty("link").GetString());
        Assert.Contains(stale.Marker[3..9], waiting.GetProperty("title").GetString(), StringComparison.Ordinal);
        var clients = Group(today, "stale-clients");
        Assert.Contains($"/job-seekers/{stale.Id}", Links(clients));
        Assert.DoesNotContain($"/job-seekers/{fresh.Id}", Links(clients));
        Assert.True(await app.ProcessingRecordsAsync(stale.Pseudonym) > auditedBefore);

        // The referring adviser waits for the owner: nothing for them, and never the name of another organisation's client.
        var adviser = await TodayAsync(app, world.Adviser);
        Assert.DoesNotContain(stale.Marker[3..9], adviser.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(referral.Id.ToString(), adviser.GetRawText(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task nothing_waits_for_a_new_case_manager(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateAdviserAsync(Region, Roles.CaseManager);

        var today = await TodayAsync(app, caseManager);
        var page = await (await PageClient.LoginAsync(app, caseManager)).GetAsync("/");

        Assert.Equal(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), today.GetProperty("today").GetString());
        Assert.Empty(today.GetProperty("groups").EnumerateArray());
        Assert.Equal("Vandaag voor u", page.Document.QuerySelector("section#today h1")!.TextContent);
        Assert.Equal("Er wacht vandaag niets op u.", page.Document.QuerySelector("#today-empty")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("nav[aria-labelledby='work-heading'] a[href='/job-seekers/in-view']"));
    }

    [Theory, Providers]
    public async Task the_administrator_sees_accounts_and_organisations_to_fix_and_the_analyst_figures_only(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateAdviserAsync(Region, Roles.Administrator);
        var withoutRole = await app.CreateUserInOrganisationAsync(admin);
        var abroad = await app.CreateAdviserAsync(OtherRegion, Roles.Administrator);
        var empty = EmployerPages.UniqueName("Lege organisatie");
        var emptyElsewhere = EmployerPages.UniqueName("Lege organisatie");
        await app.InDbAsync(d =>
        {
            d.Organisations.Add(new Organisation { RegionCode = Region, ServicePointId = admin.ServicePointId, Name = empty, Type = OrganisationType.Municipality });
            d.Organisations.Add(new Organisation { RegionCode = OtherRegion, ServicePointId = abroad.ServicePointId, Name = emptyElsewhere, Type = OrganisationType.Municipality });
            return d.SaveChangesAsync(Ct);
        });

        var today = await TodayAsync(app, admin);
        Assert.Contains($"/administration/users/edit/{withoutRole.Id}", Links(Group(today, "users")));
        var organisations = Group(today, "organisations").GetRawText();
        Assert.Contains(empty, organisations, StringComparison.Ordinal);
        Assert.DoesNotContain(emptyElsewhere, organisations, StringComparison.Ordinal);

        var analyst = await TodayAsync(app, await app.CreateAdviserAsync(Region, Roles.Analyst));
        Assert.All(analyst.GetProperty("groups").EnumerateArray(), g => Assert.Contains(g.GetProperty("key").GetString(), AnalystGroups));
    }

    [Theory, Providers]
    public async Task the_analyst_starts_from_the_regions_indicators_as_the_dashboard_counts_them_and_no_small_group_shows(Db db)
    {
        var app = apps.For(db);
        var world = await Placements.PlacementTestData.WorldAsync(app, Region);
        // Started six months ago today: its six-month check falls in the current quarter, whatever day of it today is.
        var placed = await Placements.PlacementTestData.HireAsync(app, world, Today.AddMonths(-6));
        await app.InDbAsync(async d =>
        {
            var placement = await d.Placements.SingleAsync(p => p.Id == placed.Id, Ct);
            Assert.Null(placement.RecordDurability(DurabilityCheckpoint.SixMonths, true, null, null, Today));
            return await d.SaveChangesAsync(Ct);
        });
        var analyst = await app.CreateAdviserAsync(Region, Roles.Analyst);

        var figures = Group(await TodayAsync(app, analyst), "figures");

        Assert.Equal("/indicators", figures.GetProperty("link").GetString());
        var items = figures.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["/indicators/placements", "/indicators/cross-partner-placements", "/indicators/placements-lasting-6-months", "/indicators/referrals-hired",
                "/indicators/intake-answered-in-time", "/indicators/aftercare-on-time"],
            items.Select(i => i.GetProperty("link").GetString()));
        // One placement measured at six months, still employed: "100% (1 van 1)" would name that person's outcome.
        var lasting = items[2];
        Assert.Equal("Plaatsingen die na 6 maanden nog lopen", lasting.GetProperty("title").GetString());
        Assert.StartsWith("afgeschermd (vorige periode: ", lasting.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("100", figures.GetRawText(), StringComparison.Ordinal);
        // The same figure the dashboard's API gives for the default period (the current quarter).
        var api = await app.ApiClient(analyst).GetFromJsonAsync<JsonElement>("/api/v1/indicators/placements-lasting-6-months", Ct);
        Assert.True(api.GetProperty("value").GetProperty("suppressed").GetBoolean());
        Assert.EndsWith(api.GetProperty("period").GetProperty("label").GetString()!, figures.GetProperty("heading").GetString(), StringComparison.Ordinal);
    }

    private static async Task<Guid> TaskAsync(WerkbrugAppFactory app, Referral referral, TestUser assignee, DateOnly due, bool completed = false)
    {
        var task = new AftercareTask
        {
            RegionCode = referral.RegionCode,
            ReferralId = referral.Id,
            Kind = AftercareTaskKind.ContactMoment,
            AssigneeUserId = assignee.Id,
            DueOn = due,
            CreatedAtUtc = DateTime.UtcNow,
        };
        await app.InDbAsync(d =>
        {
            d.AftercareTasks.Add(task);
            return d.SaveChangesAsync(Ct);
        });
        if (completed)
        {
            await app.InDbAsync(d => d.AftercareTasks.Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.CompletedOn, due), Ct));
        }

        return task.Id;
    }

    private static async Task<Guid> ContactAsync(HttpClient api, Guid employer, string followUp, DateOnly due) =>
        (await (await api.PostAsJsonAsync("/api/v1/contact-moments", new
        {
            employerId = employer,
            occurredAt = DateTimeOffset.UtcNow.AddHours(-1),
            channel = "Phone",
            initiator = "ServicePoint",
            topics = VacancyTopic,
            note = "Gebeld",
            followUp,
            followUpDue = due,
            planned = false,
            acknowledgeWarnings = true,
        }, Ct)).JsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> TodayAsync(WerkbrugAppFactory app, TestUser user) =>
        await (await app.ApiClient(user).GetAsync("/api/v1/me/today", Ct)).JsonAsync();

    private static JsonElement Group(JsonElement today, string key) =>
        Assert.Single(today.GetProperty("groups").EnumerateArray(), g => g.GetProperty("key").GetString() == key);

    private static string[] Links(JsonElement group) => [.. group.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("link").GetString()!)];
}
