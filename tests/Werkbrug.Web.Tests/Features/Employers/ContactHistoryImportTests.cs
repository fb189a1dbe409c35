using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Employers;

/// <summary>
/// Issue 19 item 6: a legacy contact history (WBS shape) imported into the employers' timelines, idempotent, with a
/// report line for every row. Region AM14, each test with its own employers and users.
/// </summary>
public sealed class ContactHistoryImportTests(Apps apps)
{
    private const string Header = "kvknummer;datum;tijd;adviseur;kanaal;onderwerp;notitie;id";
    private const string Region = "AM14";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ImportAsync(HttpClient api, string csv, bool dryRun = false, HttpStatusCode expected = HttpStatusCode.OK, Encoding? encoding = null)
    {
        using var body = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(csv));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await api.PostAsync($"/api/v1/contact-moments/import?dryRun={dryRun.ToString().ToLowerInvariant()}", body, Ct);
        Assert.True(expected == response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static (int Total, int Imported, int AlreadyPresent, int Rejected) Counts(JsonElement report) =>
        (report.GetProperty("total").GetInt32(), report.GetProperty("imported").GetInt32(), report.GetProperty("alreadyPresent").GetInt32(), report.GetProperty("rejected").GetInt32());

    private static async Task<List<JsonElement>> TimelineAsync(HttpClient api, Guid employerId) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/contact-moments?employerId={employerId}&pageSize=100", Ct)).GetProperty("items").EnumerateArray().ToList();

    /// <summary>Legacy ids are unique per region, as in the legacy system: each test's ids carry their own tag.</summary>
    private static string Tag() => Guid.NewGuid().ToString("N")[..8] + "-";

    private static Task<int> ContactCountAsync(WerkbrugAppFactory app, Guid employerId) =>
        app.InDbAsync(d => d.ContactMoments.CountAsync(c => c.EmployerId == employerId, Ct));

    /// <summary>Each row case of the file (after the KvK number) and the report line it must give: outcome, column, a piece of the Dutch reason.</summary>
    private static readonly (string Row, string Outcome, string? Column, string? Reason)[] Cases =
    [
        ("{kvk};2024-03-05;14:30;{email};Telefoon;Vacature kok;Belde over een kok.;{id}A-1", "Imported", null, null),
        ("{kvk};5-3-2024;;J. Jansen;bezoek;Kennismaking;;{id}A-2", "Imported", "adviser", "‘J. Jansen’ is bewaard als oorspronkelijke adviseur"),
        ("{kvk};05-03-2024 09.15;;;E-mail;;Offerte gestuurd;", "Imported", null, null),
        ("{kvk};2024-03-06;;;videobellen;Teams-overleg;;{id}A-4", "Imported", null, null),
        ("{kvk};2024-03-07;;;Event;Werkgeversontbijt;;{id}A-5", "Imported", null, null),
        ("{kvk};2024-03-05;14:30;{email};Telefoon;Vacature kok;Belde over een kok.;{id}A-1", "AlreadyPresent", "legacyId", "Dezelfde regel als regel 2"),
        ("{unknown};2024-03-05;;;telefoon;;;{id}B-1", "Rejected", "kvkNumber", "De regio heeft geen werkgever met KvK-nummer {unknown}"),
        ("{theirs};2024-03-05;;;telefoon;;;{id}B-2", "Rejected", "kvkNumber", "De regio heeft geen werkgever met KvK-nummer {theirs}"),
        ("1234;2024-03-05;;;telefoon;;;{id}B-3", "Rejected", "kvkNumber", "KvK-nummer"),
        ("{kvk};31-02-2024;;;telefoon;;;{id}B-4", "Rejected", "date", "‘31-02-2024’ is geen datum"),
        ("{kvk};2099-01-01;;;telefoon;;;{id}B-5", "Rejected", "date", "ligt in de toekomst"),
        ("{kvk};2024-03-05;25:00;;telefoon;;;{id}B-6", "Rejected", "time", "‘25:00’ is geen tijd"),
        ("{kvk};2024-03-05;;;postduif;;;{id}B-7", "Rejected", "channel", "‘postduif’ is geen bekend kanaal"),
        ("{kvk};2024-03-05;;;;;;{id}B-8", "Rejected", "channel", "Kanaal is verplicht"),
        ("{kvk};;;;telefoon;;;{id}B-9", "Rejected", "date", "is verplicht"),
        ("{kvk};2024-03-05;;;telefoon;;{long};{id}B-10", "Rejected", "note", "te lang: 1001 tekens, hoogstens 1000"),
        ("{kvk};2024-03-05;;;telefoon;;BSN 111222333 genoemd;{id}B-11", "Rejected", "note", "burgerservicenummer"),
    ];

    [Theory, Providers]
    public async Task every_row_gets_a_report_line_with_its_outcome_and_reason(Db db)
    {
        var app = apps.For(db);
        var importer = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var colleague = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var api = app.ApiClient(importer);
        var (kvk, unknown, theirs) = (EmployerPages.NewKvk(), EmployerPages.NewKvk(), EmployerPages.NewKvk());
        var tag = Tag();
        var employer = await api.RegisterEmployerAsync(kvk: kvk);
        await app.ApiClient(await app.CreateAdviserAsync("AM01", Roles.AccountManager)).RegisterEmployerAsync(kvk: theirs);
        string Fill(string s) => s.Replace("{kvk}", kvk, StringComparison.Ordinal).Replace("{unknown}", unknown, StringComparison.Ordinal)
            .Replace("{theirs}", theirs, StringComparison.Ordinal).Replace("{email}", colleague.Email.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("{long}", new string('a', 1001), StringComparison.Ordinal).Replace("{id}", tag, StringComparison.Ordinal);

        var report = await ImportAsync(api, Header + "\n" + string.Join("\n", Cases.Select(c => Fill(c.Row))) + "\n");

        Assert.Equal((Cases.Length, 5, 1, 11), Counts(report));
        var lines = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(2, Cases.Length), lines.Select(l => l.GetProperty("lineNumber").GetInt32()));
        var problems = new List<string>();
        foreach (var (line, (row, outcome, column, reason)) in lines.Zip(Cases))
        {
            var messages = line.GetProperty("errors").EnumerateArray().Concat(line.GetProperty("remarks").EnumerateArray()).ToList();
            var said = string.Join(" | ", messages.Select(m => $"{m.GetProperty("column").GetString()}: {m.GetProperty("text").GetString()}"));
            if (line.GetProperty("outcome").GetString() != outcome || (column is null ? messages.Count > 0
                    : messages.Count != 1 || messages[0].GetProperty("column").GetString() != column || !said.Contains(Fill(reason!), StringComparison.Ordinal)))
            {
                problems.Add($"{Fill(row)[..Math.Min(60, Fill(row).Length)]} → {line.GetProperty("outcome").GetString()} [{said}], expected {outcome} [{column}: {reason}]");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var timeline = await TimelineAsync(api, employer);
        Assert.Equal(5, timeline.Count);
        var matched = timeline.Single(t => t.GetProperty("subject").GetString() == "Vacature kok");
        Assert.Equal((colleague.Id, colleague.OrganisationId), (matched.GetProperty("adviserUserId").GetGuid(), matched.GetProperty("organisationId").GetGuid()));
        Assert.Equal(JsonValueKind.Null, matched.GetProperty("importedAdviserName").ValueKind);
        Assert.Equal(("WBS", "Phone"), (matched.GetProperty("importSource").GetString(), matched.GetProperty("channel").GetString()));
        Assert.Equal(new DateTime(2024, 3, 5, 13, 30, 0, DateTimeKind.Utc), matched.GetProperty("occurredAtUtc").GetDateTime()); // 14:30 CET
        var kept = timeline.Single(t => t.GetProperty("subject").GetString() == "Kennismaking");
        Assert.Equal(("J. Jansen", importer.Id, "Visit"), (kept.GetProperty("importedAdviserName").GetString(), kept.GetProperty("adviserUserId").GetGuid(), kept.GetProperty("channel").GetString()));
        Assert.Equal(new DateTime(2024, 3, 5, 8, 15, 0, DateTimeKind.Utc), timeline.Single(t => t.GetProperty("note").GetString() == "Offerte gestuurd").GetProperty("occurredAtUtc").GetDateTime());
    }

    [Theory, Providers]
    public async Task the_same_file_twice_or_an_overlapping_one_adds_nothing_already_present(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.AccountManager));
        var kvk = EmployerPages.NewKvk();
        var employer = await api.RegisterEmployerAsync(kvk: kvk);
        var tag = Tag();
        var csv = $"{Header}\n{kvk};2024-01-10;10:00;Piet;telefoon;Eerste;Notitie een;{tag}W-1\n{kvk};2024-01-11;;Piet;bezoek;Tweede;\"Notitie\r\n  met twee regels\";\n{kvk};2024-01-12;;Piet;e-mail;Derde;;\n";

        var once = await ImportAsync(api, csv);
        var count = await ContactCountAsync(app, employer);
        var twice = await ImportAsync(api, csv);

        Assert.Equal((3, 3, 0, 0), Counts(once));
        Assert.Equal((3, 0, 3, 0), Counts(twice));
        Assert.Equal(3, count);
        Assert.Equal(count, await ContactCountAsync(app, employer));
        var ids = once.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("contactMomentId").GetGuid()).ToList();
        Assert.Equal(ids, twice.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("contactMomentId").GetGuid()));

        // Overlapping: the legacy id wins over changed content; a row without id is the same when only spacing and line ends differ.
        var overlap = $"kanaal,datum,kvknummer,adviseur,notitie,onderwerp,id\nTelefoon,10-01-2024 10:00,{kvk},Piet,Gewijzigd in WBS,Eerste,{tag}W-1\n"
            + $"bezoek,2024-01-11,{kvk},Piet,\"Notitie\n met twee   regels\",Tweede,\nevenement,2024-01-13,{kvk},Piet,,Vierde,\n";
        var third = await ImportAsync(api, overlap);

        Assert.Equal((3, 1, 2, 0), Counts(third));
        Assert.Equal(4, await ContactCountAsync(app, employer));
        Assert.Equal("Notitie een", (await TimelineAsync(api, employer)).Single(t => t.GetProperty("subject").GetString() == "Eerste").GetProperty("note").GetString());
    }

    [Theory, Providers]
    public async Task quotes_separators_line_breaks_and_accents_in_notes_survive(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.AccountManager));
        var kvk = EmployerPages.NewKvk();
        var employer = await api.RegisterEmployerAsync(kvk: kvk);
        var tag = Tag();
        const string note = "Zei: \"kom maar langs\"; daarna € 1.500 <b>premie</b> besproken.\nTweede regel — café, Ürün & Zoë";

        await ImportAsync(api, $"{Header}\n{kvk};2024-02-01;;;bezoek;\"Onderwerp \"\"met\"\" aanhalingstekens\";\"{note.Replace("\"", "\"\"", StringComparison.Ordinal)}\";{tag}Q-1\n");
        var latin = await ImportAsync(api, $"{Header}\n{kvk};2024-02-02;;;bezoek;Oud systeem;Crème brûlée bij de lunch;{tag}Q-2\n", encoding: Encoding.Latin1);

        Assert.Equal((1, 1, 0, 0), Counts(latin));
        var timeline = await TimelineAsync(api, employer);
        var entry = timeline.Single(t => t.GetProperty("subject").GetString() == "Onderwerp \"met\" aanhalingstekens");
        Assert.Equal(note, entry.GetProperty("note").GetString());
        Assert.Equal("Crème brûlée bij de lunch", timeline.Single(t => t.GetProperty("subject").GetString() == "Oud systeem").GetProperty("note").GetString());
    }

    [Theory, Providers]
    public async Task the_api_returns_the_documented_report_and_a_dry_run_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.AccountManager));
        var kvk = EmployerPages.NewKvk();
        var employer = await api.RegisterEmployerAsync(kvk: kvk);

        var report = await ImportAsync(api, $"kvkNumber,date,channel,source\n{kvk},2024-04-01,phone,Sonar\n{kvk},gisteren,phone,Sonar\n", dryRun: true);

        Assert.Equal(["dryRun", "total", "imported", "alreadyPresent", "rejected", "rows"], report.EnumerateObject().Select(p => p.Name));
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal((2, 1, 0, 1), Counts(report));
        var line = report.GetProperty("rows")[1];
        Assert.Equal(["lineNumber", "kvkNumber", "outcome", "contactMomentId", "errors", "remarks"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["column", "text"], line.GetProperty("errors")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, await ContactCountAsync(app, employer));

        var document = await api.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var operation = document.GetProperty("paths").GetProperty("/contact-moments/import").GetProperty("post"); // the server url holds /api/v1
        Assert.True(operation.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
        var schema = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var properties = document.GetProperty("components").GetProperty("schemas").GetProperty(schema.Split('/')[^1]).GetProperty("properties");
        Assert.Equal(["dryRun", "total", "imported", "alreadyPresent", "rejected", "rows"], properties.EnumerateObject().Select(p => p.Name));
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Theory]
    [InlineData("", "Het bestand is leeg")]
    [InlineData("kvknummer;datum\n", "‘channel’ ontbreekt")]
    [InlineData("kvknummer;datum;kanaal;fax\n", "‘fax’ is onbekend")]
    [InlineData("kvknummer;kvkNumber;datum;kanaal\n", "‘kvkNumber’ staat twee keer")]
    public async Task a_file_without_the_documented_columns_is_refused_as_problem_json(string csv, string message)
    {
        var app = apps.For(Db.Sqlite);
        var api = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.AccountManager));
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");

        var response = await api.PostAsync("/api/v1/contact-moments/import", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_file_over_the_import_limit_is_refused_as_problem_json_before_it_is_read()
    {
        var app = apps.For(Db.Sqlite);
        var api = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.AccountManager));
        using var body = new DeclaredLengthContent(64L * 1024 * 1024 + 1);

        var response = await api.PostAsync("/api/v1/contact-moments/import", body, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A body that declares more bytes than the import limit (Api:MaxImportBytes, 64 MB) and sends only a header line.</summary>
    private sealed class DeclaredLengthContent : HttpContent
    {
        private readonly long _length;

        public DeclaredLengthContent(long length)
        {
            _length = length;
            Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(Encoding.UTF8.GetBytes(Header + "\n")).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }

    [Fact]
    public async Task case_managers_and_analysts_may_not_import_contact_history()
    {
        var app = apps.For(Db.Sqlite);
        foreach (var role in new[] { Roles.CaseManager, Roles.Analyst })
        {
            var api = app.ApiClient(await app.CreateUserAsync(Region, role));
            using var body = new StringContent($"{Header}\n", Encoding.UTF8, "text/csv");

            var response = await api.PostAsync("/api/v1/contact-moments/import", body, Ct);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory, Providers]
    public async Task the_page_shows_every_line_and_the_timeline_marks_the_imported_contact(Db db)
    {
        var app = apps.For(db);
        var pages = await PageClient.LoginAsync(app, await app.CreateAdviserAsync(Region, Roles.AccountManager));
        var kvk = EmployerPages.NewKvk();
        var employer = await app.ApiClient(await app.CreateAdviserAsync(Region, Roles.AccountManager)).RegisterEmployerAsync(kvk: kvk);
        var tag = Tag();
        var list = await pages.GetAsync("/employers");
        Assert.NotNull(list.Document.QuerySelector("a[href='/employers/contact-history/import']"));
        var page = await pages.GetAsync("/employers/contact-history/import");
        Assert.NotNull(page.Document.QuerySelector("#import-columns"));

        var result = await pages.UploadAsync(page, "Upload", "wbs.csv", $"{Header}\n{kvk};2024-05-02;11:00;Marieke Bos;werkbezoek;Rondleiding;Goed gesprek.;{tag}P-1\n{kvk};2024-05-02;;;fax;;;{tag}P-2\n");

        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Contains("2 regels: 1 geïmporteerd, 0 al aanwezig, 1 afgewezen", result.Document.QuerySelector("#import-summary")!.TextContent, StringComparison.Ordinal);
        var rows = result.Document.QuerySelectorAll("#import-rows tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Geïmporteerd", rows[0], StringComparison.Ordinal);
        Assert.Contains("kanaal: ‘fax’ is geen bekend kanaal", rows[1], StringComparison.Ordinal);

        var details = await pages.GetAsync($"/employers/{employer}");
        var entry = Assert.Single(details.Document.QuerySelectorAll("#timeline tbody tr"));
        Assert.Contains("Marieke Bos", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Geïmporteerd uit WBS", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rondleiding", entry.TextContent, StringComparison.Ordinal);
    }
}
