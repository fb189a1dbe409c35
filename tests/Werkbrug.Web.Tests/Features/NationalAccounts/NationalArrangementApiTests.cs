using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.NationalAccounts;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.NationalAccounts;

/// <summary>/api/v1/national-accounts and /api/v1/national-arrangements: the account per region, the workflow with its rules, concurrency, reminders and escalation.</summary>
public sealed class NationalArrangementApiTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Terms(Guid account, int version = 0) => new
    {
        nationalAccountId = account,
        title = "Instroom winkelpersoneel",
        reactionTermWorkingDays = 5,
        candidatesPerVacancy = 3,
        aftercareWeeks = 26,
        aftercareDescription = "Jobcoach de eerste zes maanden",
        regions = NationalWorld.Others.Select(r => new { regionCode = r, placementTarget = 10 }).ToArray(),
        version,
    };

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>
    /// The notifications of <paramref name="key"/> about arrangement <paramref name="id"/> to <paramref name="user"/>: every manager of a
    /// region is told of every arrangement it takes part in, and the contract walk makes arrangements in these regions on the same host.
    /// </summary>
    private static Task<int> NotificationsAsync(WerkbrugAppFactory app, Guid id, TestUser user, string key) =>
        app.InDbAsync(d => d.Notifications.CountAsync(n => n.RecipientUserId == user.Id && n.TextKey == key && n.Link == $"/national-arrangements/{id}", Ct));

    [Theory, Providers]
    public async Task an_employer_in_four_regions_becomes_an_account_shown_per_region(Db db)
    {
        var app = apps.For(db);
        var world = await NationalWorld.ArrangeAsync(app);
        var nam = app.ApiClient(world.NationalManager);

        var local = await ProblemAsync(await nam.PostAsJsonAsync("/api/v1/national-accounts", new { kvkNumber = EmployerPages.NewKvk() }, Ct), HttpStatusCode.BadRequest);
        Assert.True(local.GetProperty("errors").TryGetProperty("kvkNumber", out _), local.ToString());
        var id = await world.RegisterAccountAsync(app);
        var twice = await ProblemAsync(await nam.PostAsJsonAsync("/api/v1/national-accounts", new { kvkNumber = world.Kvk }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("NationalAccounts.AlreadyRegistered", twice.GetProperty("code").GetString());
        await app.ApiClient(world.Advisers["AM32"]).LogContactAsync(world.Employers["AM32"], DateTimeOffset.UtcNow.AddDays(-2));

        var account = await OkAsync(await nam.GetAsync($"/api/v1/national-accounts/{id}", Ct));
        var regions = account.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("regionCode").GetString()!);
        Assert.Equal(NationalWorld.Others.Append(NationalWorld.Own).Order(), regions.Keys.Order());
        Assert.Equal(["Vakkenvuller Landelijk"], regions["AM27"].GetProperty("vacancies").EnumerateArray().Select(v => v.GetProperty("title").GetString()));
        Assert.Empty(regions["AM32"].GetProperty("vacancies").EnumerateArray());
        Assert.Equal(1, regions["AM32"].GetProperty("contacts").GetInt32());
        Assert.Equal(0, regions["AM27"].GetProperty("contacts").GetInt32());
        Assert.Single(regions["AM03"].GetProperty("registrations").EnumerateArray().Single().GetProperty("locations").EnumerateArray());
        var list = await OkAsync(await nam.GetAsync("/api/v1/national-accounts", Ct));
        var row = Assert.Single(list.Items());
        Assert.Equal(4, row.GetProperty("regions").GetInt32());
        Assert.Equal(1, row.GetProperty("openVacancies").GetInt32());
        Assert.Equal(0, row.GetProperty("arrangements").GetInt32());

        // Another national account manager cannot open it.
        var otherNam = app.ApiClient(await app.CreateUserAsync(NationalWorld.Own, Roles.NationalAccountManager));
        Assert.Equal(HttpStatusCode.NotFound, (await otherNam.GetAsync($"/api/v1/national-accounts/{id}", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task an_arrangement_goes_from_proposal_to_agreement_with_the_regions_answers_and_an_escalation_of_a_lagging_region(Db db)
    {
        var app = apps.For(db);
        var world = await NationalWorld.ArrangeAsync(app);
        var account = await world.RegisterAccountAsync(app);
        var nam = app.ApiClient(world.NationalManager);

        var invalid = await ProblemAsync(await nam.PostAsJsonAsync("/api/v1/national-arrangements", new
        {
            nationalAccountId = account,
            title = "Snel",
            reactionTermWorkingDays = 0,
            candidatesPerVacancy = 3,
            aftercareWeeks = 4,
            regions = new[] { new { regionCode = "AM20", placementTarget = 5 } },
        }, Ct), HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("reactionTermWorkingDays", out _), invalid.ToString());
        Assert.True(invalid.GetProperty("errors").TryGetProperty("regions", out _), invalid.ToString());

        var created = await OkAsync(await nam.PostAsJsonAsync("/api/v1/national-arrangements", Terms(account), Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Proposal", created.GetProperty("stage").GetString());
        Assert.True(created.GetProperty("permissions").GetProperty("edit").GetBoolean());

        // Terms change with the version read; a stale version is a conflict and changes nothing.
        var version = created.GetProperty("version").GetInt32();
        var changed = await OkAsync(await nam.PutAsJsonAsync($"/api/v1/national-arrangements/{id}", WithTerm(Terms(account, version), 4), Ct));
        Assert.Equal(4, changed.GetProperty("reactionTermWorkingDays").GetInt32());
        var stale = await ProblemAsync(await nam.PutAsJsonAsync($"/api/v1/national-arrangements/{id}", WithTerm(Terms(account, version), 9), Ct), HttpStatusCode.Conflict);
        Assert.Equal("Error.StaleVersion", stale.GetProperty("code").GetString());
        version = changed.GetProperty("version").GetInt32();

        // A manager cannot answer before the review; the national account manager sends it to the regions.
        var early = await ProblemAsync(await app.ApiClient(world.Managers["AM27"]).PostAsJsonAsync($"/api/v1/national-arrangements/{id}/decision",
            new { decision = "Accepted", on = DutchTime.Today(TimeProvider.System), version }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("NationalArrangements.NotInReview", early.GetProperty("code").GetString());
        var review = await OkAsync(await nam.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/advance", new { version }, Ct));
        Assert.Equal("RegionsReview", review.GetProperty("stage").GetString());
        Assert.Equal(1, await NotificationsAsync(app, id, world.Managers["AM32"], "Notification.NationalArrangement.Review"));
        Assert.Equal(0, await NotificationsAsync(app, id, world.Advisers["AM32"], "Notification.NationalArrangement.Review"));
        var terms = await ProblemAsync(await nam.PutAsJsonAsync($"/api/v1/national-arrangements/{id}", WithTerm(Terms(account, review.GetProperty("version").GetInt32()), 2), Ct), HttpStatusCode.Conflict);
        Assert.Equal("NationalArrangements.TermsFixed", terms.GetProperty("code").GetString());
        var silent = await ProblemAsync(await nam.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/advance", new { version = review.GetProperty("version").GetInt32() }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("NationalArrangements.RegionsSilent", silent.GetProperty("code").GetString());

        // Each region answers for itself only: an adviser may not, a manager of a region outside it may not.
        var current = review.GetProperty("version").GetInt32();
        var today = DutchTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.Advisers["AM27"]).PostAsJsonAsync($"/api/v1/national-arrangements/{id}/decision", new { decision = "Accepted", on = today, version = current }, Ct)).StatusCode);
        var outsider = app.ApiClient(await app.CreateUserAsync(NationalWorld.Own, Roles.Manager));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/decision", new { decision = "Accepted", on = today, version = current }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/national-arrangements/{id}", Ct)).StatusCode);
        foreach (var (region, decision) in new[] { ("AM27", "Accepted"), ("AM32", "Accepted"), ("AM03", "Declined") })
        {
            var manager = app.ApiClient(world.Managers[region]);
            var answered = await OkAsync(await manager.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/decision", new { decision, on = today, version = current }, Ct));
            current = answered.GetProperty("version").GetInt32();
        }

        var again = await ProblemAsync(await app.ApiClient(world.Managers["AM27"]).PostAsJsonAsync($"/api/v1/national-arrangements/{id}/decision", new { decision = "Declined", on = today, version = current - 1 }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("Error.StaleVersion", again.GetProperty("code").GetString());
        Assert.Equal(2, await NotificationsAsync(app, id, world.NationalManager, "Notification.NationalArrangement.Accepted"));
        Assert.Equal(1, await NotificationsAsync(app, id, world.NationalManager, "Notification.NationalArrangement.Declined"));

        var plan = await OkAsync(await nam.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/advance", new { version = current }, Ct));
        Assert.Equal("ExecutionPlan", plan.GetProperty("stage").GetString());

        // AM27's vacancy of the account waits a month without candidates: AM27 lags; AM32 has nothing open and does not.
        await world.AgeVacancyAsync(app);
        var lagging = await OkAsync(await nam.GetAsync($"/api/v1/national-arrangements/{id}", Ct));
        var byRegion = lagging.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("regionCode").GetString()!);
        Assert.True(byRegion["AM27"].GetProperty("lags").GetBoolean());
        Assert.Equal(1, byRegion["AM27"].GetProperty("figures").GetProperty("vacanciesPastTerm").GetInt32());
        Assert.False(byRegion["AM32"].GetProperty("lags").GetBoolean());
        Assert.False(byRegion["AM03"].GetProperty("lags").GetBoolean());
        Assert.Equal("Declined", byRegion["AM03"].GetProperty("decision").GetString());
        Assert.Equal(today, byRegion["AM03"].GetProperty("decidedOn").GetString());
        current = lagging.GetProperty("version").GetInt32();
        var notLagging = await ProblemAsync(await nam.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/regions/AM32/escalate", new { version = current }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("NationalArrangements.NotLagging", notLagging.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.Managers["AM27"]).PostAsJsonAsync($"/api/v1/national-arrangements/{id}/regions/AM27/escalate", new { version = current }, Ct)).StatusCode);
        var escalated = await OkAsync(await nam.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/regions/AM27/escalate", new { version = current }, Ct));
        Assert.Equal(today, escalated.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "AM27").GetProperty("escalatedOn").GetString());

        var note = await app.InDbAsync(d => d.Notifications.SingleAsync(n => n.RecipientUserId == world.Managers["AM27"].Id && n.TextKey == "Notification.NationalArrangement.Escalated" && n.Link == $"/national-arrangements/{id}", Ct));
        Assert.Equal(["Instroom winkelpersoneel", "1", "1", "4", "3", "0", "0", "10"], note.TextArguments.Where((_, i) => i != 1));
        Assert.Equal(0, await NotificationsAsync(app, id, world.Managers["AM32"], "Notification.NationalArrangement.Escalated"));

        foreach (var next in new[] { "Pilot", "Agreement" })
        {
            var moved = await OkAsync(await nam.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/advance", new { version = escalated.GetProperty("version").GetInt32() }, Ct));
            Assert.Equal(next, moved.GetProperty("stage").GetString());
            escalated = moved;
        }

        var done = await ProblemAsync(await nam.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/advance", new { version = escalated.GetProperty("version").GetInt32() }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("NationalArrangements.AlreadyAgreed", done.GetProperty("code").GetString());

        var history = await OkAsync(await nam.GetAsync($"/api/v1/national-arrangements/{id}/history?pageSize=100", Ct));
        Assert.Equal(
            ["Created", "TermsChanged", "StageChanged", "Accepted", "Accepted", "Declined", "StageChanged", "Escalated", "StageChanged", "StageChanged"],
            history.Items().Reverse().Select(h => h.GetProperty("event").GetString()));
        Assert.Equal("1;1;0;0;10", history.Items().Single(h => h.GetProperty("event").GetString() == "Escalated").GetProperty("detail").GetString());

        // The region's manager sees the arrangement in the list; an adviser has no access at all.
        var theirs = await OkAsync(await app.ApiClient(world.Managers["AM03"]).GetAsync("/api/v1/national-arrangements", Ct));
        Assert.Contains(theirs.Items(), a => a.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.Advisers["AM03"]).GetAsync("/api/v1/national-arrangements", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task silent_regions_are_reminded_once_ten_working_days_after_they_were_asked_and_not_again_the_same_day(Db db)
    {
        var app = apps.For(db);
        var world = await NationalWorld.ArrangeAsync(app);
        var account = await world.RegisterAccountAsync(app);
        var nam = app.ApiClient(world.NationalManager);
        var created = await OkAsync(await nam.PostAsJsonAsync("/api/v1/national-arrangements", Terms(account), Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var review = await OkAsync(await nam.PostAsJsonAsync($"/api/v1/national-arrangements/{id}/advance", new { version = created.GetProperty("version").GetInt32() }, Ct));
        var today = DutchTime.Today(TimeProvider.System);
        await OkAsync(await app.ApiClient(world.Managers["AM27"]).PostAsJsonAsync($"/api/v1/national-arrangements/{id}/decision",
            new { decision = "Accepted", on = today, version = review.GetProperty("version").GetInt32() }, Ct));

        async Task<int> RemindAsync()
        {
            var count = 0;
            await app.InScopeAsync<RemindSilentRegions>(async r => count = await r.RunAsync(Ct));
            return count;
        }

        async Task AskedAsync(int daysAgo) => await app.InDbAsync(async d =>
        {
            var a = await d.NationalArrangements.SingleAsync(x => x.Id == id, Ct);
            foreach (var r in a.Regions)
            {
                r.AskedOn = today.AddDays(-daysAgo);
            }

            d.Entry(a).State = EntityState.Modified;
            return await d.SaveChangesAsync(Ct);
        });

        // Asked today: nobody is due. Other arrangements in the database may be, so only this one's regions are counted.
        Assert.Equal(0, await NotificationsAsync(app, id, world.Managers["AM32"], "Notification.NationalArrangement.Reminder"));
        await RemindAsync();
        Assert.Equal(0, await NotificationsAsync(app, id, world.Managers["AM32"], "Notification.NationalArrangement.Reminder"));

        // Twenty calendar days hold at least ten working days, holidays included.
        Assert.True(WorkingDays.Add(today.AddDays(-20), NationalArrangement.ReviewWorkingDays) <= today);
        await AskedAsync(20);
        await RemindAsync();
        await RemindAsync();
        Assert.Equal(1, await NotificationsAsync(app, id, world.Managers["AM32"], "Notification.NationalArrangement.Reminder"));
        Assert.Equal(1, await NotificationsAsync(app, id, world.Managers["AM03"], "Notification.NationalArrangement.Reminder"));
        Assert.Equal(0, await NotificationsAsync(app, id, world.Managers["AM27"], "Notification.NationalArrangement.Reminder"));
        var view = await OkAsync(await nam.GetAsync($"/api/v1/national-arrangements/{id}", Ct));
        var am31 = view.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "AM32");
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), am31.GetProperty("remindedOn").GetString());
        Assert.Equal(2, view.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("event").GetString() == "Reminded"));
    }

    private static Dictionary<string, object?> WithTerm(object terms, int days)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(terms))!;
        body["reactionTermWorkingDays"] = days;
        return body;
    }
}
