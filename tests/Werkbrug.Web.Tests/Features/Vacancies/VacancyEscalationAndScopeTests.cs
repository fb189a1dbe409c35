using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Vacancies;

public sealed class VacancyEscalationAndScopeTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A team in <paramref name="region"/> with the given users as members. Only in regions no other test class
    /// uses (AM06, AM07, AM02 here): the demo region AM14's teams are counted and routed to elsewhere.
    /// </summary>
    private static Task<Guid> TeamAsync(WerkbrugAppFactory app, string region, params TestUser[] members) => app.InDbAsync(async d =>
    {
        var team = new Team { RegionCode = region, ServicePointId = members[0].ServicePointId, Name = EmployerPages.UniqueName("Team"), Kind = TeamKind.Geographic };
        d.Teams.Add(team);
        await d.SaveChangesAsync(Ct);
        var ids = members.Select(m => m.Id).ToList();
        foreach (var user in await d.Users.Where(u => ids.Contains(u.Id)).ToListAsync(Ct))
        {
            user.TeamId = team.Id;
        }

        await d.SaveChangesAsync(Ct);
        return team.Id;
    });

    private static Task<int> NotificationsForAsync(WerkbrugAppFactory app, TestUser user, Guid vacancy) =>
        app.InDbAsync(d => d.Notifications.CountAsync(n => n.RecipientUserId == user.Id && n.Link == $"/vacancies/{vacancy}", Ct));

    [Theory, Providers]
    public async Task escalation_notifies_the_regions_team_members_once_and_not_other_regions(Db db)
    {
        var app = apps.For(db);
        var escalator = await app.CreateAdviserAsync("AM06", Roles.AccountManager);
        var member = await app.CreateAdviserAsync("AM06", Roles.Manager);
        var caseManagerInTeam = await app.CreateAdviserAsync("AM06", Roles.CaseManager);
        var elsewhere = await app.CreateAdviserAsync("AM07", Roles.AccountManager);
        await TeamAsync(app, "AM06", escalator, member, caseManagerInTeam);
        await TeamAsync(app, "AM07", elsewhere);
        var api = app.ApiClient(escalator);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(), "Buschauffeur");

        var response = await api.EscalateAsync(vacancy.Id(), "Lokaal geen kandidaten", vacancy.Version());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var again = await api.EscalateAsync(vacancy.Id(), "Nog eens", body.Version());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Regional", body.GetProperty("escalationLevel").GetString());
        Assert.Equal("Lokaal geen kandidaten", Assert.Single(body.GetProperty("escalations").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await NotificationsForAsync(app, member, vacancy.Id()));
        Assert.Equal(0, await NotificationsForAsync(app, escalator, vacancy.Id()));
        Assert.Equal(0, await NotificationsForAsync(app, caseManagerInTeam, vacancy.Id()));
        Assert.Equal(0, await NotificationsForAsync(app, elsewhere, vacancy.Id()));

        var listed = await app.ApiClient(member).GetFromJsonAsync<JsonElement>("/api/v1/notifications?unreadOnly=true", Ct);
        var item = listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("link").GetString() == $"/vacancies/{vacancy.Id()}");
        Assert.Contains("Buschauffeur", item.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Lokaal geen kandidaten", item.GetProperty("text").GetString(), StringComparison.Ordinal);
        var elsewhereList = await app.ApiClient(elsewhere).GetFromJsonAsync<JsonElement>("/api/v1/notifications", Ct);
        Assert.DoesNotContain(elsewhereList.GetProperty("items").EnumerateArray(), i => i.GetProperty("link").GetString()!.Contains(vacancy.Id().ToString(), StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task a_region_without_teams_notifies_every_adviser_of_the_region(Db db)
    {
        // AM30 is used by no other test, so it has no teams.
        var app = apps.For(db);
        var escalator = await app.CreateAdviserAsync("AM30", Roles.AccountManager);
        var colleague = await app.CreateAdviserAsync("AM30", Roles.RegionCoordinator);
        var api = app.ApiClient(escalator);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(postcode: "7511 AA", municipality: "Enschede"), change: b => { b["postcode"] = "7511 AA"; b["municipalityName"] = "Enschede"; });

        await api.EscalateAsync(vacancy.Id(), "Moeilijk vervulbaar", vacancy.Version());

        Assert.Equal(1, await NotificationsForAsync(app, colleague, vacancy.Id()));
    }

    [Theory, Providers]
    public async Task notifications_are_marked_read_only_by_their_recipient(Db db)
    {
        var app = apps.For(db);
        var escalator = await app.CreateAdviserAsync("AM06", Roles.AccountManager);
        var member = await app.CreateAdviserAsync("AM06", Roles.AccountManager);
        await TeamAsync(app, "AM06", member);
        var api = app.ApiClient(escalator);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync());
        await api.EscalateAsync(vacancy.Id(), "Spoed", vacancy.Version());
        var id = await app.InDbAsync(d => d.Notifications.Where(n => n.RecipientUserId == member.Id && n.Link == $"/vacancies/{vacancy.Id()}").Select(n => n.Id).SingleAsync(Ct));

        async Task<int> UnreadAsync() => (await app.ApiClient(member).GetFromJsonAsync<JsonElement>("/api/v1/notifications/unread-count", Ct)).GetProperty("unread").GetInt32();
        var unreadBefore = await UnreadAsync();

        var byOther = await api.PostAsync($"/api/v1/notifications/{id}/read", null, Ct);
        var byRecipient = await app.ApiClient(member).PostAsync($"/api/v1/notifications/{id}/read", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byRecipient.StatusCode);
        Assert.Equal((1, 0), (unreadBefore, await UnreadAsync()));
        Assert.NotNull(await app.InDbAsync(d => d.Notifications.Where(n => n.Id == id).Select(n => n.ReadAtUtc).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task each_filter_narrows_the_list(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var colleague = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var transport = await api.RegisterEmployerAsync(); // SBI 4941: section H
        var retailer = await api.RegisterEmployerAsync();
        await app.InDbAsync(async d =>
        {
            (await d.Employers.SingleAsync(e => e.Id == retailer, Ct)).SetSbiCodes(["4711"]);
            return await d.SaveChangesAsync(Ct);
        });
        var created = await api.CreateVacancyAsync(transport);
        var a = created.Id();
        // The retailer's own canteen: a vacancy in another branch (section I) than its employer's main activity (G).
        var b = (await api.CreateVacancyAsync(retailer, change: x => { x["postcode"] = "3831 AA"; x["municipalityName"] = "Leusden"; x["sbiSection"] = "I"; })).Id();
        var c = (await app.ApiClient(colleague).CreateVacancyAsync(retailer)).Id();
        var opened = await api.MoveAsync(a, "Open", created.Version());
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        await app.InDbAsync(async d =>
        {
            var old = await d.Vacancies.SingleAsync(v => v.Id == c, Ct);
            d.Entry(old).Property(v => v.CreatedAtUtc).CurrentValue = DateTime.UtcNow.AddDays(-40);
            return await d.SaveChangesAsync(Ct);
        });
        var mine = new[] { a, b, c };
        async Task<Guid[]> Listed(string query) => (await api.ListIdsAsync(query)).Intersect(mine).Order().ToArray();

        Assert.Equal([a], await Listed("status=Open"));
        Assert.Equal([a], await Listed($"section=H&employerId={transport}"));
        Assert.Equal([c], await Listed($"section=G&employerId={retailer}"));
        Assert.Equal([b], await Listed($"section=i&employerId={retailer}"));
        Assert.Equal([b], await Listed("municipality=Leusden"));
        Assert.Equal([c], await Listed($"ownerOrganisationId={colleague.OrganisationId}"));
        Assert.Equal([c], await Listed($"minAgeDays=30&employerId={retailer}"));
        Assert.Equal([b], await Listed($"maxAgeDays=5&employerId={retailer}"));
        Assert.Equal([a], await Listed($"employerId={transport}"));
    }

    [Theory, Providers]
    public async Task a_running_vacancy_without_activity_is_marked_stale(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();
        var stale = (await api.CreateVacancyAsync(employer)).Id();
        var fresh = (await api.CreateVacancyAsync(employer)).Id();
        var endedVacancy = await api.CreateVacancyAsync(employer);
        var ended = endedVacancy.Id();
        Assert.Equal(HttpStatusCode.OK, (await api.MoveAsync(ended, "Withdrawn", endedVacancy.Version())).StatusCode);
        await app.InDbAsync(async d =>
        {
            foreach (var v in await d.Vacancies.Where(v => v.Id == stale || v.Id == ended).ToListAsync(Ct))
            {
                d.Entry(v).Property(x => x.LastActivityAtUtc).CurrentValue = DateTime.UtcNow.AddDays(-15);
            }

            return await d.SaveChangesAsync(Ct);
        });

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies?employerId={employer}", Ct);
        var marks = list.GetProperty("items").EnumerateArray().ToDictionary(i => i.Id(), i => i.GetProperty("isStale").GetBoolean());

        Assert.True(marks[stale]);
        Assert.False(marks[fresh]);
        Assert.False(marks[ended]);
        Assert.Equal([stale], await api.ListIdsAsync($"staleOnly=true&employerId={employer}"));
        Assert.True((await api.GetVacancyAsync(stale)).GetProperty("isStale").GetBoolean());
    }

    [Theory, Providers]
    public async Task job_carving_composes_a_draft_from_separable_tasks_of_the_employer(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();
        var first = await api.CreateVacancyAsync(employer); // task 2 "Pallets inpakken" 30% separable
        var second = await api.CreateVacancyAsync(employer, change: b => b["tasks"] = new object[] { new { description = "Post rondbrengen", sharePercent = 20, separable = true } });
        var chosen = new[] { first.GetProperty("tasks")[1].GetProperty("id").GetGuid(), second.GetProperty("tasks")[0].GetProperty("id").GetGuid() };

        var response = await api.PostAsJsonAsync("/api/v1/vacancies/carve", new { employerId = employer, taskIds = chosen, title = "Medewerker facilitair", hoursPerWeekMin = 12, hoursPerWeekMax = 16 }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var function = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(function.GetProperty("isCreatedFunction").GetBoolean());
        Assert.Equal("Draft", function.GetProperty("status").GetString());
        Assert.Equal(employer, function.GetProperty("employerId").GetGuid());
        Assert.Equal(16, function.GetProperty("hoursPerWeekMax").GetInt32());
        var tasks = function.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(["Pallets inpakken", "Post rondbrengen"], tasks.Select(t => t.GetProperty("description").GetString()));
        Assert.Equal(chosen, tasks.Select(t => t.GetProperty("sourceTaskId").GetGuid()));
        Assert.Equal([first.Id(), second.Id()], tasks.Select(t => t.GetProperty("sourceVacancyId").GetGuid()));
        Assert.Equal([60, 40], tasks.Select(t => t.GetProperty("sharePercent").GetInt32()));
        Assert.Equal(first.GetProperty("title").GetString(), tasks[0].GetProperty("sourceVacancyTitle").GetString());
    }

    [Theory, Providers]
    public async Task job_carving_refuses_no_tasks_a_fixed_task_and_another_employers_task(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();
        var other = await api.RegisterEmployerAsync();
        var own = await api.CreateVacancyAsync(employer);
        var foreign = await api.CreateVacancyAsync(other);
        var separable = own.GetProperty("tasks")[1].GetProperty("id").GetGuid();
        var fixedTask = own.GetProperty("tasks")[0].GetProperty("id").GetGuid();
        var otherEmployers = foreign.GetProperty("tasks")[1].GetProperty("id").GetGuid();
        var title = EmployerPages.UniqueName("Gecreëerd");
        Task<HttpResponseMessage> Carve(params Guid[] ids) => api.PostAsJsonAsync("/api/v1/vacancies/carve", new { employerId = employer, taskIds = ids, title, hoursPerWeekMax = 10 }, Ct);

        var none = await Carve();
        var notSeparable = await Carve(separable, fixedTask);
        var otherEmployer = await Carve(separable, otherEmployers);

        Assert.Contains("minstens één", Assert.Single((await none.ProblemAsync()).FieldErrors("taskIds")), StringComparison.Ordinal);
        Assert.Contains("niet als afsplitsbaar", Assert.Single((await notSeparable.ProblemAsync()).FieldErrors("taskIds")), StringComparison.Ordinal);
        Assert.Contains("andere werkgever", Assert.Single((await otherEmployer.ProblemAsync()).FieldErrors("taskIds")), StringComparison.Ordinal);
        Assert.False(await app.InDbAsync(d => d.Vacancies.AnyAsync(v => v.Title == title, Ct)));
    }

    [Theory, Providers]
    public async Task an_adviser_of_another_region_gets_not_found_and_never_sees_the_vacancies(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateAdviserAsync("AM02", Roles.AccountManager);
        var teammate = await app.CreateAdviserAsync("AM02", Roles.AccountManager);
        await TeamAsync(app, "AM02", teammate);
        var api = app.ApiClient(owner);
        var employer = await api.RegisterEmployerAsync(postcode: "8911 AA", municipality: "Leeuwarden");
        var vacancy = await api.CreateVacancyAsync(employer, "Melkveehouder", b => { b["postcode"] = "8911 AA"; b["municipalityName"] = "Leeuwarden"; });
        var task = vacancy.GetProperty("tasks")[1].GetProperty("id").GetGuid();
        await api.EscalateAsync(vacancy.Id(), "Geheim", vacancy.Version());
        var stranger = await app.CreateAdviserAsync("AM01", Roles.AccountManager, Roles.Manager);
        var other = app.ApiClient(stranger);
        var id = vacancy.Id();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/vacancies/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/vacancies/{id}", VacancyTestData.Body(employer, change: b => b["version"] = 1), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.MoveAsync(id, "Open", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.EscalateAsync(id, "Overname", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/v1/vacancies/carve", new { employerId = employer, taskIds = new[] { task }, title = "X", hoursPerWeekMax = 8 }, Ct)).StatusCode);
        var ownEmployer = await other.RegisterEmployerAsync(postcode: "9711 AA", municipality: "Groningen");
        var carveWithForeignTask = await other.PostAsJsonAsync("/api/v1/vacancies/carve", new { employerId = ownEmployer, taskIds = new[] { task }, title = "X", hoursPerWeekMax = 8 }, Ct);
        Assert.Single((await carveWithForeignTask.ProblemAsync()).FieldErrors("taskIds"));
        // Filtered to what would list it if it were visible (page 1 of the growing shared list could miss it anyway).
        Assert.DoesNotContain(id, await other.ListIdsAsync($"ownerOrganisationId={owner.OrganisationId}"));
        Assert.DoesNotContain(id, await other.ListIdsAsync("municipality=Leeuwarden"));
        Assert.Empty(await other.ListIdsAsync($"employerId={employer}"));
        var notifications = await other.GetFromJsonAsync<JsonElement>("/api/v1/notifications", Ct);
        Assert.DoesNotContain(notifications.GetProperty("items").EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("Melkveehouder", StringComparison.Ordinal));
        var theirs = await app.InDbAsync(d => d.Notifications.Where(n => n.Link == $"/vacancies/{id}").Select(n => n.Id).ToListAsync(Ct));
        Assert.NotEmpty(theirs);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/notifications/{theirs[0]}/read", null, Ct)).StatusCode);
        Assert.Equal(VacancyStatus.Draft, await app.InDbAsync(d => d.Vacancies.Where(v => v.Id == id).Select(v => v.Status).SingleAsync(Ct)));
    }
}
