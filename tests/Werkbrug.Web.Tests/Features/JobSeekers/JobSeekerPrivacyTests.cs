using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>
/// The privacy model end to end: the authorisation matrix over every page and endpoint, the marker-string scan,
/// one audit record per subject per read, and no personal data when the audit store fails. Regions AM20–AM23
/// are this class's, so pools and counts are its own.
/// </summary>
public sealed class JobSeekerPrivacyTests(Apps apps)
{
    /// <summary>One sweep per provider (651 calls), read by the matrix test and by the marker scan.</summary>
    private static readonly ConcurrentDictionary<Db, Lazy<Task<(RegisteredJobSeeker Seeker, List<Cell> Cells)>>> Sweeps = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(RegisteredJobSeeker Seeker, List<Cell> Cells)> SweepAsync(Db db) =>
        Sweeps.GetOrAdd(db, d => new(() => PrivacySweep.RunAsync(apps.For(d), "AM20", "AM21"))).Value;

    [Theory, Providers]
    public async Task every_page_and_endpoint_gives_each_role_and_relation_exactly_what_the_privacy_model_allows(Db db)
    {
        var (_, cells) = await SweepAsync(db);

        var wrong = cells.Where(c => c.Expected != c.Observed).Select(c => $"{c.Name}: expected {c.Expected}, got {c.Observed}").ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", cells.Select(c => $"{c.Name}: {c.Observed}")));
        Assert.Equal(PrivacySweep.Endpoints.Length * Roles.All.Count * 3, cells.Count);
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cells.Count} cells differ:\n" + string.Join("\n", wrong));
    }

    [Theory, Providers]
    public async Task bsn_and_special_category_markers_never_reach_other_organisations_urls_or_logs(Db db)
    {
        var app = apps.For(db);
        var (seeker, cells) = await SweepAsync(db);
        // The owner too: a BSN search through the form and the edit form, so their URLs and logs are scanned as well.
        var owner = await app.CreateUserAsync("AM22", Roles.CaseManager);
        var own = await app.RegisterJobSeekerAsync(owner);
        var pages = await PageClient.LoginAsync(app, owner);
        var search = await pages.SubmitAsync(await pages.GetAsync("/job-seekers/find-by-bsn"), "form.wb-form", new() { ["Input.Bsn"] = [own.Bsn] });
        var edit = await pages.GetAsync($"/job-seekers/{own.Id}/edit");

        var hits = new List<string>();
        foreach (var cell in cells)
        {
            // The BSN is never shown to anyone; the adjustments only to the owner organisation.
            string[] secrets = cell.Relation == Relation.OwnOrganisation ? [seeker.Bsn] : [seeker.Bsn, seeker.Marker];
            hits.AddRange(secrets.Where(s => cell.Body.Contains(s, StringComparison.Ordinal)).Select(s => $"{cell.Name}: the body holds {s}"));
            hits.AddRange(secrets.Where(s => cell.Urls.Any(u => u.Contains(s, StringComparison.Ordinal))).Select(s => $"{cell.Name}: the URL holds {s}"));
        }

        var logs = app.Logs.Lines.ToList();
        foreach (var secret in new[] { seeker.Bsn, seeker.Marker, own.Bsn, own.Marker })
        {
            hits.AddRange(logs.Where(l => l.Contains(secret, StringComparison.Ordinal)).Take(3).Select(l => $"a log line holds {secret}: {l}"));
        }

        Assert.Equal($"/job-seekers/{own.Id}", search.Path);
        Assert.DoesNotContain(own.Bsn, await edit.Response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(own.Marker, await edit.Response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(logs.Count > 0, "No log lines were captured; the scan would prove nothing.");
        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    [Theory, Providers]
    public async Task each_read_writes_exactly_one_processing_record_per_subject(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateUserAsync("AM24", Roles.CaseManager);
        var adviser = await app.CreateUserAsync("AM24", Roles.AccountManager);
        var first = await app.RegisterJobSeekerAsync(owner);
        var second = await app.RegisterJobSeekerAsync(owner);
        var pages = await PageClient.LoginAsync(app, owner);
        var adviserPages = await PageClient.LoginAsync(app, adviser);

        async Task<(int, int)> CountsAsync() => (await app.ProcessingRecordsAsync(first.Pseudonym), await app.ProcessingRecordsAsync(second.Pseudonym));
        async Task ExpectAsync(Func<Task> read, (int, int) added, string what)
        {
            var before = await CountsAsync();
            await read();
            var after = await CountsAsync();
            Assert.True((after.Item1 - before.Item1, after.Item2 - before.Item2) == added, $"{what}: {before} → {after}");
        }

        Assert.Equal((1, 1), await CountsAsync()); // the registrations
        await ExpectAsync(() => pages.GetAsync($"/job-seekers/{first.Id}"), (1, 0), "detail page");
        await ExpectAsync(() => pages.GetAsync("/job-seekers"), (1, 1), "list page");
        await ExpectAsync(() => app.ApiClient(owner).GetAsync($"/api/v1/job-seekers/{second.Id}", Ct), (0, 1), "API detail");
        await ExpectAsync(() => app.ApiClient(owner).GetAsync("/api/v1/job-seekers", Ct), (1, 1), "API list");
        await ExpectAsync(() => app.ApiClient(owner).PostAsJsonAsync("/api/v1/job-seekers/find-by-bsn", new { bsn = first.Bsn }, Ct), (1, 0), "BSN search");
        await ExpectAsync(() => adviserPages.GetAsync("/job-seekers/pool"), (1, 1), "pool page");
        await ExpectAsync(() => app.ApiClient(adviser).GetAsync($"/api/v1/matching-profiles/{first.Pseudonym}", Ct), (1, 0), "API matching profile");
        await ExpectAsync(() => app.ApiClient(owner).GetAsync("/api/v1/job-seekers/export-vum", Ct), (1, 1), "VUM export");
        await ExpectAsync(() => app.ApiClient(owner).GetAsync($"/api/v1/job-seekers/{first.Id}/vum", Ct), (1, 0), "VUM export of one");
    }

    [Theory, Providers]
    public async Task a_failing_audit_store_refuses_the_read_and_returns_no_personal_data(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(owner);
        var surname = "Test-" + seeker.Marker[3..9];
        var pages = await PageClient.LoginAsync(app, owner);
        var before = await app.ProcessingRecordsAsync(seeker.Pseudonym);

        app.AuditFaults.FailFor(owner.Id);
        try
        {
            var page = await pages.GetAsync($"/job-seekers/{seeker.Id}");
            var list = await pages.GetAsync("/job-seekers");
            var api = await app.ApiClient(owner).GetAsync($"/api/v1/job-seekers/{seeker.Id}", Ct);
            var apiList = await app.ApiClient(owner).GetAsync("/api/v1/job-seekers", Ct);
            var create = await app.ApiClient(owner).PostAsJsonAsync("/api/v1/job-seekers", JobSeekerTestData.AProfile(JobSeekerTestData.NewBsn(), JobSeekerTestData.NewMarker(), "Nooit"), Ct);
            var export = await app.ApiClient(owner).GetAsync("/api/v1/job-seekers/export-vum", Ct);

            foreach (var (what, status, body) in new[]
            {
                ("detail page", page.Response.StatusCode, await page.Response.Content.ReadAsStringAsync(Ct)),
                ("list page", list.Response.StatusCode, await list.Response.Content.ReadAsStringAsync(Ct)),
                ("API detail", api.StatusCode, await api.Content.ReadAsStringAsync(Ct)),
                ("API list", apiList.StatusCode, await apiList.Content.ReadAsStringAsync(Ct)),
                ("API create", create.StatusCode, await create.Content.ReadAsStringAsync(Ct)),
                ("VUM export", export.StatusCode, await export.Content.ReadAsStringAsync(Ct)),
            })
            {
                Assert.True(status == HttpStatusCode.InternalServerError, $"{what}: {(int)status}");
                Assert.DoesNotContain(surname, body, StringComparison.Ordinal);
                Assert.DoesNotContain(seeker.Marker, body, StringComparison.Ordinal);
            }

            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            app.AuditFaults.Heal(owner.Id);
        }

        Assert.Equal(before, await app.ProcessingRecordsAsync(seeker.Pseudonym));
        Assert.DoesNotContain("Nooit", await app.ApiClient(owner).GetStringAsync("/api/v1/job-seekers", Ct), StringComparison.Ordinal);
    }
}
