using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Tests.Features.IntakeRequests;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Surveys;

/// <summary>
/// Region AM20 (JobSeekerPrivacyTests' region, which has job seekers only: this class adds users, one employer and survey
/// answers), arranged once per provider:
/// <code>
/// Employer satisfaction, 2026 (4 responses: below the small-group threshold of 5, so every aggregate is hidden)
///   1 Feb  mark 4, why "De kandidaten pasten niet", candidates' quality "Ontevreden", would not recommend: shared with Adviser
///   1 Mar  mark 8, would recommend: shared with Adviser
///   2 Mar  mark 9, "Snelle reactie": not shared (nothing links it to anyone)
///   3 Mar  mark 7: shared with Colleague
/// Employer satisfaction, 2025: 6 responses, not shared, marks 3 with the texts "Reden 1" … "Reden 6"
/// Job-seeker satisfaction, 2026: mark 6, shared with the case manager who handed over the link
/// A response in region AM21 that names Adviser: never seen from AM20
/// </code>
/// </summary>
public sealed record SharingWorld(
    TestUser Coordinator, TestUser Adviser, TestUser Colleague, TestUser Analyst, TestUser Manager, TestUser CaseManager,
    Guid Employer, string EmployerName, Guid Satisfaction, Guid JobSeekers, Guid[] Shared, Guid NotShared, Guid OtherRegion)
{
    public const string Region = "AM20";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SharingWorld> ArrangeAsync(WerkbrugAppFactory app)
    {
        var coordinator = await app.CreateAdviserAsync(Region, Roles.RegionCoordinator);
        var adviser = await app.CreateUserInOrganisationAsync(coordinator, Roles.AccountManager);
        var colleague = await app.CreateUserInOrganisationAsync(coordinator, Roles.AccountManager);
        var analyst = await app.CreateUserInOrganisationAsync(coordinator, Roles.Analyst);
        var manager = await app.CreateUserInOrganisationAsync(coordinator, Roles.Manager);
        var caseManager = await app.CreateUserInOrganisationAsync(coordinator, Roles.CaseManager);
        var name = EmployerPages.UniqueName("Enquêtewerkgever");
        var employer = await app.ApiClient(adviser).RegisterEmployerAsync(tradeName: name);
        var api = app.ApiClient(coordinator);
        async Task<Guid> StartAsync(string template)
        {
            var created = await api.PostAsJsonAsync("/api/v1/surveys", new { templateKey = template }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        }

        var satisfaction = await StartAsync("werkgeverstevredenheid");
        var jobSeekers = await StartAsync("werkzoekendentevredenheid");
        var shared = new Guid[4];
        var (notShared, otherRegion) = (Guid.Empty, Guid.Empty);
        await app.InDbAsync(async d =>
        {
            var versions = await d.SurveyVersions.Where(v => v.SurveyId == satisfaction || v.SurveyId == jobSeekers).ToDictionaryAsync(v => v.SurveyId, v => v.Id, Ct);
            SurveyResponse Response(Guid survey, DateOnly on, TestUser? with, Dictionary<string, Answer> answers, string region = Region) => new()
            {
                RegionCode = region,
                SurveyId = survey,
                VersionId = versions[survey],
                VersionNumber = 1,
                SubmittedOn = on,
                Trigger = survey == jobSeekers ? InvitationTrigger.JobSeekerHandover : InvitationTrigger.YearlyRound,
                Section = "H",
                Size = SizeBand.Employees10To49,
                SharedWithAdviser = with is not null,
                EmployerId = with is not null && survey == satisfaction ? employer : null,
                AdviserUserId = with?.Id,
                OrganisationId = coordinator.OrganisationId,
                Score = answers.Values.First().Number,
                Answers = Versions.AnswersToJson(answers),
            };

            var responses = new[]
            {
                Response(satisfaction, new DateOnly(2026, 2, 1), adviser, new()
                {
                    ["T1"] = Answer.Of(4), ["T2"] = Answer.Open("De kandidaten pasten niet"), ["T3"] = Answer.Grid(("kwaliteit", "2")), ["T4"] = Answer.Choose("nee"),
                }),
                Response(satisfaction, new DateOnly(2026, 3, 1), adviser, new() { ["T1"] = Answer.Of(8), ["T4"] = Answer.Choose("ja") }),
                Response(satisfaction, new DateOnly(2026, 3, 3), colleague, new() { ["T1"] = Answer.Of(7) }),
                Response(jobSeekers, new DateOnly(2026, 4, 1), caseManager, new() { ["W1"] = Answer.Of(6) }),
                Response(satisfaction, new DateOnly(2026, 3, 2), null, new() { ["T1"] = Answer.Of(9), ["T5"] = Answer.Open("Snelle reactie") }),
                Response(satisfaction, new DateOnly(2026, 3, 5), adviser, new() { ["T1"] = Answer.Of(1) }, region: "AM21"),
            };
            d.SurveyResponses.AddRange(responses);
            d.SurveyResponses.AddRange(Enumerable.Range(1, 6).Select(i => Response(satisfaction, new DateOnly(2025, 6, i), null, new() { ["T1"] = Answer.Of(3), ["T2"] = Answer.Open($"Reden {i}") })));
            for (var i = 0; i < 4; i++)
            {
                shared[i] = responses[i].Id;
            }

            (notShared, otherRegion) = (responses[4].Id, responses[5].Id);
            return await d.SaveChangesAsync(Ct);
        });
        return new SharingWorld(coordinator, adviser, colleague, analyst, manager, caseManager, employer, name, satisfaction, jobSeekers, shared, notShared, otherRegion);
    }
}

/// <summary>
/// Anonymity towards the adviser and who reads what, on both providers: an adviser sees only the responses whose respondents
/// agreed to be known to them (page and API, in the region), the aggregates still hide small groups whether shared or not,
/// and open answers are for the region coordinator only and only from the small-group threshold.
/// </summary>
public sealed class SurveySharingTests(Apps apps)
{
    private static readonly ConcurrentDictionary<Db, Lazy<Task<SharingWorld>>> Worlds = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(WerkbrugAppFactory App, SharingWorld World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await Worlds.GetOrAdd(db, _ => new Lazy<Task<SharingWorld>>(() => SharingWorld.ArrangeAsync(app))).Value);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static bool Refused(PageResult page) =>
        page.Response.StatusCode == HttpStatusCode.Forbidden || page.Path.StartsWith("/account/access-denied", StringComparison.Ordinal);

    [Theory, Providers]
    public async Task an_adviser_sees_only_the_responses_shared_with_them_with_every_answer_in_words(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var mine = await JsonAsync(await app.ApiClient(world.Adviser).GetAsync("/api/v1/surveys/shared-responses", Ct));
        var items = mine.GetProperty("items").EnumerateArray().ToList();
        // Newest first; not the unshared one, not the colleague's, not the one from another region.
        Assert.Equal([world.Shared[1], world.Shared[0]], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(2, mine.GetProperty("total").GetInt32());
        var first = items[1];
        Assert.Equal((world.Employer, world.EmployerName, 4, "2026-02-01"), (first.GetProperty("employerId").GetGuid(), first.GetProperty("employerName").GetString(), first.GetProperty("score").GetInt32(), first.GetProperty("submittedOn").GetString()));
        Assert.Equal(
            ["T1: 4", "T2: De kandidaten pasten niet", "T3: De kwaliteit van de voorgedragen kandidaten (vaardigheden, taal): Ontevreden", "T4: Nee"],
            first.GetProperty("answers").EnumerateArray().Select(a => $"{a.GetProperty("key").GetString()}: {a.GetProperty("answer").GetString()}"));

        // The filter on one survey; the colleague and the case manager each see their own.
        var none = await JsonAsync(await app.ApiClient(world.Adviser).GetAsync($"/api/v1/surveys/shared-responses?survey={world.JobSeekers}", Ct));
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var colleague = await JsonAsync(await app.ApiClient(world.Colleague).GetAsync("/api/v1/surveys/shared-responses", Ct));
        Assert.Equal([world.Shared[2]], colleague.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var caseManager = Assert.Single((await JsonAsync(await app.ApiClient(world.CaseManager).GetAsync("/api/v1/surveys/shared-responses", Ct))).GetProperty("items").EnumerateArray());
        Assert.Equal((world.Shared[3], JsonValueKind.Null, "JobSeekerHandover"), (caseManager.GetProperty("id").GetGuid(), caseManager.GetProperty("employerId").ValueKind, caseManager.GetProperty("trigger").GetString()));
        // Whoever gets no shared responses sees none; an analyst (aggregates only) may not ask.
        Assert.Equal(0, (await JsonAsync(await app.ApiClient(world.Coordinator).GetAsync("/api/v1/surveys/shared-responses", Ct))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.Analyst).GetAsync("/api/v1/surveys/shared-responses", Ct)).StatusCode);

        // The page: the same two, the employer named and linked, the answers as a list; the case manager's without an employer.
        var page = await (await PageClient.LoginAsync(app, world.Adviser)).GetAsync("/surveys/shared");
        Assert.Equal([world.Shared[1].ToString(), world.Shared[0].ToString()], page.Document.QuerySelectorAll("[data-response]").Select(s => s.GetAttribute("data-response")!));
        var section = page.Document.QuerySelector($"[data-response='{world.Shared[0]}']")!;
        Assert.Equal("Van " + world.EmployerName, section.QuerySelector("h2 a")!.TextContent);
        Assert.Equal($"/employers/{world.Employer}", section.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("De kandidaten pasten niet", section.QuerySelector("[data-answer='T2'] dd")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("nav a[href='/surveys/shared']"));
        var handedOver = await (await PageClient.LoginAsync(app, world.CaseManager)).GetAsync("/surveys/shared");
        Assert.Equal("Van een werkzoekende aan wie u de link gaf", handedOver.Document.QuerySelector("[data-response] h2")!.TextContent.Trim());
        Assert.True(Refused(await (await PageClient.LoginAsync(app, world.Analyst)).GetAsync("/surveys/shared")));
    }

    [Theory, Providers]
    public async Task sharing_changes_no_aggregate_a_small_year_stays_hidden_and_the_unshared_response_names_nobody(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        // 2026 has four employer responses, three of them shared: the results still hide every figure and the mark.
        var results = await JsonAsync(await app.ApiClient(world.Analyst).GetAsync($"/api/v1/surveys/{world.Satisfaction}/results?year=2026", Ct));
        Assert.Equal((4, 0), (results.GetProperty("responses").GetInt32(), results.GetProperty("questions").GetArrayLength()));
        var year = results.GetProperty("trend").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == 2026);
        Assert.Equal((true, JsonValueKind.Null), (year.GetProperty("suppressed").GetBoolean(), year.GetProperty("score").ValueKind));
        // The shared open answer is not readable in the aggregate either (one text, below the threshold).
        var open = await JsonAsync(await app.ApiClient(world.Coordinator).GetAsync($"/api/v1/surveys/{world.Satisfaction}/open-answers?question=T2&year=2026", Ct));
        Assert.Equal(0, open.GetProperty("total").GetInt32());

        // The unshared response keeps no employer and no adviser; nor does any response stored without consent.
        var stored = await app.InDbAsync(d => d.SurveyResponses.IgnoreQueryFilters().Where(r => r.Id == world.NotShared).Select(r => new { r.SharedWithAdviser, r.EmployerId, r.AdviserUserId }).SingleAsync(Ct));
        Assert.Equal((false, (Guid?)null, (Guid?)null), (stored.SharedWithAdviser, stored.EmployerId, stored.AdviserUserId));
    }

    [Theory, Providers]
    public async Task open_answers_are_for_the_region_coordinator_only_and_only_from_the_threshold(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var url = $"/api/v1/surveys/{world.Satisfaction}/open-answers?question=T2&year=2025";

        var texts = await JsonAsync(await app.ApiClient(world.Coordinator).GetAsync(url, Ct));
        Assert.Equal(["Reden 1", "Reden 2", "Reden 3", "Reden 4", "Reden 5", "Reden 6"], texts.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("value").GetString()));
        foreach (var user in new[] { world.Analyst, world.Manager, world.Adviser, world.CaseManager })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(user).GetAsync(url, Ct)).StatusCode);
        }

        // The results page links to them for the coordinator only; the open-answers page refuses the others.
        var coordinator = await PageClient.LoginAsync(app, world.Coordinator);
        var results = await coordinator.GetAsync($"/surveys/{world.Satisfaction}/results?Year=2025");
        var link = results.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").Single(h => h.Contains("/open-answers?Question=T2", StringComparison.Ordinal));
        var page = await coordinator.GetAsync(link);
        Assert.Equal(6, page.Document.QuerySelectorAll("#open-answers li").Length);
        var analyst = await PageClient.LoginAsync(app, world.Analyst);
        Assert.DoesNotContain((await analyst.GetAsync($"/surveys/{world.Satisfaction}/results?Year=2025")).Document.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("/open-answers", StringComparison.Ordinal));
        Assert.True(Refused(await analyst.GetAsync(link)));

        // Nor does an export carry them.
        var csv = await app.ApiClient(world.Analyst).GetStringAsync($"/api/v1/surveys/{world.Satisfaction}/results/export?format=csv&year=2025", Ct);
        Assert.DoesNotContain("Reden 1", csv, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_closed_front_door_request_invites_its_contact_who_agrees_to_be_known_and_the_owner_then_sees_the_answers(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var owner = await app.CreateUserInOrganisationAsync(world.Coordinator, Roles.AccountManager);
        var coordinator = app.ApiClient(world.Coordinator);
        var created = await coordinator.PostAsJsonAsync("/api/v1/surveys", new { templateKey = "werkgeverstevredenheid" }, Ct);
        var survey = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var read = await JsonAsync(await coordinator.GetAsync($"/api/v1/surveys/{survey}", Ct));
        await JsonAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{survey}/settings", new
        {
            isOpen = true,
            afterIntakeRequest = true,
            invitationPeriodDays = 365,
            linkValidDays = 30,
            version = read.GetProperty("version").GetInt32(),
        }, Ct));

        // The owner closes a front-door request: in the same save, its contact gets a personal link by mail.
        var request = await app.NewRequestAsync(SharingWorld.Region, status: IntakeRequestStatus.InProgress, ownerUserId: owner.Id);
        var api = app.ApiClient(owner);
        var current = await JsonAsync(await api.GetAsync($"/api/v1/intake-requests/{request.Id}", Ct));
        await JsonAsync(await api.PostAsJsonAsync($"/api/v1/intake-requests/{request.Id}/close", new { reason = "Vacature elders ingevuld", version = current.GetProperty("version").GetInt32() }, Ct));
        var mail = await app.InDbAsync(d => d.OutboxMails.SingleAsync(m => m.Recipient == request.Email && m.Kind == "survey-invitation", Ct));
        var protection = app.Services.GetRequiredService<IDataProtectionProvider>();
        var token = JsonSerializer.Deserialize<MailContent>(MailOutbox.Protector(protection, SharingWorld.Region).Unprotect(mail.SealedContent!))!.Values["Link"]["/enquete/".Length..];
        var invitation = await app.InDbAsync(d => d.SurveyInvitations.SingleAsync(i => i.TokenHash == SurveyRules.Hash(token), Ct));
        Assert.Equal((survey, InvitationTrigger.IntakeRequestClosed, (Guid?)owner.Id), (invitation.SurveyId, invitation.Trigger, invitation.AdviserUserId));

        // The contact answers and, at the end, ticks that the adviser may see the answers as theirs.
        var pages = new PageClient(app.CreateClient());
        var first = await pages.GetAsync($"/enquete/{token}");
        first.Document.QuerySelector("#survey-form")!.SetAttribute("action", $"/enquete/{token}?handler=Next");
        var next = await pages.SubmitAsync(first, "#survey-form", new() { ["q_T1"] = ["8"] });
        next.Document.QuerySelector("#survey-form")!.SetAttribute("action", $"/enquete/{token}?handler=Next");
        var end = await pages.SubmitAsync(next, "#survey-form", new() { ["q_T4"] = ["ja"] });
        Assert.Equal("Mijn adviseur mag zien dat deze antwoorden van mij zijn", end.Document.QuerySelector("label[for='share']")!.TextContent);
        end.Document.QuerySelector("#survey-form")!.SetAttribute("action", $"/enquete/{token}?handler=Send");
        Assert.NotNull((await pages.SubmitAsync(end, "#survey-form", new() { ["share"] = ["true"] })).Document.QuerySelector("#survey-done"));

        var shared = Assert.Single((await JsonAsync(await api.GetAsync("/api/v1/surveys/shared-responses", Ct))).GetProperty("items").EnumerateArray());
        Assert.Equal((survey, 8, "IntakeRequestClosed"), (shared.GetProperty("surveyId").GetGuid(), shared.GetProperty("score").GetInt32(), shared.GetProperty("trigger").GetString()));
        Assert.Equal(["T1: 8", "T4: Ja"], shared.GetProperty("answers").EnumerateArray().Select(a => $"{a.GetProperty("key").GetString()}: {a.GetProperty("answer").GetString()}"));
    }

    [Theory, Providers]
    public async Task the_coordinator_edits_a_question_as_a_new_version_and_a_case_manager_hands_over_a_link_that_opens(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var coordinator = app.ApiClient(world.Coordinator);
        var created = await coordinator.PostAsJsonAsync("/api/v1/surveys", new { templateKey = "werkgeverstevredenheid" }, Ct);
        var survey = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        // The editor: a condition on an option T1 does not have is refused at the field and changes nothing.
        var pages = await PageClient.LoginAsync(app, world.Coordinator);
        var form = await pages.GetAsync($"/surveys/{survey}/questions/T4");
        Assert.Equal("T4", form.Document.QuerySelector("#Input_Key")!.GetAttribute("value"));
        var refused = await pages.SubmitAsync(form, "#question-form", new() { ["Input.Condition"] = ["T1 = onbekend"] });
        Assert.False(string.IsNullOrWhiteSpace(refused.Document.QuerySelector("#Input_Condition-error")?.TextContent));
        Assert.Equal(1, (await JsonAsync(await coordinator.GetAsync($"/api/v1/surveys/{survey}", Ct))).GetProperty("currentVersion").GetInt32());

        // A valid change is version 2, with the condition and the English text kept.
        var saved = await pages.SubmitAsync(refused, "#question-form", new() { ["Input.Condition"] = ["T1 >= 6"], ["Input.TextEn"] = ["Would you recommend us to other employers?"] });
        Assert.Equal($"/surveys/{survey}", saved.Path);
        var read = await JsonAsync(await coordinator.GetAsync($"/api/v1/surveys/{survey}", Ct));
        var question = read.GetProperty("questionnaire").GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("key").GetString() == "T4");
        Assert.Equal((2, "T1 >= 6", "Would you recommend us to other employers?"), (read.GetProperty("currentVersion").GetInt32(), question.GetProperty("condition").GetString(), question.GetProperty("text").GetProperty("en").GetString()));
        Assert.True(Refused(await (await PageClient.LoginAsync(app, world.Analyst)).GetAsync($"/surveys/{survey}/questions/T4")));

        // A case manager makes a job seeker's link on the hand-over page; it is shown once and opens the questionnaire.
        var caseManager = await PageClient.LoginAsync(app, world.CaseManager);
        var handOver = await caseManager.SubmitAsync(await caseManager.GetAsync("/surveys/hand-over"), "#handover-form", new() { ["Input.SurveyId"] = [world.JobSeekers.ToString()] });
        var link = new Uri(handOver.Document.QuerySelector("#link-value")!.TextContent).PathAndQuery;
        Assert.StartsWith("/enquete/", link, StringComparison.Ordinal);
        var opened = await new PageClient(app.CreateClient()).GetAsync(link);
        Assert.Equal((HttpStatusCode.OK, "W1"), (opened.Response.StatusCode, opened.Document.QuerySelector("[data-question]")!.GetAttribute("data-question")));
    }
}
