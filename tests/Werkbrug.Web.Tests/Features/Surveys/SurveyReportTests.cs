using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Tests.Infrastructure;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Werkbrug.Web.Tests.Features.Surveys;

/// <summary>
/// Survey results as reports read them, in <see cref="SurveyWorld.Region"/> (AM34), in years no other survey test answers
/// in (2023 and 2024), arranged once per provider:
/// <code>
/// Employer satisfaction (T1, the report mark), population 2024: G 1-9 6,000 and G 10-49 4,000
///   2024  10 of 1-9: marks 6 ×5, 7 ×5 (mean 6.5)   10 of 10-49: marks 8 ×5, 9 ×5 (mean 8.5)
///         unweighted 7.5; weighted 0.6 · 6.5 + 0.4 · 8.5 = 7.3, n_eff = 10,000² / (10 · 600² + 10 · 400²) = 19.2
///   2023  3 responses: fewer than the threshold (5), suppressed
/// Job-seeker satisfaction: one mark of 1 in 2024, which is not an employer's and never counts.
///
/// Employer questionnaire (appendix 2), 2025 (weighted with the 2024 table):
///   10 of 1-9 (weight 600):  4 contacted the regional service point (A1 = rwsp, C1 = kandidaat), 6 nobody and know neither
///                           point; nobody with a work limitation at work, not willing to hire more on WW; reason: social
///   10 of 10-49 (weight 400): contacted UWV, know the regional point (A2 = ja), have questions (B3) but no need of the service
///                           point (B4); 2 employees with a limitation (E1, E2); willing to hire more on WW; social and the quota
///   knowing the regional point: weighted (4 · 600 + 10 · 400) / 10,000 = 64 %, unweighted 14 / 20 = 70 %
/// </code>
/// </summary>
public sealed record SurveyReportWorld(ReportPeople People, Guid Satisfaction, Guid JobSeekers, Guid Monitor)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SurveyReportWorld> ArrangeAsync(WerkbrugAppFactory app)
    {
        // Users only: client employers here would change the yearly round's counts in SurveyTests, which shares the region.
        var coordinator = await app.CreateAdviserAsync(SurveyWorld.Region, Werkbrug.Domain.Organisations.Roles.RegionCoordinator, Werkbrug.Domain.Organisations.Roles.AccountManager);
        var people = new ReportPeople(coordinator, await app.CreateUserInOrganisationAsync(coordinator, Werkbrug.Domain.Organisations.Roles.Analyst));
        var api = app.ApiClient(people.Coordinator);
        async Task<Guid> StartAsync(string template)
        {
            var created = await api.PostAsJsonAsync("/api/v1/surveys", new { templateKey = template }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        }

        var satisfaction = await StartAsync("werkgeverstevredenheid");
        var jobSeekers = await StartAsync("werkzoekendentevredenheid");
        var monitor = await StartAsync("werkgeversenquete-2022");
        var population = await api.PostAsync("/api/v1/surveys/population?year=2024", new StringContent("sectie;grootteklasse;aantal\nG;1-9;6000\nG;10-49;4000\n", System.Text.Encoding.UTF8, "text/csv"), Ct);
        Assert.Equal(HttpStatusCode.OK, population.StatusCode);

        var marks = new List<(Guid Survey, DateOnly On, SizeBand Size, string Key, int Mark)>();
        for (var i = 0; i < 10; i++)
        {
            marks.Add((satisfaction, new DateOnly(2024, 5, 1), SizeBand.Employees1To9, "T1", i < 5 ? 6 : 7));
            marks.Add((satisfaction, new DateOnly(2024, 5, 1), SizeBand.Employees10To49, "T1", i < 5 ? 8 : 9));
        }

        marks.AddRange(Enumerable.Range(0, 3).Select(_ => (satisfaction, new DateOnly(2023, 5, 1), SizeBand.Employees1To9, "T1", 9)));
        marks.Add((jobSeekers, new DateOnly(2024, 5, 1), SizeBand.Employees1To9, "W1", 1));
        await app.InDbAsync(async d =>
        {
            var versions = await d.SurveyVersions.Where(v => v.SurveyId == satisfaction || v.SurveyId == jobSeekers || v.SurveyId == monitor).ToDictionaryAsync(v => v.SurveyId, v => v.Id, Ct);
            d.SurveyResponses.AddRange(marks.Select(m => new SurveyResponse
            {
                RegionCode = SurveyWorld.Region,
                SurveyId = m.Survey,
                VersionId = versions[m.Survey],
                VersionNumber = 1,
                SubmittedOn = m.On,
                Trigger = InvitationTrigger.YearlyRound,
                Section = "G",
                Size = m.Size,
                Score = m.Mark,
                Answers = Versions.AnswersToJson(new Dictionary<string, Answer> { [m.Key] = Answer.Of(m.Mark) }),
                // The larger employers' responses are linked to the coordinator's organisation (their account manager's partner).
                OrganisationId = m.Size == SizeBand.Employees10To49 && m.Survey == satisfaction ? people.Coordinator.OrganisationId : null,
            }));
            for (var i = 0; i < 10; i++)
            {
                d.SurveyResponses.Add(Monitor(SizeBand.Employees1To9, i < 4
                    ? new() { ["B1"] = Answer.Choose("ja"), ["B3"] = Answer.Choose("nee"), ["A1"] = Answer.Choose("rwsp"), ["A3"] = Answer.Choose("nee"), ["C1"] = Answer.Choose("kandidaat"), ["E1"] = Answer.Choose("nee"), ["E31"] = Answer.Grid(("ww", "nee")), ["E4"] = Answer.Choose("maatschappelijk") }
                    : new() { ["B1"] = Answer.Choose("nee"), ["B3"] = Answer.Choose("nee"), ["A1"] = Answer.Choose("geen"), ["A2"] = Answer.Choose("nee"), ["A3"] = Answer.Choose("nee"), ["E1"] = Answer.Choose("nee"), ["E31"] = Answer.Grid(("ww", "nee")), ["E4"] = Answer.Choose("maatschappelijk") }));
                d.SurveyResponses.Add(Monitor(SizeBand.Employees10To49, new()
                {
                    ["B1"] = Answer.Choose("ja"),
                    ["B3"] = Answer.Choose("ja"),
                    ["B4"] = Answer.Choose("behoefte"),
                    ["A1"] = Answer.Choose("uwv"),
                    ["A2"] = Answer.Choose("ja"),
                    ["A3"] = Answer.Choose("nee"),
                    ["C11"] = Answer.Choose("kandidaat"),
                    ["E1"] = Answer.Choose("ja"),
                    ["E2"] = Answer.Grid(("loondienst", "2")),
                    ["E31"] = Answer.Grid(("ww", "ja")),
                    ["E4"] = Answer.Choose("maatschappelijk", "quotum"),
                }));
            }

            return await d.SaveChangesAsync(Ct);

            SurveyResponse Monitor(SizeBand size, Dictionary<string, Answer> answers) => new()
            {
                RegionCode = SurveyWorld.Region,
                SurveyId = monitor,
                VersionId = versions[monitor],
                VersionNumber = 1,
                SubmittedOn = new DateOnly(2025, 3, 1),
                Trigger = InvitationTrigger.YearlyRound,
                Section = "G",
                Size = size,
                Answers = Versions.AnswersToJson(answers),
            };
        });
        return new SurveyReportWorld(people, satisfaction, jobSeekers, monitor);
    }
}

/// <summary>The region coordinator and an analyst of one organisation.</summary>
public sealed record ReportPeople(TestUser Coordinator, TestUser Analyst);

/// <summary>
/// Survey figures as reports read them, on both providers: the employer-satisfaction score in the yearly evaluation (page,
/// Word document and API), and the monitor view of chapter 6 (page and API).
/// </summary>
public sealed class SurveyReportTests(Apps apps)
{
    private static readonly ConcurrentDictionary<Db, Lazy<Task<SurveyReportWorld>>> Worlds = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(WerkbrugAppFactory App, SurveyReportWorld World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await Worlds.GetOrAdd(db, _ => new Lazy<Task<SurveyReportWorld>>(() => SurveyReportWorld.ArrangeAsync(app))).Value);
    }

    private static readonly string[][] ScoreRows =
    [
        ["2024", "7,3", "6,8–7,8", "7,5", "20", "19,2"],
        ["2023", "afgeschermd", "–", "afgeschermd", "minder dan 5", "–"],
    ];

    private const string ScoreLine = "Rapportcijfer 2024: 7,3 (95%-betrouwbaarheidsinterval 6,8–7,8), uit 20 antwoorden.";

    [Theory, Providers]
    public async Task the_evaluation_report_shows_the_weighted_satisfaction_score_with_its_interval_and_n_and_suppresses_a_small_year(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var analyst = world.People.Analyst;

        var report = JsonDocument.Parse(await app.ApiClient(analyst).GetStringAsync("/api/v1/indicators/evaluation?year=2024", Ct)).RootElement;
        var year = report.GetProperty("satisfaction").GetProperty("year");
        Assert.Equal((20, 7.3, 7.5, "PostStratification"), (year.GetProperty("respondents").GetInt32(), year.GetProperty("weighted").GetProperty("value").GetDouble(), year.GetProperty("unweighted").GetProperty("value").GetDouble(), year.GetProperty("method").GetString()));
        var previous = report.GetProperty("satisfaction").GetProperty("previous");
        Assert.Equal((true, JsonValueKind.Null), (previous.GetProperty("suppressed").GetBoolean(), previous.GetProperty("weighted").ValueKind));

        var pages = await PageClient.LoginAsync(app, analyst);
        var page = await pages.GetAsync("/indicators/evaluation?Year=2024");
        Assert.Equal(ScoreLine, page.Document.QuerySelector("#satisfaction-line")!.TextContent);
        Assert.Equal(ScoreRows, page.Document.QuerySelectorAll("#satisfaction-table tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()));

        var response = await pages.Http.GetAsync("/indicators/evaluation?handler=Document&Year=2024", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var heading = body.Elements<Word.Paragraph>().Single(p => p.InnerText == "Werkgeverstevredenheid");
        Assert.Contains(body.Elements<Word.Paragraph>(), p => p.InnerText == ScoreLine);
        var table = heading.ElementsAfter().OfType<Word.Table>().First();
        var rows = table.Elements<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["Jaar", "Rapportcijfer (gewogen)", "95%-betrouwbaarheidsinterval", "Ongewogen", "Antwoorden (n)", "Effectieve n"], rows[0]);
        Assert.Equal(ScoreRows, rows.Skip(1));
    }

    private static JsonElement Figure(JsonElement monitor, string key) =>
        monitor.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    private static JsonElement Cell(JsonElement figure, string row, int column) =>
        figure.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == row).GetProperty("cells")[column];

    private static double? Share(JsonElement cell, string which) =>
        cell.GetProperty(which) is { ValueKind: JsonValueKind.Object } e ? Math.Round(e.GetProperty("value").GetDouble(), 4) : null;

    [Theory, Providers]
    public async Task the_monitor_shows_chapter_6_as_weighted_shares_with_small_groups_hidden(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.People.Analyst);

        var monitor = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/surveys/{world.Monitor}/monitor?year=2025", Ct)).RootElement;
        Assert.Equal((20, "PostStratification", 2024), (monitor.GetProperty("responses").GetInt32(), monitor.GetProperty("method").GetString(), monitor.GetProperty("populationYear").GetInt32()));
        Assert.Equal(["6.1", "tabel-6.1", "6.3", "6.4", "6.5", "tabel-6.2", "6.6", "6.8"], monitor.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("key").GetString()));

        // Figure 6.1: the weighted share corrects for the over-represented larger employers.
        var knows = Figure(monitor, "6.1");
        Assert.Equal((0.64, 0.7), (Share(Cell(knows, "regionaal", 0), "weighted"), Share(Cell(knows, "regionaal", 0), "unweighted")));
        Assert.Equal(0.0, Share(Cell(knows, "landelijk", 0), "weighted"));
        // Table 6.1: of those with questions (the 10 larger ones) nobody contacted the regional point; of all, 4 did: hidden,
        // and with it the "no contact" row (6), from which it could be worked out.
        var contact = Figure(monitor, "tabel-6.1");
        Assert.Equal([10, 20], contact.GetProperty("bases").EnumerateArray().Select(b => b.GetProperty("respondents").GetInt32()));
        Assert.Equal(0.0, Share(Cell(contact, "rwsp", 0), "weighted"));
        Assert.Equal((true, JsonValueKind.Null, true), (Cell(contact, "rwsp", 1).GetProperty("hidden").GetBoolean(), Cell(contact, "rwsp", 1).GetProperty("count").ValueKind, Cell(contact, "geen", 1).GetProperty("hidden").GetBoolean()));
        // Figure 6.4 asks only the 4 who contacted the regional point: suppressed whole.
        Assert.True(Figure(monitor, "6.4").GetProperty("bases")[0].GetProperty("suppressed").GetBoolean());
        Assert.All(Figure(monitor, "6.4").GetProperty("rows").EnumerateArray(), r => Assert.Null(Share(r.GetProperty("cells")[0], "weighted")));
        // 6.5, 6.2, 6.6 and 6.8.
        Assert.Equal(1.0, Share(Cell(Figure(monitor, "6.5"), "behoefte", 0), "weighted"));
        Assert.Equal((0.4, 0.4), (Share(Cell(Figure(monitor, "tabel-6.2"), "ja", 0), "weighted"), Share(Cell(Figure(monitor, "tabel-6.2"), "loondienst", 0), "weighted")));
        Assert.Equal((1.0, 0.0), (Share(Cell(Figure(monitor, "6.6"), "ww", 0), "weighted"), Share(Cell(Figure(monitor, "6.6"), "ww", 1), "weighted")));
        Assert.Equal((1.0, 0.4, 0.5), (Share(Cell(Figure(monitor, "6.8"), "maatschappelijk", 0), "weighted"), Share(Cell(Figure(monitor, "6.8"), "quotum", 0), "weighted"), Share(Cell(Figure(monitor, "6.8"), "quotum", 0), "unweighted")));

        // The page: each figure a chart beside its accessible table with the same figures.
        var page = await (await PageClient.LoginAsync(app, world.People.Analyst)).GetAsync($"/surveys/{world.Monitor}/monitor?Year=2025");
        Assert.Equal(8, page.Document.QuerySelectorAll("section[data-figure] table").Length);
        string[] Row(string figure, string label) => [.. page.Document.QuerySelectorAll($"#figure-{figure} tbody tr").Single(r => r.QuerySelector("th")!.TextContent == label).QuerySelectorAll("td").Select(c => c.TextContent)];
        Assert.StartsWith("64,0 % (", Row("6-1", "Regionaal werkgeversservicepunt")[0], StringComparison.Ordinal);
        Assert.Equal(["0,0 % (0,0–27,8)", "verborgen (kleine groep)"], Row("tabel-6-1", "Regionaal werkgeversservicepunt"));
        Assert.Contains("Werkgevers met contact met het regionale werkgeversservicepunt: minder dan 5 antwoorden, afgeschermd.", page.Document.QuerySelector("#monitor-6-4")!.TextContent, StringComparison.Ordinal);

        // Only a survey started from appendix 2 has a monitor.
        var other = await api.GetAsync($"/api/v1/surveys/{world.Satisfaction}/monitor", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("werkgeversvragenlijst (bijlage 2)", await other.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_evaluation_of_a_year_with_appendix_2_responses_carries_the_monitor_figures_in_its_word_document(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var analyst = world.People.Analyst;

        // 2025 has the appendix-2 responses: the API's report carries the same monitor as the monitor view; 2024 has none.
        var api = app.ApiClient(analyst);
        var report = JsonDocument.Parse(await api.GetStringAsync("/api/v1/indicators/evaluation?year=2025", Ct)).RootElement;
        var monitor = Assert.Single(report.GetProperty("monitors").EnumerateArray());
        Assert.Equal((world.Monitor, 20), (monitor.GetProperty("id").GetGuid(), monitor.GetProperty("responses").GetInt32()));
        Assert.Equal(0.64, Share(Cell(Figure(monitor, "6.1"), "regionaal", 0), "weighted"));
        Assert.Equal(0, JsonDocument.Parse(await api.GetStringAsync("/api/v1/indicators/evaluation?year=2024", Ct)).RootElement.GetProperty("monitors").GetArrayLength());

        // The page shows the figures as the monitor view does.
        var pages = await PageClient.LoginAsync(app, analyst);
        var page = await pages.GetAsync("/indicators/evaluation?Year=2025");
        Assert.Equal(8, page.Document.QuerySelectorAll("#evaluation-monitor-1 section[data-figure] table").Length);
        Assert.Equal(["0,0 % (0,0–27,8)", "verborgen (kleine groep)"], page.Document.QuerySelectorAll("#evaluation-monitor-1-figure-tabel-6-1 tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Regionaal werkgeversservicepunt").QuerySelectorAll("td").Select(c => c.TextContent));

        // The Word document, read back: a chapter per monitor, a heading and a table per figure, hidden cells and a suppressed base as on the page.
        var response = await pages.Http.GetAsync("/indicators/evaluation?handler=Document&Year=2025", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        static string? Style(Word.Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var chapter = body.Elements<Word.Paragraph>().Single(p => Style(p) == "Heading1" && p.InnerText == "Monitor werkgevers: Vragenlijst werkgevers");
        var figures = chapter.ElementsAfter().TakeWhile(e => e is not Word.Paragraph p || Style(p) != "Heading1").ToList();
        Assert.Equal(
            monitor.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("title").GetString()),
            figures.OfType<Word.Paragraph>().Where(p => Style(p) == "Heading2").Select(p => p.InnerText));
        Assert.Equal(8, figures.OfType<Word.Table>().Count());
        string[][] Rows(string title) =>
        [
            .. figures.SkipWhile(e => e is not Word.Paragraph p || p.InnerText != title).OfType<Word.Table>().First()
                .Elements<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => c.InnerText).ToArray()),
        ];
        var contact = Rows(Figure(monitor, "tabel-6.1").GetProperty("title").GetString()!);
        Assert.Equal("Antwoord", contact[0][0]);
        Assert.Equal(["Regionaal werkgeversservicepunt", "0,0 % (0,0–27,8)", "verborgen (kleine groep)"], contact.Single(r => r[0] == "Regionaal werkgeversservicepunt"));
        Assert.StartsWith("64,0 % (", Rows(Figure(monitor, "6.1").GetProperty("title").GetString()!).Single(r => r[0] == "Regionaal werkgeversservicepunt")[1], StringComparison.Ordinal);
        Assert.Contains(figures.OfType<Word.Paragraph>(), p => p.InnerText == "Werkgevers met contact met het regionale werkgeversservicepunt: minder dan 5 antwoorden, afgeschermd.");
        Assert.All(Rows(Figure(monitor, "6.4").GetProperty("title").GetString()!).Skip(1), r => Assert.Equal("verborgen (kleine groep)", r[1]));
    }

    [Theory, Providers]
    public async Task the_results_download_as_csv_and_spreadsheet_with_the_pages_figures_and_a_small_year_hidden(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var pages = await PageClient.LoginAsync(app, world.People.Analyst);
        var results = await pages.GetAsync($"/surveys/{world.Satisfaction}/results?Year=2024");
        var link = results.Document.QuerySelectorAll("#export a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("format=csv", StringComparison.Ordinal));

        var csv = await pages.Http.GetAsync(link, Ct);
        Assert.Equal(("text/csv", HttpStatusCode.OK), (csv.Content.Headers.ContentType?.MediaType, csv.StatusCode));
        var lines = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF').Split("\r\n").Select(l => l.Split(';')).ToList();
        Assert.Contains(["Antwoorden", "20"], lines);
        Assert.Contains(["Weging", "poststratificatie"], lines);
        // Mark 6: 5 of 20 unweighted (25 %), weighted 5 · 600 of 10,000 (30 %); the mean as on the page; 2023 hidden.
        var six = lines.Single(l => l[0] == "6");
        Assert.Equal(["6", "5", "25"], six[..3]);
        Assert.Equal("30", six[5]);
        Assert.Equal(["Gemiddelde", "20", "7,5"], lines.Single(l => l[0] == "Gemiddelde")[..3]);
        Assert.Equal(["7,3", "6,8", "7,8"], lines.Single(l => l[0] == "Gemiddelde")[5..]);
        Assert.Equal(["2023", "afgeschermd", "afgeschermd", "afgeschermd", "afgeschermd", "afgeschermd", "afgeschermd", "afgeschermd"], lines.Single(l => l[0] == "2023"));

        var xlsx = await app.ApiClient(world.People.Analyst).GetAsync($"/api/v1/surveys/{world.Satisfaction}/results/export?format=xlsx&year=2024", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)), false);
        Assert.Equal(["Resultaten", "Rapportcijfer per jaar"], book.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        var cells = book.WorkbookPart.WorksheetParts.First().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray()).ToList();
        // The share as a number (a fraction shown as a percentage).
        Assert.Equal(["6", "5", "0.25"], cells.Single(r => r.Length > 0 && r[0] == "6")[..3]);
        Assert.Equal("0.3", cells.Single(r => r.Length > 0 && r[0] == "6")[5]);

        var refused = await app.ApiClient(world.People.Analyst).GetAsync($"/api/v1/surveys/{world.Satisfaction}/results/export?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Kies als formaat csv of xlsx.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task results_per_partner_count_only_the_responses_linked_to_that_organisation(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var partner = world.People.Coordinator.OrganisationId;
        var api = app.ApiClient(world.People.Analyst);

        var all = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/surveys/{world.Satisfaction}/results?year=2024", Ct)).RootElement;
        var own = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/surveys/{world.Satisfaction}/results?year=2024&organisation={partner}", Ct)).RootElement;
        Assert.Equal(partner, Assert.Single(all.GetProperty("partners").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal((20, 10), (all.GetProperty("responses").GetInt32(), own.GetProperty("responses").GetInt32()));
        // The partner's 10 marks are 8 and 9: mean 8.5.
        Assert.Equal(8.5, own.GetProperty("trend").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == 2024).GetProperty("score").GetProperty("value").GetDouble());

        var page = await (await PageClient.LoginAsync(app, world.People.Analyst)).GetAsync($"/surveys/{world.Satisfaction}/results?Year=2024&Organisation={partner}");
        Assert.Equal(partner.ToString(), page.Document.QuerySelector("#Organisation option[selected]")!.GetAttribute("value"));
        Assert.StartsWith("10 antwoorden;", page.Document.QuerySelector("#results-summary")!.TextContent, StringComparison.Ordinal);
    }
}
