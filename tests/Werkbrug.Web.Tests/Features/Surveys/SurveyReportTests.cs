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
/// </code>
/// </summary>
public sealed record SurveyReportWorld(SurveyWorld People, Guid Satisfaction, Guid JobSeekers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SurveyReportWorld> ArrangeAsync(WerkbrugAppFactory app)
    {
        var people = await SurveyWorld.ArrangeAsync(app);
        var api = app.ApiClient(people.Coordinator);
        async Task<Guid> StartAsync(string template)
        {
            var created = await api.PostAsJsonAsync("/api/v1/surveys", new { templateKey = template }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        }

        var satisfaction = await StartAsync("werkgeverstevredenheid");
        var jobSeekers = await StartAsync("werkzoekendentevredenheid");
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
            var versions = await d.SurveyVersions.Where(v => v.SurveyId == satisfaction || v.SurveyId == jobSeekers).ToDictionaryAsync(v => v.SurveyId, v => v.Id, Ct);
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
            }));
            return await d.SaveChangesAsync(Ct);
        });
        return new SurveyReportWorld(people, satisfaction, jobSeekers);
    }
}

/// <summary>The employer-satisfaction score in the yearly evaluation (page, Word document and API), on both providers.</summary>
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
}
