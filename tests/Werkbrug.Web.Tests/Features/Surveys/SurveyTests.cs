using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Surveys;

/// <summary>
/// A region (AM34, shared with VumContractTests, which adds job seekers only: the brief’s AM16 is no region) with a coordinator, an analyst and three client employers, two with a contact's e-mail address; arranged
/// once per provider. Each test starts its own survey, so the tests do not see each other's invitations.
/// </summary>
public sealed record SurveyWorld(TestUser Coordinator, TestUser Analyst, Guid WithMailA, Guid WithMailB, Guid WithoutMail)
{
    public const string Region = "AM34";

    public static async Task<SurveyWorld> ArrangeAsync(WerkbrugAppFactory app)
    {
        var coordinator = await app.CreateAdviserAsync(Region, Roles.RegionCoordinator, Roles.AccountManager);
        var analyst = await app.CreateUserInOrganisationAsync(coordinator, Roles.Analyst);
        var api = app.ApiClient(coordinator);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await api.RegisterEmployerAsync());
        }

        await app.InDbAsync(async db =>
        {
            foreach (var (id, index) in ids.Select((id, index) => (id, index)))
            {
                var employer = await db.Employers.SingleAsync(e => e.Id == id);
                employer.Status = EmployerStatus.Client;
                employer.HandOver(coordinator.Id, null, DateTime.UtcNow, coordinator.Id, null);
                employer.ContactPersons.Add(new ContactPerson { Name = "Contact " + index, Email = index < 2 ? $"enquete-{id:N}@test.werkbrug.nl" : null });
            }

            return await db.SaveChangesAsync();
        });
        return new SurveyWorld(coordinator, analyst, ids[0], ids[1], ids[2]);
    }
}

/// <summary>Surveys through /api/v1/surveys and the public link, on SQLite and PostgreSQL.</summary>
public sealed class SurveyTests(Apps apps)
{
    private static readonly ConcurrentDictionary<Db, Lazy<Task<SurveyWorld>>> Worlds = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(WerkbrugAppFactory App, SurveyWorld World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await Worlds.GetOrAdd(db, _ => new Lazy<Task<SurveyWorld>>(() => SurveyWorld.ArrangeAsync(app))).Value);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<Guid> StartAsync(HttpClient api, string template) =>
        (await OkAsync(await api.PostAsJsonAsync("/api/v1/surveys", new { templateKey = template }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static string Round(JsonElement r) =>
        $"{r.GetProperty("invited").GetInt32()} {r.GetProperty("invitedRecently").GetInt32()} {r.GetProperty("optedOut").GetInt32()} {r.GetProperty("noAddress").GetInt32()}";

    /// <summary>The tokens of the survey invitations in the outbox to <paramref name="employers"/>' contacts, opened as the mail sender would.</summary>
    private static async Task<Dictionary<Guid, string>> TokensAsync(WerkbrugAppFactory app, Guid survey, params Guid[] employers)
    {
        var protection = app.Services.GetRequiredService<IDataProtectionProvider>();
        var mails = await app.InDbAsync(db => db.OutboxMails.Where(m => m.RegionCode == SurveyWorld.Region && m.Kind == "survey-invitation").ToListAsync(Ct));
        var tokens = new Dictionary<Guid, string>();
        foreach (var employer in employers)
        {
            var values = mails.Where(m => m.Recipient == $"enquete-{employer:N}@test.werkbrug.nl" && m.SealedContent is not null)
                .Select(m => JsonSerializer.Deserialize<MailContent>(MailOutbox.Protector(protection, SurveyWorld.Region).Unprotect(m.SealedContent!))!.Values)
                .Last(v => v["SurveyTitle"] == "Werkgeverstevredenheid");
            var token = values["Link"]["/enquete/".Length..];
            Assert.Equal("/enquete/afmelden/" + token, values["UnsubscribeLink"]);
            var invitation = await app.InDbAsync(db => db.SurveyInvitations.SingleAsync(i => i.TokenHash == SurveyRules.Hash(token), Ct));
            if (invitation.SurveyId == survey)
            {
                tokens[employer] = token;
            }
        }

        return tokens;
    }

    /// <summary>Clicks a button of the response form (its formaction) with the given answers.</summary>
    private static async Task<PageResult> ClickAsync(PageClient pages, PageResult page, string token, string handler, Dictionary<string, string[]>? values = null)
    {
        page.Document.QuerySelector("#survey-form")!.SetAttribute("action", $"/enquete/{token}?handler={handler}");
        return await pages.SubmitAsync(page, "#survey-form", values);
    }

    [Theory, Providers]
    public async Task the_yearly_round_invites_once_per_period_respects_unsubscribes_and_a_response_arrives_through_the_link(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Coordinator);
        var survey = await StartAsync(api, "werkgeverstevredenheid");

        // Two client employers have an address, one has none; a second round within the period invites nobody again.
        Assert.Equal("2 0 0 1", Round(await OkAsync(await api.PostAsync($"/api/v1/surveys/{survey}/yearly-round", null, Ct))));
        Assert.Equal("0 2 0 1", Round(await OkAsync(await api.PostAsync($"/api/v1/surveys/{survey}/yearly-round", null, Ct))));
        var tokens = await TokensAsync(app, survey, world.WithMailA, world.WithMailB);

        // Employer A answers on the public page (no account): a mark of 4 brings the "why" question (T2), which a mark of 8 would not.
        var pages = new PageClient(app.CreateClient());
        var first = await pages.GetAsync($"/enquete/{tokens[world.WithMailA]}");
        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Equal(["T1"], first.Document.QuerySelectorAll("[data-question]").Select(q => q.GetAttribute("data-question")));
        var refused = await ClickAsync(pages, first, tokens[world.WithMailA], "Next", new() { ["q_T1"] = ["11"] });
        Assert.Contains("Vul een getal in van 1 tot en met 10.", refused.Document.QuerySelector("#q_T1-error")!.TextContent, StringComparison.Ordinal);
        var second = await ClickAsync(pages, refused, tokens[world.WithMailA], "Next", new() { ["q_T1"] = ["4"] });
        Assert.Equal(["T2", "T3", "T4", "T5", "T6"], second.Document.QuerySelectorAll("[data-question]").Select(q => q.GetAttribute("data-question")));
        var end = await ClickAsync(pages, second, tokens[world.WithMailA], "Next", new()
        {
            ["q_T2"] = ["De kandidaten pasten niet"],
            ["q_T3_kwaliteit"] = ["2"],
            ["q_T3_reactie"] = ["4"],
            ["q_T4"] = ["nee"],
        });
        Assert.NotNull(end.Document.QuerySelector("#survey-end"));
        var done = await ClickAsync(pages, end, tokens[world.WithMailA], "Send", new() { ["share"] = ["true"] });
        Assert.NotNull(done.Document.QuerySelector("#survey-done"));
        // The link is used up.
        Assert.Equal(HttpStatusCode.Gone, (await pages.GetAsync($"/enquete/{tokens[world.WithMailA]}")).Response.StatusCode);

        var response = await app.InDbAsync(d => d.SurveyResponses.SingleAsync(r => r.SurveyId == survey, Ct));
        Assert.Equal((4, true, world.WithMailA, world.Coordinator.Id), (response.Score, response.SharedWithAdviser, response.EmployerId, response.AdviserUserId));
        Assert.Equal(["T1", "T2", "T3", "T4"], Versions.AnswersFromJson(response.Answers).Keys.Order(StringComparer.Ordinal));

        // Employer B unsubscribes; with a period of one day and two days later, only A is invited again.
        var unsubscribe = await pages.GetAsync($"/enquete/afmelden/{tokens[world.WithMailB]}");
        Assert.NotNull((await pages.SubmitAsync(unsubscribe)).Document.QuerySelector("#unsubscribed"));
        var read = await OkAsync(await api.GetAsync($"/api/v1/surveys/{survey}", Ct));
        await OkAsync(await api.PutAsJsonAsync($"/api/v1/surveys/{survey}/settings", new { isOpen = true, invitationPeriodDays = 1, linkValidDays = 30, version = read.GetProperty("version").GetInt32() }, Ct));
        // Two days later (the invitations moved back two days): the period of one day has passed.
        await app.InDbAsync(d => d.SurveyInvitations.Where(i => i.SurveyId == survey)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.CreatedAtUtc, i => i.CreatedAtUtc.AddDays(-2)), Ct));
        Assert.Equal("1 0 1 1", Round(await OkAsync(await api.PostAsync($"/api/v1/surveys/{survey}/yearly-round", null, Ct))));

        // An unknown link is a 404 with a Dutch page.
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/enquete/onbekend")).Response.StatusCode);
    }

    [Theory, Providers]
    public async Task weighting_to_the_population_corrects_skewed_response_where_the_unweighted_share_misses(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Coordinator);
        var survey = await StartAsync(api, "werkgeverstevredenheid");

        // Population 2026: 8,000 small and 2,000 medium employers in section G. 30 % of small and 80 % of medium ones would
        // recommend the service point: 40 % of all. Both strata answered 100 times, so the small ones are under-represented:
        // unweighted 110 of 200 = 55 %; weighted 100·80 and 100·20 give (30·80 + 80·20) / 10,000 = 40 %.
        await OkAsync(await api.PostAsync("/api/v1/surveys/population?year=2026", new StringContent("sectie;grootteklasse;aantal\nG;1-9;8000\nG;10-49;2000\n", System.Text.Encoding.UTF8, "text/csv"), Ct));
        await app.InDbAsync(async d =>
        {
            var version = await d.SurveyVersions.SingleAsync(v => v.SurveyId == survey, Ct);
            SurveyResponse Response(SizeBand size, string recommend, int mark) => new()
            {
                RegionCode = SurveyWorld.Region,
                SurveyId = survey,
                VersionId = version.Id,
                VersionNumber = 1,
                SubmittedOn = new DateOnly(2026, 6, 1),
                Trigger = InvitationTrigger.YearlyRound,
                Section = "G",
                Size = size,
                Score = mark,
                Answers = Versions.AnswersToJson(new Dictionary<string, Answer> { ["T1"] = Answer.Of(mark), ["T4"] = Answer.Choose(recommend) }),
            };
            for (var i = 0; i < 100; i++)
            {
                d.SurveyResponses.Add(Response(SizeBand.Employees1To9, i < 30 ? "ja" : "nee", i < 30 ? 8 : 6));
                d.SurveyResponses.Add(Response(SizeBand.Employees10To49, i < 80 ? "ja" : "nee", i < 80 ? 8 : 6));
            }

            return await d.SaveChangesAsync(Ct);
        });

        var results = await OkAsync(await app.ApiClient(world.Analyst).GetAsync($"/api/v1/surveys/{survey}/results?year=2026", Ct));
        Assert.Equal(("PostStratification", 200), (results.GetProperty("method").GetString(), results.GetProperty("responses").GetInt32()));
        var yes = results.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("key").GetString() == "T4")
            .GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "ja");
        var (weighted, unweighted) = (yes.GetProperty("weighted"), yes.GetProperty("unweighted"));
        static bool Covers(JsonElement e, double v) => e.GetProperty("low").GetDouble() <= v && v <= e.GetProperty("high").GetDouble();
        Assert.Equal(0.4, weighted.GetProperty("value").GetDouble(), 4);
        Assert.Equal(0.55, unweighted.GetProperty("value").GetDouble(), 4);
        Assert.True(Covers(weighted, 0.4), weighted.ToString());
        Assert.False(Covers(unweighted, 0.4), unweighted.ToString());
        // n_eff = 10,000² / (100·80² + 100·20²) = 147.1: the weights cost a quarter of the sample.
        Assert.Equal(147.1, results.GetProperty("effectiveSize").GetDouble(), 1);
        // The score's trend: mean mark 2026 unweighted (30·8 + 70·6 + 80·8 + 20·6)/200 = 7.1, weighted 0.8·6.6 + 0.2·7.6 = 6.8.
        var trend = Assert.Single(results.GetProperty("trend").EnumerateArray());
        Assert.Equal((7.1, 6.8), (trend.GetProperty("score").GetProperty("value").GetDouble(), trend.GetProperty("weightedScore").GetProperty("value").GetDouble()));

        // The results page shows both, each with its interval, in the bar chart's accessible table.
        var page = await (await PageClient.LoginAsync(app, world.Analyst)).GetAsync($"/surveys/{survey}/results?Year=2026");
        var row = page.Document.QuerySelectorAll("#chart-T4 tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Ja");
        Assert.Equal(["55,0 % (48,1–61,7)", "40,0 % (32,4–48,1)"], row.QuerySelectorAll("td").Select(c => c.TextContent));
    }

    [Theory, Providers]
    public async Task a_changed_questionnaire_is_a_new_version_and_a_bad_condition_is_refused_in_dutch(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Coordinator);
        var survey = await StartAsync(api, "werkgeversenquete-2022");
        var read = await OkAsync(await api.GetAsync($"/api/v1/surveys/{survey}", Ct));
        var questionnaire = System.Text.Json.Nodes.JsonNode.Parse(read.GetProperty("questionnaire").GetRawText())!;
        questionnaire["questions"]![4]!["condition"] = "A1 = onbekend";

        var refused = await OkAsync(await api.PutAsJsonAsync($"/api/v1/surveys/{survey}/questionnaire", new { questionnaire, version = read.GetProperty("version").GetInt32() }, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("Vraag A1 heeft geen antwoord ‘onbekend’.", refused.GetProperty("errors").GetProperty("questions[A2]")[0].GetString());

        questionnaire["questions"]![4]!["condition"] = "A1 != rwsp & B1 = ja";
        var saved = await OkAsync(await api.PutAsJsonAsync($"/api/v1/surveys/{survey}/questionnaire", new { questionnaire, version = read.GetProperty("version").GetInt32() }, Ct));
        Assert.Equal(2, saved.GetProperty("currentVersion").GetInt32());
        Assert.Equal([1, 2], saved.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        // Saving the same again changes nothing.
        var again = await OkAsync(await api.PutAsJsonAsync($"/api/v1/surveys/{survey}/questionnaire", new { questionnaire, version = saved.GetProperty("version").GetInt32() }, Ct));
        Assert.Equal(2, again.GetProperty("currentVersion").GetInt32());
        // An analyst reads but does not edit.
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.Analyst).PutAsJsonAsync($"/api/v1/surveys/{survey}/questionnaire", new { questionnaire, version = 1 }, Ct)).StatusCode);
    }
}
