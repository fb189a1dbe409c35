using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.Instruments;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>
/// The instrument guide on a match result (issue 16 item 3), on <see cref="InstrumentWorld"/> (AM10, once per host): every
/// candidate comes with every instrument as applies / may apply / does not apply, the reason per rule and the rule version,
/// on the facts the viewer may see; the gap bridges name the instruments that would close a gap for that candidate.
/// </summary>
// Not in parallel with the other class on InstrumentWorld: both read its candidate, and the check test counts its audit records.
[Collection(nameof(InstrumentWorld))]
public sealed class MatchInstrumentsTests(Apps apps)
{
    private static readonly ConcurrentDictionary<WerkbrugAppFactory, Lazy<Task<Setting>>> Settings = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Beside the world, once per host: a vacancy of its employer (regular, 24 to 32 hours) near the candidate's home (within
    /// their 25 km); in the owner organisation a manager (sees the candidate by name, not the work ability) and a case
    /// manager who is also account manager (sees everything).
    /// </summary>
    private sealed record Setting(Guid VacancyId, TestUser Manager, TestUser CaseAdviser);

    private async Task<(WerkbrugAppFactory App, InstrumentWorld World, Setting Setting)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        var world = await InstrumentWorld.OfAsync(app);
        var setting = await Settings.GetOrAdd(app, a => new Lazy<Task<Setting>>(async () => new Setting(
            (await a.ApiClient(world.Coordinator).CreateVacancyAsync(world.EmployerId, "Orderpicker Amersfoort")).Id(),
            await a.CreateUserInOrganisationAsync(world.Coordinator, Roles.Manager),
            await a.CreateUserInOrganisationAsync(world.Coordinator, Roles.CaseManager, Roles.AccountManager)))).Value;
        await app.MatchingCaughtUpAsync();
        return (app, world, setting);
    }

    private static async Task<JsonElement> CandidateAsync(HttpClient api, InstrumentWorld world, Guid vacancyId, string query = "")
    {
        var response = await api.GetAsync($"/api/v1/vacancies/{vacancyId}/candidates?pageSize=50{query}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("pseudonym").GetString() == world.Candidate.Pseudonym).Clone();
    }

    private static JsonElement Answer(JsonElement candidate, string key) =>
        candidate.GetProperty("instruments").GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("key").GetString() == key);

    /// <summary>"Fact:Outcome" per reason, as the evaluator's tests write them.</summary>
    private static string Reasons(JsonElement answer) =>
        string.Join(",", answer.GetProperty("reasons").EnumerateArray().Select(r => $"{r.GetProperty("fact").GetString()}:{r.GetProperty("outcome").GetString()}"));

    [Theory, Providers]
    public async Task each_candidate_gets_every_instrument_with_its_reasons_on_the_facts_the_viewer_may_see(Db db)
    {
        var (app, world, setting) = await ArrangedAsync(db);
        var vacancy = setting.VacancyId;

        // The owner organisation's manager sees the benefit (bijstand) and the residence (Tiel), not the work ability.
        var own = await CandidateAsync(app.ApiClient(setting.Manager), world, vacancy);
        var lks = Answer(own, "loonkostensubsidie");
        Assert.Equal("MayApply", lks.GetProperty("outcome").GetString());
        Assert.Equal("Validity:Met,Benefit:Met,ContractType:Met,Question:Open", Reasons(lks));
        Assert.True(lks.GetProperty("ruleVersion").GetInt32() >= 1);
        Assert.Equal("DoesNotApply", Answer(own, "loondispensatie").GetProperty("outcome").GetString());
        Assert.Equal("Validity:Met,Residence:Met,Benefit:Met,HoursPerWeek:Met", Reasons(Answer(own, "plaatsingspremie-tiel")));
        Assert.Equal("Applies", Answer(own, "plaatsingspremie-tiel").GetProperty("outcome").GetString());
        Assert.Equal("Validity:Met,Benefit:Met,NeedsAdaptation:AskCaseManager", Reasons(Answer(own, "werkplekaanpassing-gemeente")));
        Assert.False(own.GetProperty("instruments").GetProperty("specialCategoryUsed").GetBoolean());
        Assert.Equal(1, own.GetProperty("instruments").GetProperty("evaluatorVersion").GetInt32());

        // The owner's case manager sees the work ability too: an adapted workplace is needed, so the adaptation applies.
        var full = await CandidateAsync(app.ApiClient(setting.CaseAdviser), world, vacancy);
        Assert.Equal("Validity:Met,Benefit:Met,NeedsAdaptation:Met", Reasons(Answer(full, "werkplekaanpassing-gemeente")));
        Assert.Equal("Applies", Answer(full, "werkplekaanpassing-gemeente").GetProperty("outcome").GetString());
        Assert.True(full.GetProperty("instruments").GetProperty("specialCategoryUsed").GetBoolean());

        // Another organisation's adviser sees the candidate pseudonymised: the benefit is the case manager's to answer.
        var other = await CandidateAsync(app.ApiClient(world.AdviserB), world, vacancy);
        Assert.Equal("Validity:Met,Benefit:AskCaseManager,ContractType:Met,Question:Open", Reasons(Answer(other, "loonkostensubsidie")));
        Assert.Equal("MayApply", Answer(other, "loondispensatie").GetProperty("outcome").GetString());
        Assert.DoesNotContain("Bijstand", Answer(other, "loonkostensubsidie").GetProperty("reasons")[1].GetProperty("actual").ToString(), StringComparison.Ordinal);

        // Asked without the guide, the result has none.
        var without = await CandidateAsync(app.ApiClient(setting.Manager), world, vacancy, "&instruments=false");
        Assert.Equal(JsonValueKind.Null, without.GetProperty("instruments").ValueKind);
    }

    [Theory, Providers]
    public async Task a_gap_names_the_instruments_that_would_close_it_for_this_candidate(Db db)
    {
        var (app, world, setting) = await ArrangedAsync(db);
        var vacancy = setting.VacancyId;
        var own = await CandidateAsync(app.ApiClient(setting.Manager), world, vacancy);
        var bridges = own.GetProperty("gaps").EnumerateArray().SelectMany(g => g.GetProperty("instruments").EnumerateArray())
            .Select(b => $"{b.GetProperty("key").GetString()}:{b.GetProperty("outcome").GetString()}").Distinct().ToList();
        Assert.True(own.GetProperty("gaps").GetArrayLength() > 0, own.ToString());
        Assert.Contains("loonkostensubsidie:MayApply", bridges);
        // Loondispensatie would close the same gaps but does not apply to someone on bijstand: never named for them.
        Assert.DoesNotContain(bridges, b => b.StartsWith("loondispensatie", StringComparison.Ordinal));
        Assert.Contains(own.GetProperty("gaps").EnumerateArray().SelectMany(g => g.GetProperty("instruments").EnumerateArray()),
            b => b.GetProperty("description").GetString() == "Loonkostensubsidie kan deze plaatsing mogelijk maken");

        var page = await (await PageClient.LoginAsync(app, setting.Manager)).GetAsync($"/vacancies/{vacancy}/candidates");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var item = page.Document.QuerySelectorAll("#candidates > li").Single(li => li.TextContent.Contains(world.Candidate.Marker, StringComparison.Ordinal) || li.InnerHtml.Contains(world.Candidate.Pseudonym, StringComparison.Ordinal));
        Assert.Contains("Loonkostensubsidie kan deze plaatsing mogelijk maken", item.TextContent, StringComparison.Ordinal);
        var guide = item.QuerySelector("[id$='-instruments']")!;
        Assert.Contains("plaatsingspremie-tiel", guide.QuerySelector("[data-outcome='Applies']")!.InnerHtml, StringComparison.Ordinal);
        Assert.NotNull(guide.QuerySelector("[data-outcome='MayApply'] [data-key='loonkostensubsidie'] [data-fact='Question'][data-outcome='Open']"));
        Assert.Contains("Loondispensatie", guide.QuerySelector("[data-outcome='DoesNotApply']")!.TextContent, StringComparison.Ordinal);
    }
}
