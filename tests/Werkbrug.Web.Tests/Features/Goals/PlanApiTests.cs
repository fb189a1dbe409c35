using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Goals;

/// <summary>
/// Plans, goals with progress, activities and history through /api/v1/plans and the pages, on the hand-made region of
/// <see cref="GoalWorld"/> (arranged once per provider); every expected progress is worked out by hand from its table.
/// </summary>
public sealed class PlanApiTests(Apps apps)
{
    private static readonly ConcurrentDictionary<Db, Lazy<Task<GoalWorld>>> Worlds = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(WerkbrugAppFactory App, GoalWorld World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await Worlds.GetOrAdd(db, _ => new Lazy<Task<GoalWorld>>(() => GoalWorld.ArrangeAsync(app))).Value);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> NewPlanAsync(HttpClient api, string title = "Uitvoeringsplan 2026") =>
        await OkAsync(await api.PostAsJsonAsync("/api/v1/plans", new { year = 2026, kind = "ExecutionPlan", title }, Ct), HttpStatusCode.Created);

    private static async Task<JsonElement> GoalAsync(HttpClient api, Guid plan, object goal) =>
        await OkAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/goals", goal, Ct), HttpStatusCode.Created);

    /// <summary>A goal's progress as "value|percent|status", "-" for none.</summary>
    private static string Progress(JsonElement goal)
    {
        var p = goal.GetProperty("progress");
        static string Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "-" : e.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{Number(p.GetProperty("value"))}|{Number(p.GetProperty("percentOfTarget"))}|{p.GetProperty("status").GetString()}";
    }

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    [Theory, Providers]
    public async Task each_goal_is_compared_with_the_figure_of_exactly_its_filter(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Coordinator);
        var plan = Id(await NewPlanAsync(api));
        const string from = "2026-04-01", to = "2026-06-30";

        // Q2 is over (today is later), so a goal is reached or behind.
        // Joint: 17 placements of a target of 20 = 85 %, behind.
        var joint = await GoalAsync(api, plan, new { indicatorKey = "placements", from, to, target = 20 });
        // The WW row of the benefit breakdown: 9 of 8 = 112.5 %, reached.
        var ww = await GoalAsync(api, plan, new { indicatorKey = "placements", from, to, target = 8, breakdownDimension = "benefit", breakdownKey = "Ww" });
        // Helmond (the work location): 14 of 10 = 140 %.
        var helmond = await GoalAsync(api, plan, new { indicatorKey = "placements", from, to, target = 10, municipality = "Helmond" });
        // Partner B placed 3: a small group, so no value and no percentage, only "not measurable".
        var partner = await GoalAsync(api, plan, new { indicatorKey = "placements", from, to, target = 5, organisation = world.B });
        // Another partner's candidates: 6 of 17 = 35.3 % of a target of 30 % = 117.7 %.
        var shared = await GoalAsync(api, plan, new { indicatorKey = "cross-partner-placements", from, to, target = 30 });
        // No period: the plan's year; time to fill: at most by default; no vacancy filled, so nothing to measure.
        var time = await GoalAsync(api, plan, new { indicatorKey = "time-to-fill", target = 40 });

        Assert.Equal(
            ["17|85|Behind", "9|112.5|Reached", "14|140|Reached", "-|-|NotMeasurable", "35.3|117.7|Reached", "-|-|NotMeasurable"],
            new[] { joint, ww, helmond, partner, shared, time }.Select(Progress));
        Assert.Equal(("Helmond", "AtLeast"), (helmond.GetProperty("municipality").GetString(), helmond.GetProperty("direction").GetString()));
        Assert.Equal(("2026", "AtMost"), (time.GetProperty("period").GetProperty("label").GetString(), time.GetProperty("direction").GetString()));

        // The plan lists the joint goals first, then the partner's; a manager's role is not needed to read: the analyst reads it too.
        var read = await OkAsync(await app.ApiClient(world.Analyst).GetAsync($"/api/v1/plans/{plan}", Ct));
        var goals = read.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal([Id(joint), Id(ww), Id(helmond), Id(shared), Id(time), Id(partner)], goals.Select(Id));
        Assert.Equal([true, true, true, true, true, false], goals.Select(g => g.GetProperty("joint").GetBoolean()));

        // The indicators page shows, for the same filter, the goal against the figure.
        var pages = await PageClient.LoginAsync(app, world.Analyst);
        var page = await pages.GetAsync($"/indicators?From={from}&To={to}");
        var rows = page.Document.QuerySelectorAll("#placements-goals tbody tr");
        Assert.Contains(rows, r => r.GetAttribute("data-goal") == Id(joint).ToString() && r.QuerySelector("[data-status]")!.TextContent.Trim() == "Achter");
        Assert.DoesNotContain(rows, r => r.GetAttribute("data-goal") == Id(partner).ToString()); // another filter (organisation B)

        // The yearly evaluation of 2026 lists the year's goals under their indicator, joint and partner, with the same progress.
        var evaluation = await OkAsync(await app.ApiClient(world.Analyst).GetAsync("/api/v1/indicators/evaluation?year=2026", Ct));
        var placementGoals = evaluation.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("figures").GetProperty("key").GetString() == "placements").GetProperty("goals").EnumerateArray().ToDictionary(Id, Progress);
        Assert.Equal(["17|85|Behind", "9|112.5|Reached", "14|140|Reached", "-|-|NotMeasurable"], new[] { joint, ww, helmond, partner }.Select(g => placementGoals[Id(g)]));
        var report = await pages.GetAsync("/indicators/evaluation?Year=2026");
        Assert.Equal("Achter", report.Document.QuerySelector($"#evaluation-placements-goals tr[data-goal='{Id(joint)}'] [data-status]")!.TextContent.Trim());
    }

    [Theory, Providers]
    public async Task invalid_goals_name_their_fields_and_change_nothing(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Coordinator);
        var plan = Id(await NewPlanAsync(api, "Plan met fouten"));

        var response = await api.PostAsJsonAsync($"/api/v1/plans/{plan}/goals", new
        {
            indicatorKey = "cross-partner-placements",
            target = 120,
            municipality = "Amersfoort",
            breakdownDimension = "benefit",
            breakdownKey = "Ww",
            from = "2026-04-01",
        }, Ct);
        var problem = await OkAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // A share is at most 100 %, Amersfoort is not in the region, this indicator has no benefit breakdown, and a period needs both ends.
        Assert.Equal(["breakdownDimension", "municipality", "target", "to"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var unknown = await OkAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/goals", new { indicatorKey = "happiness", target = 1 }, Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["indicatorKey"], unknown.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var read = await OkAsync(await api.GetAsync($"/api/v1/plans/{plan}", Ct));
        Assert.Equal(0, read.GetProperty("goals").GetArrayLength());
        Assert.Equal(["Plan:Created"], read.GetProperty("history").EnumerateArray().Select(c => $"{c.GetProperty("part").GetString()}:{c.GetProperty("action").GetString()}"));
    }

    [Theory, Providers]
    public async Task another_regions_plan_is_not_found_and_an_analyst_reads_but_does_not_edit(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var plan = await NewPlanAsync(app.ApiClient(world.Coordinator), "Marktbewerking De Peel");
        var elsewhere = app.ApiClient(await app.CreateAdviserAsync("AM33", Roles.RegionCoordinator));

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/plans/{Id(plan)}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PutAsJsonAsync($"/api/v1/plans/{Id(plan)}", new { year = 2026, kind = "MarketPlan", title = "Overgenomen", version = 0 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsJsonAsync($"/api/v1/plans/{Id(plan)}/goals", new { indicatorKey = "placements", target = 1 }, Ct)).StatusCode);
        Assert.DoesNotContain(await elsewhere.AllItemsAsync("/api/v1/plans"), p => Id(p) == Id(plan));

        var analyst = app.ApiClient(world.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/plans/{Id(plan)}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync($"/api/v1/plans/{Id(plan)}", new { year = 2026, kind = "MarketPlan", title = "Gewijzigd", version = 0 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync($"/api/v1/plans/{Id(plan)}/goals", new { indicatorKey = "placements", target = 1 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.CaseManagerB).GetAsync("/api/v1/plans", Ct)).StatusCode);
        Assert.Equal("Marktbewerking De Peel", (await OkAsync(await analyst.GetAsync($"/api/v1/plans/{Id(plan)}", Ct))).GetProperty("title").GetString());
    }

    [Theory, Providers]
    public async Task every_change_is_in_the_history_with_old_and_new_values_and_a_stale_version_is_refused(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Coordinator);
        var plan = Id(await NewPlanAsync(api, "Plan 2026"));
        var goal = await GoalAsync(api, plan, new { indicatorKey = "placements", target = 20 });
        var activity = await OkAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/activities", new { title = "Werkgeversontbijt", ownerOrganisationId = world.B, ownerUserId = world.CaseManagerB.Id, dueOn = "2026-09-01" }, Ct), HttpStatusCode.Created);
        Assert.Equal("Planned", activity.GetProperty("status").GetString());

        var changed = await OkAsync(await api.PutAsJsonAsync($"/api/v1/plans/{plan}/goals/{Id(goal)}", new { indicatorKey = "placements", target = 25, version = goal.GetProperty("version").GetInt32() }, Ct));
        var stale = await api.PutAsJsonAsync($"/api/v1/plans/{plan}/goals/{Id(goal)}", new { indicatorKey = "placements", target = 30, version = goal.GetProperty("version").GetInt32() }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await OkAsync(await api.PutAsJsonAsync($"/api/v1/plans/{plan}/activities/{Id(activity)}", new { title = "Werkgeversontbijt", ownerOrganisationId = world.B, status = "Done", dueOn = "2026-09-01", version = activity.GetProperty("version").GetInt32() }, Ct));
        await OkAsync(await api.DeleteAsync($"/api/v1/plans/{plan}/goals/{Id(goal)}?version={changed.GetProperty("version").GetInt32()}", Ct), HttpStatusCode.NoContent);

        var (organisationB, userB) = await app.InDbAsync(async d => (
            await d.Organisations.Where(o => o.Id == world.B).Select(o => o.Name).SingleAsync(Ct),
            await d.Users.Where(u => u.Id == world.CaseManagerB.Id).Select(u => u.DisplayName).SingleAsync(Ct)));
        var history = (await OkAsync(await api.GetAsync($"/api/v1/plans/{plan}/history", Ct))).GetProperty("items").EnumerateArray().Reverse().ToList();
        static string Line(JsonElement c) => $"{c.GetProperty("part").GetString()}:{c.GetProperty("action").GetString()}:" + string.Join(',', c.GetProperty("fields").EnumerateArray()
            .Select(f => $"{f.GetProperty("field").GetString()}={f.GetProperty("old").GetString()}>{f.GetProperty("new").GetString()}"));
        // Organisations and users are named; only what changed is listed; a deletion lists what was there.
        Assert.Equal(
            [
                "Plan:Created:Year=>2026,Kind=>ExecutionPlan,Title=>Plan 2026",
                "Goal:Created:IndicatorKey=>placements,From=>2026-01-01,To=>2026-12-31,Target=>20,Direction=>AtLeast",
                $"Activity:Created:Title=>Werkgeversontbijt,OwnerOrganisationId=>{organisationB},OwnerUserId=>{userB},Status=>Planned,DueOn=>2026-09-01",
                "Goal:Updated:Target=20>25",
                $"Activity:Updated:OwnerUserId={userB}>,Status=Planned>Done",
                "Goal:Deleted:IndicatorKey=placements>,From=2026-01-01>,To=2026-12-31>,Target=25>,Direction=AtLeast>",
            ],
            history.Select(Line));
        Assert.All(history, c => Assert.Equal(world.Coordinator.Id, c.GetProperty("userId").GetGuid()));
    }
}
