using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Vacancies;

/// <summary>
/// The vacancies in the VUM shape: every exported vacancy validates against the contract file in the shared data
/// (UM-Gemeente-Vacatures 0.8.2), and export → VUM import into another organisation gives the same vacancies. Region AM17.
/// </summary>
public sealed class VumVacancyTests(Apps apps)
{
    private const string Region = "AM17";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A long description (beyond the contract's 2,000), a postcode of four digits, a proefplaatsing (no VUM code) and an open status.</summary>
    private static void Unusual(Dictionary<string, object?> body)
    {
        body["description"] = string.Concat(Enumerable.Repeat("Magazijnwerk met afwisselende taken. ", 70));
        body["postcode"] = "3811";
        body["contractType"] = "TrialPlacement";
        body["contactPhone"] = "+31 6 12345678";
    }

    [Theory, Providers]
    public async Task every_exported_vacancy_validates_against_the_contract_with_its_referral_counts(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var api = app.ApiClient(adviser);
        var employer = await api.RegisterEmployerAsync();
        var full = await api.CreateVacancyAsync(employer);
        var unusual = await api.CreateVacancyAsync(employer, change: Unusual);

        var all = await api.AllItemsAsync("/api/v1/vacancies/export-vum?pageSize=100");
        var one = await api.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{unusual.Id()}/vum", Ct);

        var contract = VumContract.Load("UM-Gemeente-Vacatures-0.8.2.yaml");
        var errors = all.SelectMany((v, i) => contract.Validate(v, "Vacature", $"items[{i}]")).ToList();
        errors.AddRange(contract.Validate(one, "Vacature", "one"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        // The region is shared with this class's other tests: both of this test's vacancies are among the exported.
        Assert.Contains(all, v => v.GetProperty("idVacature").GetString() == unusual.Id().ToString());
        var exported = all.Single(v => v.GetProperty("idVacature").GetString() == full.Id().ToString());
        Assert.Equal("3811AB", exported.GetProperty("werkgever").GetProperty("adresHouding")[0].GetProperty("adres").GetProperty("adresNederland").GetProperty("postcode").GetString());
        Assert.Equal("0331234567", exported.GetProperty("werkgever").GetProperty("contactpersoon")[0].GetProperty("telefoonnummer")[0].GetString());
        Assert.Equal("01", exported.GetProperty("contractvorm")[0].GetProperty("codeTypeOvereenkomst").GetString());
        Assert.Equal(24121, exported.GetProperty("gedragscompetentie")[0].GetProperty("codeGedragscompetentie").GetInt32());
        Assert.Equal(2000, one.GetProperty("omschrijvingVacature").GetString()!.Length);
        // Process data: the referral outcomes as counts per state, and nothing about a person.
        var referrals = exported.GetProperty("werkbrug").GetProperty("voordrachten");
        Assert.Equal(0, referrals.GetProperty("aangenomen").GetInt32());
        Assert.Equal(8, referrals.EnumerateObject().Count());
    }

    [Fact]
    public void the_checker_refuses_what_the_vacancy_contract_forbids()
    {
        var contract = VumContract.Load("UM-Gemeente-Vacatures-0.8.2.yaml");
        using var bad = JsonDocument.Parse("""{"idVacature":"x","codeWerkEnDenkniveauMinimaal":"9","sluitingsDatumVacature":"morgen","contractvorm":[{"codeTypeOvereenkomst":"05"}],"werkgever":{"adresHouding":[{"adres":{"adresNederland":{"postcode":"3811 AB"}}}]},"onbekend":1}""");

        Assert.Equal(5, contract.Validate(bad.RootElement, "Vacature", "bad").Count);
    }

    [Theory, Providers]
    public async Task vacancies_exported_and_imported_into_another_organisation_are_the_same_vacancies(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var other = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var api = app.ApiClient(owner);
        var employer = await api.RegisterEmployerAsync();
        var plain = await api.CreateVacancyAsync(employer);
        var unusual = await api.CreateVacancyAsync(employer, change: Unusual);
        Assert.Equal(HttpStatusCode.OK, (await api.MoveAsync(unusual.Id(), "Open", unusual.Version())).StatusCode);
        var originals = new[] { plain.Id(), unusual.Id() };
        var exported = new JsonArray([.. await Task.WhenAll(originals.Select(async id => JsonNode.Parse(await api.GetStringAsync($"/api/v1/vacancies/{id}/vum", Ct))))]);

        var copier = app.ApiClient(other);
        var first = await ImportAsync(copier, exported);
        var second = await ImportAsync(copier, exported);

        Assert.Equal((2, 0, 0, 0), JobSeekerImportTests.Counts(first));
        Assert.Equal((0, 0, 2, 0), JobSeekerImportTests.Counts(second));
        foreach (var id in originals)
        {
            var original = await api.GetVacancyAsync(id);
            var key = id.ToString();
            var copyId = await app.InDbAsync(d => d.Vacancies.Where(v => v.OwnerOrganisationId == other.OrganisationId && v.ExternalId == key).Select(v => v.Id).SingleAsync(Ct));
            var copy = await copier.GetVacancyAsync(copyId);
            var diffs = Differences(original, copy);
            Assert.True(diffs.Count == 0, string.Join("\n", diffs));
        }
    }

    [Theory, Providers]
    public async Task a_vum_import_reports_each_wrong_vacancy_by_position_and_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var api = app.ApiClient(adviser);
        var employer = await api.RegisterEmployerAsync();
        var good = JsonNode.Parse(await api.GetStringAsync($"/api/v1/vacancies/{(await api.CreateVacancyAsync(employer)).Id()}/vum", Ct))!;
        var body = new JsonArray(
            Changed(good, "V-1", v => v["werkbrug"]!["kvknummer"] = "99999999"),
            Changed(good, "V-2", v => v["codeWerkEnDenkniveauMinimaal"] = "9"),
            Changed(good, "V-3", v => v["werktijden"]!["aantalWerkurenPerWeekMaximaal"] = 90));

        var report = await ImportAsync(api, body);

        Assert.Equal((0, 0, 0, 3), JobSeekerImportTests.Counts(report));
        var columns = report.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("errors")[0].GetProperty("column").GetString())).ToList();
        Assert.Equal([(1, "werkbrug.kvknummer"), (2, "codeWerkEnDenkniveauMinimaal"), (3, "werktijden.aantalWerkurenPerWeekMaximaal")], columns);
        Assert.Single(await api.AllItemsAsync($"/api/v1/vacancies?ownerOrganisationId={adviser.OrganisationId}"));
    }

    private static JsonNode Changed(JsonNode vacancy, string id, Action<JsonNode> change)
    {
        var copy = vacancy.DeepClone();
        copy["idVacature"] = id;
        change(copy);
        return copy;
    }

    private static async Task<JsonElement> ImportAsync(HttpClient api, JsonArray body)
    {
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        var response = await api.PostAsync("/api/v1/vacancies/import-vum", content, Ct);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, report.GetRawText());
        return report;
    }

    /// <summary>What differs between two vacancy views, leaving out what differs by design: the record's identity, owner, adviser, history and times.</summary>
    internal static List<string> Differences(JsonElement original, JsonElement copy)
    {
        string[] different =
        [
            "id", "ownerOrganisationId", "ownerOrganisationName", "adviserUserId", "adviserName", "externalId", "history", "createdAtUtc", "lastActivityAtUtc", "version",
            "tasks", "intakeRequestId",
        ];
        var diffs = original.EnumerateObject().Where(p => !different.Contains(p.Name))
            .Where(p => !copy.TryGetProperty(p.Name, out var c) || c.GetRawText() != p.Value.GetRawText())
            .Select(p => $"{p.Name}: {p.Value.GetRawText()} became {(copy.TryGetProperty(p.Name, out var c) ? c.GetRawText() : "(absent)")}").ToList();
        static string Tasks(JsonElement v) => string.Join("; ", v.GetProperty("tasks").EnumerateArray().Select(t =>
            $"{t.GetProperty("description").GetString()}/{t.GetProperty("sharePercent").GetInt32()}/{t.GetProperty("separable").GetBoolean()}"));
        if (Tasks(original) != Tasks(copy))
        {
            diffs.Add($"tasks: {Tasks(original)} became {Tasks(copy)}");
        }

        return diffs;
    }
}
