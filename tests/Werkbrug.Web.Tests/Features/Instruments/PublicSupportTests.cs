using System.Net;
using System.Text.Json;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Instruments;

/// <summary>
/// "Welke ondersteuning kan ik krijgen?" without signing in, on the front door's region (the demo region AM14, seeded by
/// the shared hosts with the national starter set and the Amersfoort set; read only): the API's answers per instrument
/// for an employer's answers, the same on the page, and answers the form never offers refused in Dutch.
/// </summary>
public sealed class PublicSupportTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Dictionary<string, JsonElement>> AnswersAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/instruments/public-check?" + query, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!, a => a.Clone());
    }

    private static string Outcome(Dictionary<string, JsonElement> answers, string key) => answers[key].GetProperty("outcome").GetString()!;

    [Theory, Providers]
    public async Task an_employer_sees_what_may_apply_without_signing_in(Db db)
    {
        var app = apps.For(db);
        var anonymous = app.CreateClient();

        // Bijstand, lives in Amersfoort, a regular job of 24 hours: Amersfoort's bonus applies, Soest and Baarn's premium does not,
        // loonkostensubsidie may (the wage-value assessment is still open).
        var amersfoort = await AnswersAsync(anonymous, "size=Employees10To49&municipality=amersfoort&benefit=Bijstand&age=From27To49&contract=Regular&hours=24");
        Assert.Equal("Applies", Outcome(amersfoort, "werkgeversbonus-amersfoort"));
        Assert.Equal("DoesNotApply", Outcome(amersfoort, "plaatsingspremie-soest-baarn"));
        Assert.Equal("MayApply", Outcome(amersfoort, "loonkostensubsidie"));
        Assert.Equal(["Question"], amersfoort["loonkostensubsidie"].GetProperty("open").EnumerateArray().Select(p => p.GetProperty("fact").GetString()));
        Assert.Equal("DoesNotApply", Outcome(amersfoort, "lkv-oudere-werknemer"));
        Assert.DoesNotContain("lage-inkomensvoordeel", amersfoort.Keys); // ended in 2024

        // Nothing answered: nothing is ruled out but the municipal instruments' residence and validity; the age group decides the LKV.
        var open = await AnswersAsync(anonymous, string.Empty);
        Assert.Equal("MayApply", Outcome(open, "werkgeversbonus-amersfoort"));
        Assert.Contains(open["werkgeversbonus-amersfoort"].GetProperty("open").EnumerateArray(), p => p.GetProperty("fact").GetString() == "Residence");
        Assert.Equal("MayApply", Outcome(await AnswersAsync(anonymous, "age=From56To66&benefit=Ww"), "lkv-oudere-werknemer"));

        var bad = await anonymous.GetAsync("/api/v1/instruments/public-check?municipality=Utrecht&hours=80", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.Equal(["hours", "municipality"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Kies een gemeente uit de lijst.", errors.GetProperty("municipality")[0].GetString());

        // The page: the same answer in groups, the way to the service point; no answer before the questions are answered.
        var pages = new PageClient(app.CreateClient());
        var empty = await pages.GetAsync("/werkgevers/ondersteuning");
        Assert.Equal(HttpStatusCode.OK, empty.Response.StatusCode);
        Assert.Null(empty.Document.QuerySelector("#support-result"));
        var answered = await pages.GetAsync("/werkgevers/ondersteuning?Size=Employees10To49&Municipality=Amersfoort&Benefit=Bijstand&Age=From27To49&Contract=Regular&Hours=24");
        Assert.NotNull(answered.Document.QuerySelector("#support-likely + ul [data-key='werkgeversbonus-amersfoort']"));
        Assert.NotNull(answered.Document.QuerySelector("#support-maybe + ul [data-key='loonkostensubsidie']"));
        Assert.NotNull(answered.Document.QuerySelector("#support-not [data-key='plaatsingspremie-soest-baarn']"));
        Assert.Equal("/werkgevers/vraag-stellen", answered.Document.QuerySelector("#support-ask")!.GetAttribute("href"));
        var refused = await pages.GetAsync("/werkgevers/ondersteuning?Age=Tachtig&Municipality=Utrecht");
        Assert.Null(refused.Document.QuerySelector("#support-result"));
        Assert.Contains("Kies een antwoord uit de lijst.", refused.Document.QuerySelector(".utrecht-form-field--invalid")!.TextContent, StringComparison.Ordinal);
    }
}
