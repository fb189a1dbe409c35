using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Exchange;

/// <summary>
/// The partner exchange: a partner system pushes profiles and vacancies with a partner token and pulls back exactly what
/// changed after its watermark; another source may not overwrite them; the freshness report counts the deliveries. The
/// push runs <see cref="JobSeekerBulkImportTests.Rows"/> profiles (1,000 by default; the 10,000 with
/// <c>WERKBRUG_IMPORT_ROWS=10000 dotnet test -- --filter-method '*bulk*'</c>). Region AM38.
/// </summary>
public sealed class PartnerExchangeTests(Apps apps)
{
    private const string Region = "AM38";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task a_bulk_partner_push_then_the_changes_feed_returns_exactly_the_changed_profiles(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync(Region, Roles.CaseManager);
        var partner = await PartnerAsync(app, caseManager, "gemeente-test-sociaal-domein");
        partner.Timeout = TimeSpan.FromMinutes(30);
        var u = Guid.NewGuid().ToString("N")[..8];
        var rows = JobSeekerBulkImportTests.Rows;
        var profiles = Enumerable.Range(0, rows).Select(i => Profile($"P{i}-{u}", $"Naam{i}", 24)).ToList();

        var clock = Stopwatch.StartNew();
        var first = await PushAsync(partner, "/api/v1/exchange/profiles", profiles);
        clock.Stop();
        Console.WriteLine($"Partner push: {rows} profiles on {db}: {clock.Elapsed.TotalSeconds:0.0} s");
        var (all, watermark) = await PullAllAsync(partner, "/api/v1/exchange/profiles/changes", 0);

        Assert.Equal((rows, 0, 0, 0), JobSeekerImportTests.Counts(first));
        Assert.Equal(profiles.Select(p => p.IdWerkzoekende).Order(StringComparer.Ordinal), all.Select(c => c.GetProperty("externalId").GetString()).Order(StringComparer.Ordinal));
        Assert.All(all, c => Assert.Equal("gemeente-test-sociaal-domein", c.GetProperty("changedBySource").GetString()));
        Assert.All(all, c => Assert.Equal("gemeente-test-sociaal-domein", c.GetProperty("sourceSystem").GetString()));
        Assert.Equal("Naam7", all.Single(c => c.GetProperty("externalId").GetString() == $"P7-{u}").GetProperty("profile").GetProperty("werkbrug").GetProperty("voornaam").GetString());

        // The same set again with three profiles changed: three updated, the rest unchanged, and the feed after the watermark holds those three.
        int[] changed = [3, rows / 2, rows - 1];
        var again = profiles.Select((p, i) => changed.Contains(i) ? Profile(p.IdWerkzoekende, $"Naam{i}", 32) : p).ToList();
        var second = await PushAsync(partner, "/api/v1/exchange/profiles", again);
        var (after, next) = await PullAllAsync(partner, "/api/v1/exchange/profiles/changes", watermark);

        Assert.Equal((0, 3, rows - 3, 0), JobSeekerImportTests.Counts(second));
        Assert.Equal(changed.Select(i => $"P{i}-{u}").Order(StringComparer.Ordinal), after.Select(c => c.GetProperty("externalId").GetString()).Order(StringComparer.Ordinal));
        Assert.All(after, c => Assert.Equal(32, c.GetProperty("profile").GetProperty("werktijden").GetProperty("aantalWerkurenPerWeekMaximaal").GetInt32()));
        Assert.True(next > watermark);

        // A change made in Werkbrug (a case manager edits a profile) is in the feed too, without a changing source.
        var id = after[0].GetProperty("id").GetGuid();
        var staff = app.ApiClient(caseManager);
        var profile = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/job-seekers/{id}", Ct);
        var body = JsonSerializer.SerializeToNode(JobSeekerTestData.AProfile(string.Empty, JobSeekerTestData.NewMarker(), "Anna"))!;
        body["version"] = profile.GetProperty("version").GetInt32();
        body["externalId"] = after[0].GetProperty("externalId").GetString();
        var edit = await staff.PutAsJsonAsync($"/api/v1/job-seekers/{id}", body, Ct);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var (edited, _) = await PullAllAsync(partner, "/api/v1/exchange/profiles/changes", next);
        var one = Assert.Single(edited);
        Assert.Equal(id, one.GetProperty("id").GetGuid());
        Assert.False(one.TryGetProperty("changedBySource", out _));
        Assert.Equal("Anna", one.GetProperty("profile").GetProperty("werkbrug").GetProperty("voornaam").GetString());
    }

    [Theory, Providers]
    public async Task another_source_may_not_overwrite_a_partners_records_and_a_token_without_a_source_may_not_push(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync(Region, Roles.CaseManager);
        var first = await PartnerAsync(app, caseManager, "systeem-een");
        var second = await PartnerAsync(app, caseManager, "systeem-twee");
        var u = Guid.NewGuid().ToString("N")[..8];

        await PushAsync(first, "/api/v1/exchange/profiles", [Profile($"A-{u}", "Eerste", 24)]);
        var refused = await PushAsync(second, "/api/v1/exchange/profiles", [Profile($"A-{u}", "Tweede", 24), Profile($"B-{u}", "Tweede", 24)]);
        var plain = await app.ApiClient(caseManager).PostAsJsonAsync("/api/v1/exchange/profiles", new[] { Profile($"C-{u}", "Geen", 24) }, Ct);
        var feed = await app.ApiClient(caseManager).GetAsync("/api/v1/exchange/profiles/changes", Ct);

        Assert.Equal((1, 0, 0, 1), JobSeekerImportTests.Counts(refused));
        var row = refused.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("outcome").GetString() == "Rejected");
        Assert.Equal(1, row.GetProperty("line").GetInt32());
        Assert.Contains("systeem-een", row.GetProperty("errors")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, feed.StatusCode);
        var (changes, _) = await PullAllAsync(second, "/api/v1/exchange/profiles/changes", 0);
        Assert.Equal("Eerste", changes.Single(c => c.GetProperty("externalId").GetString() == $"A-{u}").GetProperty("profile").GetProperty("werkbrug").GetProperty("voornaam").GetString());
    }

    [Theory, Providers]
    public async Task a_partner_pushes_vacancies_pulls_their_changes_and_the_freshness_report_counts_every_delivery(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var manager = await app.CreateUserInOrganisationAsync(adviser, Roles.Manager);
        var staff = app.ApiClient(adviser);
        var employer = await staff.RegisterEmployerAsync();
        var template = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{(await staff.CreateVacancyAsync(employer)).Id()}/vum", Ct);
        var partner = await PartnerAsync(app, adviser, "werkgeversportaal-test");
        var u = Guid.NewGuid().ToString("N")[..8];
        var vacancies = new[] { WithId(template, $"V1-{u}"), WithId(template, $"V2-{u}"), WithId(template, $"V3-{u}", kvk: "99999999") };

        var pushed = await PushAsync(partner, "/api/v1/exchange/vacancies", vacancies);
        var (changes, watermark) = await PullAllAsync(partner, "/api/v1/exchange/vacancies/changes", 0);
        var unchanged = await PushAsync(partner, "/api/v1/exchange/vacancies", vacancies[..2]);
        var (none, same) = await PullAllAsync(partner, "/api/v1/exchange/vacancies/changes", watermark);

        Assert.Equal((2, 0, 0, 1), JobSeekerImportTests.Counts(pushed));
        // The feed holds the organisation's vacancies: the one made by hand for the template and the two pushed.
        Assert.Equal(3, changes.Count);
        Assert.Equal(2, changes.Count(c => c.TryGetProperty("sourceSystem", out var s) && s.GetString() == "werkgeversportaal-test"));
        Assert.Equal(template.GetProperty("naamVacature").GetString(), changes.First(c => c.TryGetProperty("externalId", out var id) && id.GetString() == $"V1-{u}").GetProperty("vacancy").GetProperty("naamVacature").GetString());
        Assert.Equal((0, 0, 2, 0), JobSeekerImportTests.Counts(unchanged));
        Assert.Empty(none);
        Assert.Equal(watermark, same);

        var report = await app.ApiClient(manager).GetFromJsonAsync<JsonElement>("/api/v1/exchange/freshness", Ct);
        var source = report.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("sourceSystem").GetString() == "werkgeversportaal-test");
        Assert.Equal("Vacancy", source.GetProperty("kind").GetString());
        Assert.Equal((2, 2, 0, 5, 1), (source.GetProperty("deliveries").GetInt32(), source.GetProperty("lastRows").GetInt32(), source.GetProperty("lastRejected").GetInt32(),
            source.GetProperty("rows").GetInt32(), source.GetProperty("rejected").GetInt32()));

        // The page shows the same row to the manager; an adviser may not see it.
        var page = await AccountPages.SignInAsync(app, manager);
        var html = await page.GetStringAsync("/exchange/freshness", Ct);
        var table = new HtmlParser().ParseDocument(html).QuerySelector("#exchange-freshness")!;
        var cells = table.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("werkgeversportaal-test", StringComparison.Ordinal))
            .QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Vacatures", cells[2]);
        Assert.Equal(["2", "0", "2", "5", "1"], cells[4..]);
        var refused = await (await AccountPages.SignInAsync(app, adviser)).GetAsync("/exchange/freshness", Ct);
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || refused.RequestMessage?.RequestUri?.AbsolutePath == "/account/access-denied", refused.RequestMessage?.RequestUri?.ToString());
    }

    /// <summary>A partner token of <paramref name="user"/> for <paramref name="source"/>, made through the token API, in a client.</summary>
    internal static async Task<HttpClient> PartnerAsync(WerkbrugAppFactory app, TestUser user, string source)
    {
        var response = await app.ApiClient(user).PostAsJsonAsync("/api/v1/tokens", new { name = "Koppeling " + source, sourceSystem = source }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    internal sealed record PushedProfile(string IdWerkzoekende, object Werkbrug, object Mobiliteit, object Werktijden);

    internal static PushedProfile Profile(string id, string givenName, int maxHours) => new(
        id,
        new { voornaam = givenName, achternaam = "Uitwisseling", geboortedatum = "1988-05-17", werkfitStatus = "WorkReady", uitkering = "Bijstand" },
        new { bemiddelingspostcode = "3811AB" },
        new { aantalWerkurenPerWeekMinimaal = 16, aantalWerkurenPerWeekMaximaal = maxHours });

    private static JsonElement WithId(JsonElement vacancy, string id, string? kvk = null)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(vacancy.GetRawText())!;
        node["idVacature"] = id;
        if (kvk is not null)
        {
            node["werkbrug"]!["kvknummer"] = kvk;
        }

        return JsonSerializer.SerializeToElement(node);
    }

    private static async Task<JsonElement> PushAsync<T>(HttpClient partner, string path, IEnumerable<T> body)
    {
        var response = await partner.PostAsJsonAsync(path, body, Ct);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, report.GetRawText());
        return report;
    }

    /// <summary>Every change after <paramref name="since"/>, following the watermark page by page, and the last watermark.</summary>
    private static async Task<(List<JsonElement> Items, long Watermark)> PullAllAsync(HttpClient partner, string path, long since)
    {
        var items = new List<JsonElement>();
        while (true)
        {
            var page = await partner.GetFromJsonAsync<JsonElement>($"{path}?since={since}&limit=1000", Ct);
            Assert.Equal(since, page.GetProperty("since").GetInt64());
            items.AddRange(page.GetProperty("items").EnumerateArray());
            since = page.GetProperty("watermark").GetInt64();
            if (!page.GetProperty("more").GetBoolean())
            {
                return (items, since);
            }
        }
    }
}
