using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Instruments;

/// <summary>
/// The harmonisation matrix: the demo region's (AM14, seeded by the shared hosts: the national starter set and the
/// Amersfoort set with the two placement premiums of one family and its backdated change log) as the page shows it and as
/// the spreadsheet holds it, and its course over the year;
/// and in AM35 (Gorinchem; no other class touches its catalogue) the figure moving with a change, the past rebuilt
/// from the change log, and bad input.
/// </summary>
public sealed class InstrumentMatrixTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task the_demo_regions_matrix_page_and_spreadsheet_say_the_same(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        // A day in the past (the catalogue rebuilt from its change log), after the demo's backdated changes but the last (DemoInstrumentHistory).
        var on = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = await (await PageClient.LoginAsync(app, adviser)).GetAsync($"/instruments/matrix?On={on}");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var table = page.Document.QuerySelector("#matrix")!;
        var municipalities = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var pageRows = table.QuerySelectorAll("tbody tr").Select(tr => (
            Label: tr.QuerySelector("th")!.TextContent.Trim(),
            Cells: tr.QuerySelectorAll("td").Select(td => string.Join(" — ", new[] { td.QuerySelector(".wb-matrix__state")!.TextContent.Trim() }
                .Concat(td.QuerySelectorAll(".wb-matrix__name").Select(a => a.TextContent.Trim()))
                .Concat(td.QuerySelectorAll("li").Select(li => li.TextContent.Trim())))).ToList())).ToList();

        var response = await app.ApiClient(adviser).GetAsync($"/api/v1/instruments/matrix/export?on={on}&format=xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"harmonisatiematrix-AM14-{on}.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var (sheetNames, sheet) = Read(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal(["Matrix", "Verloop"], sheetNames);
        Assert.Equal(["Amersfoort", "Baarn", "Bunschoten", "Leusden", "Nijkerk", "Soest", "Woudenberg"], municipalities);
        var heading = sheet.FindIndex(r => r.Count > 0 && r[0] == "Instrument");
        Assert.Equal(["Instrument", .. municipalities], sheet[heading]);
        Assert.Equal(pageRows.Select(r => string.Join(" | ", [r.Label, .. r.Cells])), sheet.Skip(heading + 1).Select(r => string.Join(" | ", r)));
        var figure = page.Document.QuerySelector("#matrix-figure")!.TextContent;
        Assert.Contains(sheet.Single(r => r.Count > 1 && r[0] == "Harmonisatiegraad")[1].Replace('.', ','), figure, StringComparison.Ordinal);

        // The demo's design: Soest and Baarn share a premium, Amersfoort has its own with other conditions, the rest has none.
        var premium = pageRows.Single(r => r.Label == "Plaatsingspremie");
        Assert.Equal("Anders — Werkgeversbonus Amersfoort — Soort contract: Reguliere vacature (extra voorwaarde)", premium.Cells[0].Split(" — Uren per week")[0]);
        Assert.Contains("Uren per week: minstens 20 in plaats van minstens 12", premium.Cells[0], StringComparison.Ordinal);
        Assert.Equal(["Gelijk", "Ontbreekt", "Ontbreekt", "Ontbreekt", "Gelijk", "Ontbreekt"], premium.Cells.Skip(1));
        Assert.All(pageRows.Where(r => r.Label.StartsWith("No-risk", StringComparison.Ordinal)).SelectMany(r => r.Cells), c => Assert.Equal("Gelijk", c));

        // The demo's past year is in the change log: Baarn joined Soest's premium, a regional jobcoach replaced two local ones.
        var today = await (await app.ApiClient(adviser).GetAsync("/api/v1/instruments/matrix", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var course = today.GetProperty("history").EnumerateArray().Select(Percent).ToList();
        Assert.Equal([42.9, 47.6, 76.2], course.Distinct());
    }

    [Theory, Providers]
    public async Task the_figure_follows_a_change_the_past_is_rebuilt_and_bad_input_is_refused(Db db)
    {
        var app = apps.For(db);
        var coordinator = app.ApiClient(await app.CreateAdviserAsync("AM35", Roles.RegionCoordinator));
        async Task<JsonElement> MatrixAsync(string query = "")
        {
            var response = await coordinator.GetAsync("/api/v1/instruments/matrix" + query, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }

        object Premium(string key, string[] municipalities, int hours, int? version = null) => new
        {
            key,
            name = "Premie " + key,
            family = "Werkpremie",
            provider = "Municipality",
            coverage = "Municipalities",
            municipalities,
            provides = "€ 750",
            conditions = "Bijstand.",
            rules = new object[] { new { fact = "Benefit", values = new[] { "Bijstand" } }, new { fact = "HoursPerWeek", min = hours } },
            version,
        };

        var before = await MatrixAsync();
        Assert.Null(Percent(before.GetProperty("figure")));
        var gorinchem = await coordinator.PostAsJsonAsync("/api/v1/instruments", Premium("premie-gorinchem", ["Gorinchem"], 12), Ct);
        Assert.Equal(HttpStatusCode.Created, gorinchem.StatusCode);
        var molenlanden = await (await coordinator.PostAsJsonAsync("/api/v1/instruments", Premium("premie-molenlanden", ["Molenlanden"], 20), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        // Two variants of one family: one municipality each (the common one is the first by key), the third has none: 1 of 3.
        var split = await MatrixAsync();
        var row = split.GetProperty("rows").EnumerateArray().Single(r => Family(r) == "Werkpremie");
        Assert.Equal("Same Absent Different", string.Join(' ', row.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("state").GetString())));
        Assert.Equal("Uren per week: minstens 20 in plaats van minstens 12", row.GetProperty("cells")[2].GetProperty("differences")[0].GetProperty("text").GetString());
        Assert.Equal(33.3, Percent(split.GetProperty("figure")));

        var changed = await coordinator.PutAsJsonAsync(
            $"/api/v1/instruments/{molenlanden.GetProperty("id").GetGuid()}", Premium("premie-molenlanden", ["Molenlanden", "Hardinxveld-Giessendam"], 12, molenlanden.GetProperty("version").GetInt32()), Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var harmonised = await MatrixAsync();
        Assert.Equal(100.0, Percent(harmonised.GetProperty("figure")));
        // The course: the first of each month back to a year ago, then today; before today the premiums did not exist yet.
        var history = harmonised.GetProperty("history").EnumerateArray().ToList();
        Assert.InRange(history.Count, 12, 13);
        Assert.Equal(harmonised.GetProperty("on").GetString(), history[^1].GetProperty("on").GetString());
        Assert.All(history[..^1], p => Assert.Null(Percent(p)));
        Assert.Equal(100.0, Percent(history[^1]));
        var lastYear = await MatrixAsync("?on=2025-12-31");
        Assert.DoesNotContain(lastYear.GetProperty("rows").EnumerateArray(), r => Family(r) is not null);

        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/instruments/matrix/export?format=pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/instruments/matrix?on=1800-01-01", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/instruments/matrix", Ct)).StatusCode);
    }

    private static double? Percent(JsonElement point) =>
        point.TryGetProperty("harmonisedPercent", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;

    private static string? Family(JsonElement row) => row.TryGetProperty("family", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;

    /// <summary>A workbook (valid Open XML) as its sheet names and the first sheet's rows of shown texts (a percentage as "76.2%").</summary>
    private static (List<string> Names, List<List<string>> Rows) Read(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        var first = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!.Value!)).Worksheet!.GetFirstChild<SheetData>()!;
        static string Shown(Cell cell) => cell.DataType?.Value == CellValues.InlineString
            ? cell.InlineString!.InnerText
            : Math.Round(100 * double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
        return ([.. sheets.Select(s => s.Name!.Value!)], [.. first.Elements<Row>().Select(r => r.Elements<Cell>().Select(Shown).ToList())]);
    }
}
