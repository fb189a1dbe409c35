using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Aftercare;

/// <summary>
/// Aftercare tasks and worklists: "Mijn taken" overdue first, the manager's "Nazorg te laat" per team, completing,
/// rescheduling and adding contact moments, and who may see and act. Region AM07 (AM08 as another region).
/// </summary>
public sealed class AftercareTaskTests(Apps apps)
{
    private const string Region = "AM07";
    private const string OtherRegion = "AM08";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DutchTime.Today(TimeProvider.System);

    private static Guid[] Ids(JsonElement array) => [.. array.EnumerateArray().Select(t => t.GetProperty("id").GetGuid())];

    [Theory, Providers]
    public async Task skipped_aftercare_shows_as_overdue_for_the_adviser_and_the_manager(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var theirs = await app.RegisterJobSeekerAsync(world.OtherCaseManager);
        var own = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var rejected = await app.SentReferralAsync(world, theirs, world.OtherCaseManager);
        await app.RejectAsync(rejected.Id, world.Adviser.Id);
        var hired = await app.SentReferralAsync(world, own, world.OwnCaseManager);
        await app.HireAsync(hired.Id, world.Adviser.Id, Today);
        var feedback = Assert.Single(await app.TasksOfAsync(rejected.Id));
        var firstMoment = (await app.TasksOfAsync(hired.Id))[0];
        Assert.True(feedback.DueOn < firstMoment.DueOn);

        // Nothing is late yet.
        await app.KeepTokensValidAsync(world.Adviser, world.Manager, world.Stranger);
        var adviser = app.ApiClient(world.Adviser);
        var before = await (await adviser.GetAsync("/api/v1/aftercare-tasks", Ct)).JsonAsync();
        Assert.DoesNotContain(before.Items(), t => t.GetProperty("overdue").GetBoolean());
        Assert.Equal(0, (await (await adviser.GetAsync("/api/v1/aftercare-tasks?overdueOnly=true", Ct)).JsonAsync()).GetProperty("total").GetInt32());

        // The adviser skips the feedback conversation: the clock passes its due date (not the first contact moment's).
        using var later = app.Clock.Shift(TimeSpan.FromDays(feedback.DueOn.DayNumber - Today.DayNumber + 1));

        var mine = await (await adviser.GetAsync("/api/v1/aftercare-tasks", Ct)).JsonAsync();
        var tasks = mine.Items();
        Assert.Equal(feedback.Id, tasks[0].GetProperty("id").GetGuid());
        Assert.True(tasks[0].GetProperty("overdue").GetBoolean());
        Assert.Equal(1, tasks[0].GetProperty("daysLate").GetInt32());
        Assert.Equal("Feedback", tasks[0].GetProperty("kind").GetString());
        Assert.Equal(world.VacancyTitle, tasks[0].GetProperty("vacancyTitle").GetString());
        Assert.All(tasks.Skip(1), t => Assert.False(t.GetProperty("overdue").GetBoolean()));
        // The pseudonym only, for another organisation's candidate and (need-to-know: an adviser, nothing disclosed) the own one.
        Assert.Equal(JsonValueKind.Null, tasks[0].GetProperty("candidate").GetProperty("name").ValueKind);
        Assert.Equal(theirs.Pseudonym, tasks[0].GetProperty("candidate").GetProperty("pseudonym").GetString());
        Assert.Equal(JsonValueKind.Null, tasks[1].GetProperty("candidate").GetProperty("name").ValueKind);
        Assert.Equal(own.Pseudonym, tasks[1].GetProperty("candidate").GetProperty("pseudonym").GetString());

        var overdueOnly = await (await adviser.GetAsync("/api/v1/aftercare-tasks?overdueOnly=true", Ct)).JsonAsync();
        Assert.Equal([feedback.Id], Ids(overdueOnly.GetProperty("items")));
        Assert.Equal(1, overdueOnly.GetProperty("total").GetInt32());

        // The page: first row, marked late; the navigation counts it.
        var pages = await PageClient.LoginAsync(app, world.Adviser);
        var page = await pages.GetAsync("/tasks");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var firstRow = page.Document.QuerySelector("#open-tasks tbody tr")!;
        Assert.Equal($"task-{feedback.Id}", firstRow.Id);
        Assert.Contains("te laat", firstRow.TextContent, StringComparison.Ordinal);
        Assert.Contains(theirs.Pseudonym, firstRow.TextContent, StringComparison.Ordinal);
        var count = page.Document.QuerySelector("#nav-task-count")!.TextContent;
        Assert.Contains("1 te laat", count, StringComparison.Ordinal);
        Assert.Contains($"{tasks.Length} open", count, StringComparison.Ordinal);
        var filtered = await pages.GetAsync("/tasks?OverdueOnly=true");
        Assert.Single(filtered.Document.QuerySelectorAll("#open-tasks tbody tr"));

        // The manager sees it with the adviser's team, by pseudonym only.
        var overview = await (await app.ApiClient(world.Manager).GetAsync("/api/v1/aftercare-tasks/overdue", Ct)).JsonAsync();
        var late = Assert.Single(overview.Items());
        Assert.Equal(world.TeamName, late.GetProperty("teamName").GetString());
        Assert.Equal(world.Manager.OrganisationId, late.GetProperty("organisationId").GetGuid());
        Assert.Equal(feedback.Id, late.GetProperty("id").GetGuid());
        Assert.Equal(theirs.Pseudonym, late.GetProperty("pseudonym").GetString());
        Assert.Equal(1, late.GetProperty("daysLate").GetInt32());

        var managerPage = await (await PageClient.LoginAsync(app, world.Manager)).GetAsync("/aftercare/overdue");
        Assert.Equal(HttpStatusCode.OK, managerPage.Response.StatusCode);
        var row = managerPage.Document.QuerySelector($"#overdue-{feedback.Id}")!;
        Assert.Contains(theirs.Pseudonym, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(world.TeamName, row.Closest("section")!.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne ", managerPage.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(managerPage.Document.QuerySelector("a[href='/aftercare/overdue']"));

        // A manager of another organisation does not see it.
        var strangers = await (await app.ApiClient(world.Stranger).GetAsync("/api/v1/aftercare-tasks/overdue", Ct)).JsonAsync();
        Assert.Equal(0, strangers.GetProperty("total").GetInt32());
    }

    [Theory, Providers]
    public async Task a_task_completed_on_time_is_done_once_and_its_record_stays_sealed_and_out_of_the_logs(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var seeker = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var referral = await app.SentReferralAsync(world, seeker, world.OwnCaseManager);
        await app.RejectAsync(referral.Id, world.Adviser.Id);
        var task = Assert.Single(await app.TasksOfAsync(referral.Id));
        var adviser = app.ApiClient(world.Adviser);
        var outcome = "Werkgever mist heftruckervaring " + Guid.NewGuid().ToString("N")[..8];

        var future = await adviser.PostAsJsonAsync($"/api/v1/aftercare-tasks/{task.Id}/complete", new { completedOn = Today.AddDays(1), outcome, version = task.Version }, Ct);
        var problem = await future.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("completedOn", out _));
        var stale = await adviser.PostAsJsonAsync($"/api/v1/aftercare-tasks/{task.Id}/complete", new { completedOn = Today, outcome, version = task.Version + 1 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var empty = await adviser.PostAsJsonAsync($"/api/v1/aftercare-tasks/{task.Id}/complete", new { completedOn = Today, outcome = " ", version = task.Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Null((await app.TasksOfAsync(referral.Id))[0].CompletedOn);

        var done = await (await adviser.PostAsJsonAsync($"/api/v1/aftercare-tasks/{task.Id}/complete", new { completedOn = Today, outcome, version = task.Version }, Ct)).JsonAsync();
        Assert.True(done.GetProperty("doneOnTime").GetBoolean());
        var stored = Assert.Single(await app.TasksOfAsync(referral.Id));
        Assert.Equal(Today, stored.CompletedOn);
        Assert.DoesNotContain(outcome, stored.SealedOutcome!, StringComparison.Ordinal);

        var again = await adviser.PostAsJsonAsync($"/api/v1/aftercare-tasks/{task.Id}/complete", new { completedOn = Today, outcome = "Nog eens", version = done.GetProperty("version").GetInt32() }, Ct);
        var conflict = await again.JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("al afgerond", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = Assert.Single(await app.TasksOfAsync(referral.Id));
        Assert.Equal((stored.SealedOutcome, stored.Version, stored.CompletedOn), (after.SealedOutcome, after.Version, after.CompletedOn));

        var details = await (await adviser.GetAsync($"/api/v1/aftercare-tasks/{task.Id}", Ct)).JsonAsync();
        Assert.Equal(outcome, details.GetProperty("outcome").GetString());
        var list = await (await adviser.GetAsync("/api/v1/aftercare-tasks", Ct)).JsonAsync();
        Assert.DoesNotContain(task.Id, Ids(list.GetProperty("items")));
        var recentlyDone = await (await adviser.GetAsync("/api/v1/aftercare-tasks?done=true", Ct)).JsonAsync();
        Assert.Contains(task.Id, Ids(recentlyDone.GetProperty("items")));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(outcome, StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task another_organisation_cannot_see_or_complete_a_task_and_the_owner_sees_it_without_the_record(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var seeker = await app.RegisterJobSeekerAsync(world.OtherCaseManager);
        var referral = await app.SentReferralAsync(world, seeker, world.OtherCaseManager);
        await app.RejectAsync(referral.Id, world.Adviser.Id);
        var task = Assert.Single(await app.TasksOfAsync(referral.Id));
        var body = new { completedOn = Today, outcome = "Gesprek gevoerd", version = task.Version };

        var stranger = app.ApiClient(world.Stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/aftercare-tasks/{task.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/aftercare-tasks/{task.Id}/complete", body, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await PageClient.LoginAsync(app, world.Stranger)).GetAsync($"/tasks/{task.Id}")).Response.StatusCode);
        var elsewhere = app.ApiClient(await app.CreateAdviserAsync(OtherRegion, Roles.AccountManager));
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/aftercare-tasks/{task.Id}", Ct)).StatusCode);

        // The owner's case manager sees the task but may not act on it.
        var owner = app.ApiClient(world.OtherCaseManager);
        await (await owner.GetAsync($"/api/v1/aftercare-tasks/{task.Id}", Ct)).JsonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync($"/api/v1/aftercare-tasks/{task.Id}/complete", body, Ct)).StatusCode);
        Assert.Null((await app.TasksOfAsync(referral.Id))[0].CompletedOn);

        await (await app.ApiClient(world.Adviser).PostAsJsonAsync($"/api/v1/aftercare-tasks/{task.Id}/complete", body, Ct)).JsonAsync();
        var seen = await (await owner.GetAsync($"/api/v1/aftercare-tasks/{task.Id}", Ct)).JsonAsync();
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("outcome").ValueKind);
        Assert.Equal(seeker.Pseudonym, seen.GetProperty("candidate").GetProperty("pseudonym").GetString());
    }

    [Theory, Providers]
    public async Task case_managers_see_referrals_awaiting_their_decision_and_advisers_those_to_send(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var colleague = await app.CreateUserInOrganisationAsync(world.OtherCaseManager, Roles.CaseManager);
        var ownerManager = await app.CreateUserInOrganisationAsync(world.OtherCaseManager, Roles.Manager);
        var theirs = await app.RegisterJobSeekerAsync(world.OtherCaseManager);
        var own = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var awaiting = await app.ProposedReferralAsync(world, theirs, world.OtherCaseManager);
        var toSend = await app.ProposedReferralAsync(world, own, world.OwnCaseManager);
        var before = await app.ProcessingRecordsAsync(theirs.Pseudonym);

        var decider = await (await app.ApiClient(world.OtherCaseManager).GetAsync("/api/v1/aftercare-tasks/referrals", Ct)).JsonAsync();
        var row = Assert.Single(decider.Items());
        Assert.Equal(awaiting.Id, row.GetProperty("id").GetGuid());
        Assert.Equal("AwaitingOwner", row.GetProperty("status").GetString());
        Assert.StartsWith("Sanne ", row.GetProperty("candidate").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, decider.GetProperty("total").GetInt32());
        Assert.Equal(before + 1, await app.ProcessingRecordsAsync(theirs.Pseudonym));

        var other = await (await app.ApiClient(colleague).GetAsync("/api/v1/aftercare-tasks/referrals", Ct)).JsonAsync();
        Assert.Empty(other.Items());
        var managers = await (await app.ApiClient(ownerManager).GetAsync("/api/v1/aftercare-tasks/referrals", Ct)).JsonAsync();
        Assert.Equal([awaiting.Id], Ids(managers.GetProperty("items")));

        var adviser = await (await app.ApiClient(world.Adviser).GetAsync("/api/v1/aftercare-tasks/referrals", Ct)).JsonAsync();
        var proposed = Assert.Single(adviser.Items());
        Assert.Equal(toSend.Id, proposed.GetProperty("id").GetGuid());
        Assert.Equal("Proposed", proposed.GetProperty("status").GetString());

        var page = await (await PageClient.LoginAsync(app, world.OtherCaseManager)).GetAsync("/tasks");
        Assert.NotNull(page.Document.QuerySelector($"#awaiting-decision a[href='/referrals/{awaiting.Id}']"));
        Assert.Contains("(1 open)", page.Document.QuerySelector("#nav-task-count")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task an_open_task_can_be_rescheduled_to_a_colleague_and_the_plan_gets_an_extra_contact_moment(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var colleague = await app.CreateUserInOrganisationAsync(world.Adviser, Roles.AccountManager);
        var seeker = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var referral = await app.SentReferralAsync(world, seeker, world.OwnCaseManager);
        var placement = await app.HireAsync(referral.Id, world.Adviser.Id, Today);
        var moment = (await app.TasksOfAsync(referral.Id))[0];
        var adviser = app.ApiClient(world.Adviser);

        var outsider = await adviser.PutAsJsonAsync($"/api/v1/aftercare-tasks/{moment.Id}", new { dueOn = Today.AddDays(20), assigneeUserId = world.Stranger.Id, label = "Evaluatie", version = moment.Version }, Ct);
        Assert.True((await outsider.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("assigneeUserId", out _));
        var past = await adviser.PutAsJsonAsync($"/api/v1/aftercare-tasks/{moment.Id}", new { dueOn = Today.AddDays(-1), assigneeUserId = colleague.Id, version = moment.Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);

        var moved = await (await adviser.PutAsJsonAsync($"/api/v1/aftercare-tasks/{moment.Id}", new { dueOn = Today.AddDays(20), assigneeUserId = colleague.Id, label = "Evaluatie met jobcoach", version = moment.Version }, Ct)).JsonAsync();
        Assert.Equal(colleague.Id, moved.GetProperty("assigneeUserId").GetGuid());
        var stale = await adviser.PutAsJsonAsync($"/api/v1/aftercare-tasks/{moment.Id}", new { dueOn = Today.AddDays(21), assigneeUserId = colleague.Id, version = moment.Version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var colleagues = await (await app.ApiClient(colleague).GetAsync("/api/v1/aftercare-tasks", Ct)).JsonAsync();
        Assert.Contains(moment.Id, Ids(colleagues.GetProperty("items")));

        var added = await adviser.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/aftercare-tasks", new { dueOn = Today.AddDays(45), label = "Extra bezoek" }, Ct);
        var created = await added.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/aftercare-tasks/{created.GetProperty("id").GetGuid()}", added.Headers.Location!.OriginalString);
        Assert.Contains(await app.TasksOfAsync(referral.Id), t => t.Label == "Extra bezoek" && t.AssigneeUserId == world.Adviser.Id);
        var strangers = await app.ApiClient(world.Stranger).PostAsJsonAsync($"/api/v1/placements/{placement.Id}/aftercare-tasks", new { dueOn = Today.AddDays(45) }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, strangers.StatusCode);
    }

    [Theory, Providers]
    public async Task aftercare_goes_only_to_colleagues_who_do_aftercare_and_is_not_done_before_the_job_starts(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var analyst = await app.CreateUserInOrganisationAsync(world.Adviser, Roles.Analyst);
        var administrator = await app.CreateUserInOrganisationAsync(world.Adviser, Roles.Administrator);
        var seeker = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var referral = await app.SentReferralAsync(world, seeker, world.OwnCaseManager);
        await app.HireAsync(referral.Id, world.Adviser.Id, Today.AddDays(7));
        var moment = (await app.TasksOfAsync(referral.Id))[0];
        var adviser = app.ApiClient(world.Adviser);

        foreach (var nobody in new[] { analyst, administrator })
        {
            var handed = await adviser.PutAsJsonAsync($"/api/v1/aftercare-tasks/{moment.Id}", new { dueOn = moment.DueOn, assigneeUserId = nobody.Id, version = moment.Version }, Ct);
            var problem = await handed.JsonAsync(HttpStatusCode.BadRequest);
            Assert.Contains("die nazorg doet", problem.GetProperty("errors").GetProperty("assigneeUserId")[0].GetString(), StringComparison.Ordinal);
        }

        var early = await adviser.PostAsJsonAsync($"/api/v1/aftercare-tasks/{moment.Id}/complete", new { completedOn = Today, outcome = "Kennismaking", version = moment.Version }, Ct);
        var refused = await early.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("vóór de eerste werkdag", refused.GetProperty("errors").GetProperty("completedOn")[0].GetString(), StringComparison.Ordinal);
        var unchanged = (await app.TasksOfAsync(referral.Id))[0];
        Assert.Equal((world.Adviser.Id, (DateOnly?)null), (unchanged.AssigneeUserId, unchanged.CompletedOn));

        // The task page offers only those who do aftercare.
        var (_, page) = await (await app.SignInAsync(world.Adviser)).GetAsync($"/tasks/{moment.Id}");
        var offered = page.QuerySelectorAll("select[name='Reschedule.AssigneeUserId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(world.Adviser.Id.ToString(), offered);
        Assert.DoesNotContain(analyst.Id.ToString(), offered);
        Assert.DoesNotContain(administrator.Id.ToString(), offered);
    }

    [Theory, Providers]
    public async Task the_adviser_completes_a_task_through_the_page(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var seeker = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var referral = await app.SentReferralAsync(world, seeker, world.OwnCaseManager);
        await app.RejectAsync(referral.Id, world.Adviser.Id);
        var task = Assert.Single(await app.TasksOfAsync(referral.Id));
        var pages = await PageClient.LoginAsync(app, world.Adviser);

        var page = await pages.GetAsync($"/tasks/{task.Id}");
        Assert.Equal(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ((IHtmlInputElement)page.Document.QuerySelector("#Input_CompletedOn")!).Value);
        var refused = await pages.SubmitAsync(page, "#complete-form", new() { ["Input.Outcome"] = [string.Empty] });
        Assert.NotNull(refused.Document.QuerySelector("#Input_Outcome-error"));

        var done = await pages.SubmitAsync(page, "#complete-form", new() { ["Input.Outcome"] = ["Goed gesprek met de werkgever."] });
        Assert.Equal($"/tasks/{task.Id}", done.Path);
        Assert.Equal("Goed gesprek met de werkgever.", done.Document.QuerySelector("#task-outcome")!.TextContent);
        Assert.Null(done.Document.QuerySelector("#complete-form"));
        Assert.NotNull((await app.TasksOfAsync(referral.Id))[0].CompletedOn);
    }
}
