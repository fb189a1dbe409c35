using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Indicators;

/// <summary>
/// The indicator exports (CSV and spreadsheet) on <see cref="IndicatorWorld"/>'s hand-made region: read back, every number
/// is the one /api/v1/indicators/{key} gives for the same filter, a hidden figure is "afgeschermd", the header rows state
/// period and filter, and only the roles that may read the indicators may download them.
/// </summary>
public sealed class IndicatorExportTests(Apps apps)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(WerkbrugAppFactory App, IndicatorWorld World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await IndicatorWorld.OnceAsync(app));
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string contentType)
    {
        using var response = await client.GetAsync(url, Ct);
        var content = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {Encoding.UTF8.GetString(content)}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return content;
    }

    /// <summary>What the API says of the indicator, as the rows of its tables in the file's shape: "label|cell|…", the total last.</summary>
    private static async Task<string[][]> ApiRowsAsync(HttpClient api, string key, string query)
    {
        var json = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/indicators/{key}?{query}", Ct)).RootElement;
        var kind = json.GetProperty("kind").GetString()!;
        string Row(string label, JsonElement value, JsonElement previous) => string.Join('|', [label, .. Cells(kind, value), .. Cells(kind, previous)]);
        return [.. json.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetProperty("rows").EnumerateArray()
            .Select(r => Row(r.GetProperty("label").GetString()!, r.GetProperty("value"), r.GetProperty("previous")))
            .Append(Row("Totaal", json.GetProperty("value"), json.GetProperty("previous"))).ToArray())];
    }

    private static IEnumerable<string> Cells(string kind, JsonElement figure)
    {
        string[] columns = kind switch { "Share" => ["value", "count", "of"], "AverageDays" => ["value", "count"], _ => ["value"] };
        if (figure.GetProperty("suppressed").GetBoolean())
        {
            return columns.Select(_ => "afgeschermd");
        }

        if (!figure.GetProperty("available").GetBoolean())
        {
            return columns.Select(_ => "niet beschikbaar");
        }

        return columns.Select(c => figure.GetProperty(c) is { ValueKind: JsonValueKind.Number } number
            ? number.GetDouble().ToString(CultureInfo.InvariantCulture) + (c == "value" && kind == "Share" ? "%" : string.Empty)
            : "–");
    }

    private static async Task AssertSameAsApiAsync(HttpClient api, IndicatorFile file, string query)
    {
        Assert.Equal(await ApiRowsAsync(api, file.Key, query), file.Tables.Select(t => t.Rows.ToArray()).ToArray());
    }

    [Theory, Providers]
    public async Task the_dashboard_as_csv_and_as_spreadsheet_gives_every_number_of_the_api(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        var csv = IndicatorFile.ReadCsv(await DownloadAsync(api, $"/api/v1/indicators/export?format=csv&{IndicatorWorld.Q2}", "text/csv"));
        var workbook = IndicatorFile.ReadWorkbook(await DownloadAsync(api, $"/api/v1/indicators/export?format=xlsx&{IndicatorWorld.Q2}", Xlsx), out var sheets);

        // Every indicator of the catalogue, in its order, one sheet each; both files hold the same rows.
        var keys = (await api.AllItemsAsync("/api/v1/indicators")).Select(i => i.GetProperty("key").GetString()!).ToList();
        Assert.Equal(keys, csv.Select(f => f.Key));
        Assert.Equivalent(csv, workbook, strict: true);
        Assert.All(sheets, s => Assert.InRange(s.Length, 1, 31));
        Assert.Equal(sheets.Count, sheets.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var file in csv)
        {
            await AssertSameAsApiAsync(api, file, IndicatorWorld.Q2);
        }

        // Spot checks by hand (IndicatorApiTests): A placed 5 of B's candidates and B 6 of A's, 11 of 24; Q1 0 of 7.
        var placements = csv.Single(f => f.Key == "placements");
        Assert.Equal(("Plaatsingen", "2026-K2: 2026-04-01 t/m 2026-06-30", "2026-K1: 2026-01-01 t/m 2026-03-31", "Alle organisaties", "Alle gemeenten"),
            (placements.Name, placements.Header["Periode"], placements.Header["Vorige periode"], placements.Header["Organisatie"], placements.Header["Gemeente"]));
        Assert.Contains("Aantallen van 1 tot 5 tonen we niet (afgeschermd)", placements.Header["Kleine aantallen"], StringComparison.Ordinal);
        var owners = placements.Tables.Single(t => t.Caption == "Plaatsingen naar Eigenaar van de kandidaat");
        Assert.Equal(["Eigenaar van de kandidaat", "2026-K2: aantal", "Vorige periode (2026-K1): aantal"], owners.Columns);
        Assert.Contains(owners.Rows, r => r.EndsWith("|afgeschermd|0", StringComparison.Ordinal));
        var cross = workbook.Single(f => f.Key == "cross-partner-placements").Tables[0];
        Assert.Equal("Totaal|45.8%|11|24|0%|0|7", cross.Rows[^1]);
        Assert.Equal("2026-K2: aandeel (%)", cross.Columns[1]);
    }

    [Theory, Providers]
    public async Task one_indicator_for_a_municipality_or_an_organisation_gives_the_numbers_of_the_api_for_that_filter(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);
        var dordrecht = IndicatorWorld.Q2 + "&municipality=Dordrecht";
        var ofB = $"{IndicatorWorld.Q2}&organisation={world.B}";

        var placements = IndicatorFile.ReadCsv(await DownloadAsync(api, $"/api/v1/indicators/placements/export?format=csv&{dordrecht}", "text/csv")).Single();
        var cross = IndicatorFile.ReadWorkbook(await DownloadAsync(api, $"/api/v1/indicators/cross-partner-placements/export?format=xlsx&{ofB}", Xlsx), out _).Single();

        await AssertSameAsApiAsync(api, placements, dordrecht);
        await AssertSameAsApiAsync(api, cross, ofB);
        // Dordrecht in Q2: A's 6 own and 5 of B's candidates; Q1 7. B placed 6 of A's candidates of its 11 (54.5 %), nobody in Q1.
        Assert.Equal(("Dordrecht", "Totaal|11|7"), (placements.Header["Gemeente"], placements.Tables[0].Rows[^1]));
        Assert.Equal(("B-uwv", "Totaal|54.5%|6|11|–|0|0"), (cross.Header["Organisatie"][..5], cross.Tables[0].Rows[^1]));
    }

    [Theory, Providers]
    public async Task a_bad_format_or_filter_is_refused_with_a_problem_naming_the_field(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        foreach (var (url, field) in new[]
        {
            ("/api/v1/indicators/placements/export?format=pdf", "format"),
            ("/api/v1/indicators/export", "format"),
            ("/api/v1/indicators/export?format=xlsx&from=2026-06-30&to=2026-04-01", "to"),
            ("/api/v1/indicators/placements/export?format=csv&municipality=Amersfoort", "municipality"),
        })
        {
            using var response = await api.GetAsync(url, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{url}: {body}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/indicators/plaatsingen/export?format=csv", Ct)).StatusCode);
        var page = await (await PageClient.LoginAsync(app, world.Manager)).GetAsync("/indicators?handler=export&format=pdf");
        Assert.Contains("Kies als formaat csv of xlsx.", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task an_analyst_downloads_from_the_pages_with_the_filter_kept_and_a_case_manager_may_not_export(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var analyst = await PageClient.LoginAsync(app, world.Analyst);

        var dashboard = await analyst.GetAsync("/indicators?From=2026-04-01&To=2026-06-30&Municipality=Dordrecht");
        var links = dashboard.Document.QuerySelectorAll("#dashboard-export a, #placements a[href*='handler=export']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4, links.Count);
        Assert.All(links, l => Assert.Contains("From=2026-04-01&To=2026-06-30&Municipality=Dordrecht", l, StringComparison.Ordinal));
        var all = IndicatorFile.ReadWorkbook(await DownloadAsync(analyst.Http, links.Single(l => l.StartsWith("/indicators?", StringComparison.Ordinal) && l.Contains("format=xlsx", StringComparison.Ordinal)), Xlsx), out _);
        Assert.Equal("Totaal|11|7", all.Single(f => f.Key == "placements").Tables[0].Rows[^1]);

        var definition = await analyst.GetAsync(dashboard.Document.QuerySelector("#placements a[href^='/indicators/placements?From=']")!.GetAttribute("href")!);
        var csv = definition.Document.QuerySelector("#export a[href*='format=csv']")!.GetAttribute("href")!;
        Assert.Equal("Totaal|11|7", IndicatorFile.ReadCsv(await DownloadAsync(analyst.Http, csv, "text/csv")).Single().Tables[0].Rows[^1]);

        var caseManager = app.ApiClient(world.CaseManagerB);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/indicators/export?format=csv", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/indicators/placements/export?format=xlsx", Ct)).StatusCode);
    }

    [Fact]
    public void csv_text_a_spreadsheet_would_take_for_a_formula_is_written_as_text()
    {
        string[] texts = ["=HYPERLINK(\"http://x\")", "+31 6", "-2", "@SUM(A1)", "a;b", "Totaal"];
        var sheet = new IndicatorFiles.Sheet("x", [[.. texts.Select(IndicatorFiles.Cell.Text), IndicatorFiles.Cell.Percent(45.8)]]);

        var written = Encoding.UTF8.GetString(IndicatorFiles.Csv([sheet], CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal("\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\";'+31 6;'-2;'@SUM(A1);\"a;b\";Totaal;45,8\r\n", written);
    }
}
