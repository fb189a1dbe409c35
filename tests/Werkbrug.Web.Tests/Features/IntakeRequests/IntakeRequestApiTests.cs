using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.IntakeRequests;

public sealed class IntakeRequestApiTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    [Theory, Providers]
    public async Task picks_up_answers_reopens_and_closes_with_a_history_of_every_step(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var request = await app.NewRequestAsync();
        var url = $"/api/v1/intake-requests/{request.Id}";

        var picked = await api.PostAsJsonAsync($"{url}/pick-up", new { version = request.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, picked.StatusCode);
        var view = await JsonAsync(picked);
        Assert.Equal("InProgress", view.GetProperty("status").GetString());
        Assert.Equal(user.Id, view.GetProperty("ownerUserId").GetGuid());

        var answered = await api.PostAsJsonAsync($"{url}/answer", new { answer = "Gebeld, intake volgende week.", version = view.GetProperty("version").GetInt32() }, Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        view = await JsonAsync(answered);
        Assert.Equal("Answered", view.GetProperty("status").GetString());
        Assert.Equal("Gebeld, intake volgende week.", view.GetProperty("answer").GetString());

        var reopened = await api.PostAsJsonAsync($"{url}/reopen", new { version = view.GetProperty("version").GetInt32() }, Ct);
        view = await JsonAsync(reopened);
        Assert.Equal("InProgress", view.GetProperty("status").GetString());

        var closed = await api.PostAsJsonAsync($"{url}/close", new { reason = "Werkgever heeft zelf iemand gevonden.", version = view.GetProperty("version").GetInt32() }, Ct);
        view = await JsonAsync(closed);
        Assert.Equal("Closed", view.GetProperty("status").GetString());

        var history = (await JsonAsync(await api.GetAsync(url, Ct))).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["PickedUp", "Answered", "Reopened", "Closed"], history.Select(h => h.GetProperty("kind").GetString()!));
        Assert.All(history, h => Assert.Equal(user.Id, h.GetProperty("userId").GetGuid()));
        Assert.Equal("Werkgever heeft zelf iemand gevonden.", history[^1].GetProperty("note").GetString());
    }

    [Theory, Providers]
    public async Task a_transition_the_rules_forbid_is_a_409_and_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var request = await app.NewRequestAsync();

        var response = await api.PostAsJsonAsync($"/api/v1/intake-requests/{request.Id}/answer", new { answer = "Al gebeld.", version = request.Version }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Ontvangen", (await response.ProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await app.InDbAsync(d => d.IntakeRequests.SingleAsync(r => r.Id == request.Id, Ct));
        Assert.Equal(IntakeRequestStatus.New, stored.Status);
        Assert.Null(stored.Answer);
        Assert.False(await app.InDbAsync(d => d.IntakeRequestEvents.AnyAsync(e => e.IntakeRequestId == request.Id, Ct)));
    }

    [Theory, Providers]
    public async Task a_stale_version_is_refused_with_the_stale_version_message(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var request = await app.NewRequestAsync();
        var url = $"/api/v1/intake-requests/{request.Id}";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{url}/pick-up", new { version = request.Version }, Ct)).StatusCode);

        var stale = await api.PostAsJsonAsync($"{url}/close", new { reason = "Dubbel ingediend.", version = request.Version }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("intussen gewijzigd", (await stale.ProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(IntakeRequestStatus.InProgress, await app.InDbAsync(d => d.IntakeRequests.Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task an_answer_that_looks_like_it_holds_a_bsn_is_refused(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var request = await app.NewRequestAsync(status: IntakeRequestStatus.InProgress);

        var response = await api.PostAsJsonAsync($"/api/v1/intake-requests/{request.Id}/answer", new { answer = "Kandidaat 111222333 voorgesteld.", version = request.Version }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("burgerservicenummer", Assert.Single((await response.ProblemAsync()).FieldErrors("answer")), StringComparison.Ordinal);
        Assert.Null(await app.InDbAsync(d => d.IntakeRequests.Where(r => r.Id == request.Id).Select(r => r.Answer).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task assigns_to_a_team_and_an_adviser_but_not_to_unknown_ids_or_another_regions_adviser(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var colleague = await app.CreateAdviserAsync("AM14", Roles.RegionCoordinator);
        var elsewhere = await app.CreateAdviserAsync("AM01", Roles.AccountManager);
        var api = app.ApiClient(user);
        var request = await app.NewRequestAsync();
        var teamId = await app.InDbAsync(d => d.Teams.Where(t => t.RegionCode == "AM14").Select(t => t.Id).FirstAsync(Ct));
        var url = $"/api/v1/intake-requests/{request.Id}/assign";

        var unknown = await api.PostAsJsonAsync(url, new { teamId = Guid.NewGuid(), userId = elsewhere.Id, version = request.Version }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.ProblemAsync();
        Assert.Contains("team van uw regio", Assert.Single(problem.FieldErrors("teamId")), StringComparison.Ordinal);
        Assert.Contains("adviseur van uw regio", Assert.Single(problem.FieldErrors("userId")), StringComparison.Ordinal);

        var assigned = await api.PostAsJsonAsync(url, new { teamId, userId = colleague.Id, version = request.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var view = await JsonAsync(assigned);
        Assert.Equal(teamId, view.GetProperty("teamId").GetGuid());
        Assert.Equal(colleague.Id, view.GetProperty("ownerUserId").GetGuid());
        Assert.Equal("New", view.GetProperty("status").GetString());
        Assert.Equal("Assigned", view.GetProperty("history")[0].GetProperty("kind").GetString());
    }

    [Theory, Providers]
    public async Task lists_with_filters_and_marks_late_requests(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var late = await app.NewRequestAsync(dueDate: IntakeTestData.LongAgo(), status: IntakeRequestStatus.InProgress, ownerUserId: user.Id);
        var onTime = await app.NewRequestAsync(status: IntakeRequestStatus.InProgress, ownerUserId: user.Id);
        var answeredLate = await app.NewRequestAsync(dueDate: IntakeTestData.LongAgo(), status: IntakeRequestStatus.Answered, ownerUserId: user.Id);

        var mine = await JsonAsync(await api.GetAsync("/api/v1/intake-requests?mine=true", Ct));
        var rows = mine.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("reference").GetString()!);

        Assert.Equal(3, mine.GetProperty("total").GetInt32());
        Assert.True(rows[late.Reference].GetProperty("isOverdue").GetBoolean());
        Assert.False(rows[onTime.Reference].GetProperty("isOverdue").GetBoolean());
        Assert.False(rows[answeredLate.Reference].GetProperty("isOverdue").GetBoolean());
        Assert.Equal(onTime.Reference, mine.GetProperty("items")[0].GetProperty("reference").GetString());

        var overdue = await JsonAsync(await api.GetAsync("/api/v1/intake-requests?mine=true&overdue=true&status=InProgress&type=Vacancy", Ct));
        Assert.Equal(late.Reference, Assert.Single(overdue.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());

        var bad = await api.GetAsync("/api/v1/intake-requests?status=Somewhere", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory, Providers]
    public async Task the_overdue_overview_is_for_managers_and_coordinators_only(Db db)
    {
        var app = apps.For(db);
        var late = await app.NewRequestAsync(dueDate: IntakeTestData.LongAgo());
        var manager = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.Manager));

        var overdue = await manager.AllItemsAsync("/api/v1/intake-requests/overdue");

        var item = overdue.Single(r => r.GetProperty("reference").GetString() == late.Reference);
        Assert.True(item.GetProperty("workingDaysLate").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("teamId").ValueKind);
        Assert.Equal(overdue.OrderBy(r => r.GetProperty("dueDate").GetString(), StringComparer.Ordinal).Select(r => r.GetProperty("id").GetGuid()), overdue.Select(r => r.GetProperty("id").GetGuid()));

        var accountManager = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var caseManager = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.CaseManager));
        Assert.Equal(HttpStatusCode.Forbidden, (await accountManager.GetAsync("/api/v1/intake-requests/overdue", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/intake-requests/overdue", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/intake-requests", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task the_list_finds_a_request_by_its_whole_reference_in_any_case_or_by_part_of_the_company_name(Db db)
    {
        var app = apps.For(db);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var request = await app.NewRequestAsync(company: $"Bakkerij Zoekmans {unique} B.V.");
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));

        async Task<List<string>> FoundAsync(string q) =>
            [.. (await JsonAsync(await api.GetAsync($"/api/v1/intake-requests?q={Uri.EscapeDataString(q)}", Ct))).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!)];

        Assert.Equal([request.Reference], await FoundAsync($"  {request.Reference.ToLowerInvariant()} "));
        Assert.Equal([request.Reference], await FoundAsync($"zoekmans {unique.ToUpperInvariant()}"));
        Assert.Empty(await FoundAsync($"Bakkerij Zoekmans {unique} Noord"));
        var tooLong = await api.GetAsync($"/api/v1/intake-requests?q={new string('a', 201)}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
    }

    [Theory, Providers]
    public async Task an_adviser_of_another_region_never_sees_the_request(Db db)
    {
        var app = apps.For(db);
        var request = await app.NewRequestAsync(dueDate: IntakeTestData.LongAgo());
        var other = app.ApiClient(await app.CreateAdviserAsync("AM01", Roles.Manager));
        var url = $"/api/v1/intake-requests/{request.Id}";

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"{url}/pick-up", new { version = request.Version }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"{url}/close", new { reason = "Weg", version = request.Version }, Ct)).StatusCode);
        // Searched by its reference, so the answer is that one request or nothing, however long the shared lists grow.
        var search = $"/api/v1/intake-requests?overdue=true&q={request.Reference}";
        var list = string.Join('\n', (await other.AllItemsAsync(search)).Select(r => r.GetRawText()));
        var overdue = string.Join('\n', (await other.AllItemsAsync("/api/v1/intake-requests/overdue")).Select(r => r.GetRawText()));
        var own = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.Manager));
        Assert.Contains(await own.AllItemsAsync(search), r => r.GetProperty("reference").GetString() == request.Reference);
        Assert.Equal(0, (await JsonAsync(await other.GetAsync(search, Ct))).GetProperty("total").GetInt32());
        Assert.DoesNotContain(request.Reference, list, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Reference, overdue, StringComparison.Ordinal);
        Assert.Equal(IntakeRequestStatus.New, await app.InDbAsync(d => d.IntakeRequests.Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync(Ct)));
    }
}
