using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Instruments;

/// <summary>
/// The structured rule editor on the instrument form, in AM33 (where the instrument tests only look from outside; its own instrument key): pick a fact, give its
/// values or range, add it with clear Dutch errors for what cannot be stored, remove one, and save: a new rule version.
/// </summary>
public sealed class RuleEditorTests(Apps apps)
{
    private static readonly string[] Bijstand = ["Bijstand"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task an_editor_builds_the_rules_from_the_facts_the_evaluator_knows(Db db)
    {
        var app = apps.For(db);
        var coordinator = await app.CreateAdviserAsync("AM33", Roles.RegionCoordinator);
        var api = app.ApiClient(coordinator);
        var created = await api.PostAsJsonAsync("/api/v1/instruments", new
        {
            key = "editorpremie",
            name = "Editorpremie",
            provider = "Region",
            coverage = "Region",
            provides = "€ 400",
            conditions = "Bijstand.",
            rules = new object[] { new { fact = "Benefit", values = Bijstand } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var pages = await PageClient.LoginAsync(app, coordinator);
        var edit = $"/instruments/edit/{id}";
        Task<PageResult> Submit(PageResult page, string handler, Dictionary<string, string[]> values) =>
            pages.SubmitAsync(page, "#instrument-form", values, handler.Length == 0 ? edit : $"{edit}?handler={handler}");
        static int Rules(PageResult page) => page.Document.QuerySelectorAll("#rule-list li").Length;
        static string? Error(PageResult page, string id) => page.Document.QuerySelector($"#{id}-error")?.TextContent.Trim();

        var form = await pages.GetAsync(edit);
        Assert.Equal(1, Rules(form));
        var picked = await Submit(form, "PickFact", new() { ["NewRule.Fact"] = ["HoursPerWeek"] });
        Assert.NotNull(picked.Document.QuerySelector("#NewRule_Min"));
        Assert.Null(picked.Document.QuerySelector("#NewRule_Values"));

        var wrong = await Submit(picked, "AddRule", new() { ["NewRule.Fact"] = ["HoursPerWeek"], ["NewRule.Min"] = ["30"], ["NewRule.Max"] = ["20"] });
        Assert.Equal("De grenzen liggen tussen 0 en 168, en de ondergrens is niet groter dan de bovengrens.", Error(wrong, "NewRule_Min"));
        Assert.Equal(1, Rules(wrong));
        var added = await Submit(wrong, "AddRule", new() { ["NewRule.Fact"] = ["HoursPerWeek"], ["NewRule.Min"] = ["20"], ["NewRule.Max"] = [""] });
        Assert.Equal(2, Rules(added));
        Assert.Contains("Uren per week: minstens 20", added.Document.QuerySelector("#rule-list")!.TextContent, StringComparison.Ordinal);

        var noValues = await Submit(await Submit(added, "PickFact", new() { ["NewRule.Fact"] = ["ContractType"] }), "AddRule", new() { ["NewRule.Fact"] = ["ContractType"] });
        Assert.Equal("Kies minstens één waarde die voldoet.", Error(noValues, "NewRule_Values"));
        var contract = await Submit(noValues, "AddRule", new() { ["NewRule.Fact"] = ["ContractType"], ["NewRule.Values"] = ["Regular", "Leerbaan"] });
        Assert.Equal(3, Rules(contract));
        var removed = await Submit(contract, "RemoveRule&index=0", []);
        Assert.Equal(2, Rules(removed));
        Assert.Equal("Kies waar de voorwaarde over gaat.", Error(await Submit(removed, "AddRule", new() { ["NewRule.Fact"] = ["Validity"] }), "NewRule_Fact"));

        // Nothing is stored until the form is saved; then the rules are those built, under the next rule version.
        Assert.Equal(1, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/instruments/{id}", Ct)).GetProperty("ruleVersion").GetInt32());
        var saved = await Submit(removed, string.Empty, []);
        Assert.Equal($"/instruments/{id}", saved.Path);
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/instruments/{id}", Ct);
        Assert.Equal(2, stored.GetProperty("ruleVersion").GetInt32());
        Assert.Equal(["HoursPerWeek", "ContractType"], stored.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("fact").GetString()));
    }
}
