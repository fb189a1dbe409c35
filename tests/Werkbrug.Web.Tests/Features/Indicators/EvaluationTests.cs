using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Indicators;

/// <summary>
/// The yearly evaluation (/indicators/evaluation, /api/v1/indicators/evaluation?year=) on <see cref="IndicatorWorld"/>'s
/// region: the year's figures are the indicators' own for that calendar year, the coordinator's text is kept with its
/// version, and the Word document reads back with the same text, figures and a chart of the same numbers.
/// </summary>
public sealed class EvaluationTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> JsonAsync(HttpClient api, string url)
    {
        var response = await api.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Theory, Providers]
    public async Task the_year_is_counted_against_the_year_before_with_the_indicators_own_figures(Db db)
    {
        var app = apps.For(db);
        var world = await IndicatorWorld.OnceAsync(app);
        var api = app.ApiClient(world.Analyst);

        var report = await JsonAsync(api, "/api/v1/indicators/evaluation?year=2026");
        var placements = report.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("figures")).Single(f => f.GetProperty("key").GetString() == "placements");
        var direct = await JsonAsync(api, "/api/v1/indicators/placements?from=2026-01-01&to=2026-12-31");

        Assert.Equal("2026", report.GetProperty("period").GetProperty("label").GetString());
        Assert.Equal("2025", report.GetProperty("previousPeriod").GetProperty("label").GetString());
        // 2026: 24 in Q2, 7 in Q1 and 1 on 1 July; 2025: 1 on 31 December and the 19 durability placements of Nov/Dec.
        Assert.Equal(32, placements.GetProperty("value").GetProperty("value").GetDouble());
        Assert.Equal(direct.GetProperty("value").GetRawText(), placements.GetProperty("value").GetRawText());
        Assert.Equal(direct.GetProperty("breakdowns").GetRawText(), placements.GetProperty("breakdowns").GetRawText());
        Assert.Equal(IndicatorCount, report.GetProperty("indicators").GetArrayLength());
        Assert.All(report.GetProperty("indicators").EnumerateArray(), i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("counts").GetString())));

        var future = await api.GetAsync($"/api/v1/indicators/evaluation?year={DateTime.UtcNow.Year + 1}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("\"year\"", await future.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static int IndicatorCount => Werkbrug.Domain.Indicators.IndicatorCatalogue.All.Count;

    [Theory, Providers]
    public async Task only_the_coordinator_writes_the_text_and_a_stale_version_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var world = await IndicatorWorld.OnceAsync(app);
        var coordinator = await app.CreateUserInOrganisationAsync(world.Manager, Roles.RegionCoordinator);
        var api = app.ApiClient(coordinator);
        const string Url = "/api/v1/indicators/evaluation/text?year=2025";

        var forbidden = await app.ApiClient(world.Manager).PutAsJsonAsync(Url, new { text = "Van de teamleider.", version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var first = await api.PutAsJsonAsync(Url, new { text = "Meer plaatsingen die blijven.\nVolgend jaar: nazorg op tijd.", version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var saved = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(1, saved.GetProperty("textVersion").GetInt32());
        Assert.StartsWith("Test ", saved.GetProperty("textUpdatedBy").GetString(), StringComparison.Ordinal);

        // A second writer who opened the page before the first save still holds version 0.
        var stale = await api.PutAsJsonAsync(Url, new { text = "Overschreven?", version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var tooLong = await api.PutAsJsonAsync(Url, new { text = new string('x', 20_001), version = 1 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("\"text\"", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var read = await JsonAsync(app.ApiClient(world.Analyst), "/api/v1/indicators/evaluation?year=2025");
        Assert.Equal("Meer plaatsingen die blijven.\nVolgend jaar: nazorg op tijd.", read.GetProperty("text").GetString());
        Assert.Equal(1, read.GetProperty("textVersion").GetInt32());
    }

    [Theory, Providers]
    public async Task the_word_document_holds_the_text_the_figures_and_a_chart_of_the_same_numbers(Db db)
    {
        var app = apps.For(db);
        var world = await IndicatorWorld.OnceAsync(app);
        var coordinator = await app.CreateUserInOrganisationAsync(world.Manager, Roles.RegionCoordinator);
        var pages = await PageClient.LoginAsync(app, coordinator);
        var page = await pages.GetAsync("/indicators/evaluation?Year=2024");
        var posted = await pages.SubmitAsync(page, "#evaluation-text", new() { ["Input.Text"] = ["Het eerste jaar van de regionale doelen."] });
        Assert.Equal("/indicators/evaluation", posted.Path);
        Assert.Contains("Het eerste jaar van de regionale doelen.", posted.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var response = await pages.Http.GetAsync("/indicators/evaluation?handler=Document&Year=2026", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        // Valid Open XML (Office 2019's schema), so Word and LibreOffice open it without repairing it.
        var invalid = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word, Ct).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.StartsWith("Jaarevaluatie ", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith(" 2026", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("Plaatsingen", paragraphs);
        Assert.Contains("De regievoerder heeft nog geen toelichting geschreven.", paragraphs);

        // The placements chart (by benefit type) carries the API's numbers for 2026 and 2025, suppressed cells left out.
        var api = await JsonAsync(app.ApiClient(world.Manager), "/api/v1/indicators/placements?from=2026-01-01&to=2026-12-31");
        var benefit = api.GetProperty("breakdowns")[0].GetProperty("rows").EnumerateArray()
            .Where(r => Value(r, "value") != "-" || Value(r, "previous") != "-").ToList();
        Assert.True(benefit.Count >= 2, api.GetRawText());
        XNamespace c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        var chart = XDocument.Load(word.MainDocumentPart.ChartParts.First().GetStream());
        var series = chart.Descendants(c + "ser").ToList();
        Assert.Equal(2, series.Count);
        Assert.Equal(benefit.Select(r => Value(r, "value")), Points(series[0], benefit.Count));
        Assert.Equal(benefit.Select(r => Value(r, "previous")), Points(series[1], benefit.Count));
        Assert.Equal(benefit.Select(r => r.GetProperty("label").GetString()), series[0].Descendants(c + "strLit").Single().Elements(c + "pt").Select(p => p.Value));

        static string Value(JsonElement row, string which) =>
            row.GetProperty(which).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";

        static IEnumerable<string> Points(XElement serie, int count)
        {
            XNamespace c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
            var points = serie.Descendants(c + "numLit").Single().Elements(c + "pt").ToDictionary(p => (int)p.Attribute("idx")!, p => p.Value);
            return Enumerable.Range(0, count).Select(i => points.GetValueOrDefault(i, "-"));
        }
    }
}
