using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Instruments;

/// <summary>
/// The instrument guide through /api/v1/instruments and its pages, on <see cref="InstrumentWorld"/> (once per host): the
/// catalogue with its filters, edits with their change log, rule versions and watchers' notifications, import and
/// export, and the eligibility check as the owner's case manager and as another organisation's adviser see it.
/// </summary>
// Not in parallel with the other class on InstrumentWorld: both read its candidate, and the check test counts its audit records.
[Collection(nameof(InstrumentWorld))]
public sealed class InstrumentApiTests(Apps apps)
{
    private static readonly string[] Bijstand = ["Bijstand"];
    private static readonly string[] Amersfoort = ["Amersfoort"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(WerkbrugAppFactory App, InstrumentWorld World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await InstrumentWorld.OfAsync(app));
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string[] Keys(JsonElement[] items) => [.. items.Select(i => i.GetProperty("key").GetString()!).Order(StringComparer.Ordinal)];

    [Theory, Providers]
    public async Task the_catalogue_filters_and_the_starter_set_adds_only_what_the_region_lacks(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var reader = app.ApiClient(world.AdviserB);

        Assert.Equal(
            ["lage-inkomensvoordeel", "lkv-arbeidsgehandicapte-werknemer", "lkv-banenafspraak", "lkv-oudere-werknemer"],
            Keys(await reader.AllItemsAsync("/api/v1/instruments?provider=Belastingdienst")));
        // The LIV ended in 2024; the Tiel premium does not apply in Culemborg; a benefit filter reads the instrument's benefits.
        Assert.DoesNotContain("lage-inkomensvoordeel", Keys(await reader.AllItemsAsync("/api/v1/instruments?currentOnly=true")));
        Assert.DoesNotContain("plaatsingspremie-tiel", Keys(await reader.AllItemsAsync("/api/v1/instruments?municipality=Culemborg")));
        Assert.Contains("plaatsingspremie-tiel", Keys(await reader.AllItemsAsync("/api/v1/instruments?municipality=Tiel&benefit=Bijstand&q=premie")));
        // Every starter instrument and the premium (other tests of this class add more).
        Assert.Superset(
            Domain.Instruments.StarterSet.National.Select(d => d.Key!).Append("plaatsingspremie-tiel").ToHashSet(StringComparer.Ordinal),
            Keys(await reader.AllItemsAsync("/api/v1/instruments?pageSize=10")).ToHashSet(StringComparer.Ordinal));

        var again = await OkAsync(await app.ApiClient(world.Coordinator).PostAsync("/api/v1/instruments/starter-set", null, Ct));
        Assert.Equal((0, 14), (again.GetProperty("created").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/v1/instruments/starter-set", null, Ct)).StatusCode);

        var elsewhere = app.ApiClient(await app.CreateAdviserAsync("AM33", Roles.RegionCoordinator));
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/instruments/{world.PremiumId}", Ct)).StatusCode);
        Assert.DoesNotContain(await elsewhere.AllItemsAsync("/api/v1/instruments"), i => i.GetProperty("id").GetGuid() == world.PremiumId);
    }

    [Theory, Providers]
    public async Task a_rule_change_gets_a_new_version_in_the_change_log_and_the_watchers_are_notified(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var editor = app.ApiClient(world.Coordinator);
        var created = await OkAsync(await editor.PostAsJsonAsync("/api/v1/instruments", InstrumentWorld.Premium("premie-wijzigen", "Premie om te wijzigen"), Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var watching = await OkAsync(await app.ApiClient(world.AdviserB).PutAsync($"/api/v1/instruments/{id}/watch", null, Ct));
        Assert.True(watching.GetProperty("isWatching").GetBoolean());

        var changed = JsonSerializer.SerializeToNode(InstrumentWorld.Premium("premie-wijzigen", "Premie om te wijzigen"))!.AsObject();
        changed["rules"] = JsonSerializer.SerializeToNode(new object[] { new { fact = "Benefit", values = Bijstand }, new { fact = "HoursPerWeek", min = 12 } });
        changed["version"] = created.GetProperty("version").GetInt32();
        var updated = await OkAsync(await editor.PutAsJsonAsync($"/api/v1/instruments/{id}", changed, Ct));
        var stale = await editor.PutAsJsonAsync($"/api/v1/instruments/{id}", changed, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal((2, 1), (updated.GetProperty("ruleVersion").GetInt32(), updated.GetProperty("watchers").GetInt32()));
        var log = updated.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("action").GetString()}:{c.GetProperty("ruleVersion").GetInt32()}:" +
            string.Join(',', c.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()))).ToList();
        Assert.Equal("Updated:2:Rules,RuleVersion", log[0]);
        Assert.StartsWith("Created:1:Key,Name,Provider", log[1], StringComparison.Ordinal);
        Assert.All(updated.GetProperty("changes").EnumerateArray(), c => Assert.Equal(world.Coordinator.Id, c.GetProperty("userId").GetGuid()));
        var notified = await app.InDbAsync(d => d.Notifications.IgnoreQueryFilters()
            .Where(n => n.RecipientUserId == world.AdviserB.Id && n.Link == $"/instruments/{id}").Select(n => n.TextKey).ToListAsync(Ct));
        Assert.Equal(["Notification.InstrumentChanged"], notified);

        // Not an editor: 403; the region's catalogue page shows the change log to every staff member.
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.AdviserB).PutAsJsonAsync($"/api/v1/instruments/{id}", changed, Ct)).StatusCode);
        var page = await (await PageClient.LoginAsync(app, world.CaseManager)).GetAsync($"/instruments/{id}");
        Assert.Equal(2, page.Document.QuerySelectorAll("#change-log tbody tr").Length);
        Assert.Contains("Uren per week: minstens 12", page.Document.QuerySelector("#rule-list")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task invalid_instruments_name_their_fields_and_change_nothing(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var editor = app.ApiClient(world.Coordinator);

        var problem = await OkAsync(await editor.PostAsJsonAsync("/api/v1/instruments", new
        {
            key = "Loonkostensubsidie!",
            name = "Fout",
            provider = "Municipality",
            coverage = "Municipalities",
            municipalities = Amersfoort,
            provides = "Niets",
            conditions = "Geen",
            validFrom = "2026-01-01",
            validTo = "2025-01-01",
            rules = new object[] { new { fact = "Age", min = 60, max = 50 } },
        }, Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["key", "municipalities", "rules", "validTo"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("Regel 1", problem.GetProperty("errors").GetProperty("rules")[0].GetString(), StringComparison.Ordinal);
        var taken = await OkAsync(await editor.PostAsJsonAsync("/api/v1/instruments", InstrumentWorld.Premium(), Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["key"], taken.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await app.InDbAsync(d => d.Instruments.IgnoreQueryFilters().CountAsync(i => i.Name == "Fout", Ct)));
    }

    [Theory, Providers]
    public async Task the_catalogue_exports_as_csv_and_json_and_imports_back_by_key(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var editor = app.ApiClient(world.Coordinator);
        var csv = await (await editor.GetAsync("/api/v1/instruments/export?format=csv", Ct)).Content.ReadAsStringAsync(Ct);
        var json = await (await editor.GetAsync("/api/v1/instruments/export?format=json", Ct)).Content.ReadAsStringAsync(Ct);

        static async Task<JsonElement> ImportAsync(HttpClient api, string text, string type, bool dryRun) =>
            await OkAsync(await api.PostAsync($"/api/v1/instruments/import?dryRun={dryRun}", new StringContent(text, Encoding.UTF8, type), Ct));
        static string Counts(JsonElement r) => $"{r.GetProperty("created").GetInt32()}/{r.GetProperty("updated").GetInt32()}/{r.GetProperty("unchanged").GetInt32()}/{r.GetProperty("rejected").GetInt32()}";

        var total = JsonDocument.Parse(json).RootElement.GetArrayLength();
        Assert.Equal($"0/0/{total}/0", Counts(await ImportAsync(editor, csv, "text/csv", dryRun: true)));
        Assert.Equal($"0/0/{total}/0", Counts(await ImportAsync(editor, json, "application/json", dryRun: true)));

        // One row renamed, one new and one with an unknown provider: the bad row is reported by line and changes nothing.
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        var premium = lines.FindIndex(l => l.StartsWith("plaatsingspremie-tiel;", StringComparison.Ordinal));
        var renamed = lines[premium].Replace("Plaatsingspremie Tiel", "Plaatsingspremie Tiel 2027", StringComparison.Ordinal);
        var added = lines[premium].Replace("plaatsingspremie-tiel;Plaatsingspremie Tiel", "startpremie-tiel;Startpremie Tiel", StringComparison.Ordinal);
        var bad = lines[premium].Replace("plaatsingspremie-tiel;Plaatsingspremie Tiel;Municipality", "foutpremie;Foutpremie;Gemeentelijk", StringComparison.Ordinal);
        var report = await ImportAsync(editor, string.Join("\r\n", lines[0], renamed, added, bad), "text/csv", dryRun: false);

        Assert.Equal("1/1/0/1", Counts(report));
        var rejected = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal((4, "foutpremie", "provider"), (rejected.GetProperty("line").GetInt32(), rejected.GetProperty("key").GetString(), rejected.GetProperty("errors")[0].GetProperty("column").GetString()));
        var names = Keys(await editor.AllItemsAsync("/api/v1/instruments?q=premie"));
        Assert.Contains("startpremie-tiel", names);
        Assert.DoesNotContain("foutpremie", names);
        Assert.Equal("Plaatsingspremie Tiel 2027", (await OkAsync(await editor.GetAsync($"/api/v1/instruments/{world.PremiumId}", Ct))).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/api/v1/instruments/export?format=xlsx", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task the_check_uses_only_what_the_viewer_may_see_and_is_audit_logged(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var url = $"/api/v1/instruments/eligibility?candidate={world.Candidate.Pseudonym}&vacancyId={world.VacancyId}";
        var before = await app.ProcessingRecordsAsync(world.Candidate.Pseudonym);

        var owner = await OkAsync(await app.ApiClient(world.CaseManager).GetAsync(url, Ct));
        var other = await OkAsync(await app.ApiClient(world.AdviserB).GetAsync(url, Ct));

        static Dictionary<string, string> Answers(JsonElement view) => view.GetProperty("answers").EnumerateArray().ToDictionary(
            a => a.GetProperty("key").GetString()!,
            a => a.GetProperty("outcome").GetString() + ":" + string.Join(',', a.GetProperty("reasons").EnumerateArray().Select(r => $"{r.GetProperty("fact").GetString()}={r.GetProperty("outcome").GetString()}")));
        var (full, pseudonymised) = (Answers(owner), Answers(other));
        // The owner's case manager: bijstand, in the register, needs an adapted workplace, no supervision, lives in Tiel; a 24-hour regular vacancy.
        Assert.Equal("Applies:Validity=Met,Residence=Met,Benefit=Met,HoursPerWeek=Met", full["plaatsingspremie-tiel"]);
        Assert.Equal("Applies:Validity=Met,Benefit=Met,NeedsAdaptation=Met", full["werkplekaanpassing-gemeente"]);
        Assert.Equal("DoesNotApply:Validity=Met,Benefit=Met,NeedsSupervision=NotMet", full["jobcoaching-gemeente"]);
        Assert.Equal("MayApply:Validity=Met,Benefit=Met,ContractType=Met,Question=Open", full["loonkostensubsidie"]);
        Assert.Equal("Applies:Validity=Met,AnyOf=Met", full["no-risk-polis"]);
        Assert.True(owner.GetProperty("specialCategoryUsed").GetBoolean());
        // Another organisation's adviser sees the matching profile only: the rest is for the case manager.
        Assert.Equal("MayApply:Validity=Met,Residence=AskCaseManager,Benefit=AskCaseManager,HoursPerWeek=Met", pseudonymised["plaatsingspremie-tiel"]);
        Assert.Equal("MayApply:Validity=Met,Benefit=AskCaseManager,NeedsAdaptation=AskCaseManager", pseudonymised["werkplekaanpassing-gemeente"]);
        Assert.False(other.GetProperty("specialCategoryUsed").GetBoolean());
        Assert.DoesNotContain(other.GetProperty("answers").EnumerateArray().SelectMany(a => a.GetProperty("reasons").EnumerateArray()),
            r => r.GetProperty("outcome").GetString() == "AskCaseManager" && r.GetProperty("actual").ValueKind != JsonValueKind.Null);
        Assert.Equal(before + 2, await app.ProcessingRecordsAsync(world.Candidate.Pseudonym));
        Assert.Equal(1, owner.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("key").GetString() == "plaatsingspremie-tiel").GetProperty("ruleVersion").GetInt32());

        var otherEmployer = await app.ApiClient(world.Coordinator).RegisterEmployerAsync(postcode: "4001 AA", municipality: "Tiel");
        var bad = await OkAsync(await app.ApiClient(world.AdviserB).GetAsync($"/api/v1/instruments/eligibility?candidate=XX-onbekend&vacancyId={world.VacancyId}&employerId={otherEmployer}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["candidate", "vacancyId"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(await app.CreateUserInOrganisationAsync(world.Coordinator, Roles.Analyst)).GetAsync(url, Ct)).StatusCode);

        // The page says the same in words.
        var page = await (await PageClient.LoginAsync(app, world.AdviserB)).GetAsync($"/instruments/check?Candidate={world.Candidate.Pseudonym}&VacancyId={world.VacancyId}");
        var premium = page.Document.QuerySelector("[data-key='plaatsingspremie-tiel']")!.TextContent;
        Assert.Contains("Vraag de klantmanager", premium, StringComparison.Ordinal);
        Assert.Contains("Voldaan – Uren per week: minstens 20", premium.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
