using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
            // The BSN is never shown to anyone; the sealed fields (work requirements, masked BSN) only to the owner's case
            // manager; the marker (also in a consent note the owner's managers read) to nobody outside the owner organisation.
            string[] secrets = cell.Relation != Relation.OwnOrganisation ? [seeker.Bsn, seeker.Marker]
                : cell.Role == Roles.CaseManager ? [seeker.Bsn]
                : [seeker.Bsn, .. PrivacySweep.SealedFields(seeker)];
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
    public async Task in_the_owner_organisation_the_case_manager_sees_everything_the_manager_no_sealed_fields_and_the_advisers_the_matching_profile(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM22", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(caseManager);
        var surname = "Test-" + seeker.Marker[3..9];
        var requirements = "Aanpassing " + seeker.Marker;
        var masked = "••••••" + seeker.Bsn[^3..];

        foreach (var (role, access, named, sealedFields) in new[]
        {
            (Roles.CaseManager, "full", true, true),
            (Roles.Manager, "supervision", true, false),
            (Roles.AccountManager, "pseudonymised", false, false),
            (Roles.RegionCoordinator, "pseudonymised", false, false),
            (Roles.NationalAccountManager, "pseudonymised", false, false),
        })
        {
            var user = role == Roles.CaseManager ? caseManager : await app.CreateUserInOrganisationAsync(caseManager, role);
            var api = await app.ApiClient(user).GetAsync($"/api/v1/job-seekers/{seeker.Id}", Ct);
            var body = await api.Content.ReadAsStringAsync(Ct);
            Assert.True(api.StatusCode == HttpStatusCode.OK, $"{role}: {(int)api.StatusCode} {body}");
            var json = JsonDocument.Parse(body).RootElement;
            Assert.Equal(access, json.GetProperty("access").GetString());
            Assert.Equal(sealedFields ? masked : null, json.TryGetProperty("bsnMasked", out var bsn) ? bsn.GetString() : null);
            Assert.Equal(sealedFields, json.TryGetProperty("workRequirements", out var needs) && needs.ValueKind == JsonValueKind.Object);

            var page = await (await PageClient.LoginAsync(app, user)).GetAsync($"/job-seekers/{seeker.Id}");
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            var text = page.Document.QuerySelector("main")!.TextContent;
            foreach (var (what, shown) in new[] { ("API", body), ("page", text) })
            {
                Assert.True(named == shown.Contains(surname, StringComparison.Ordinal), $"{role}, {what}: the name shown is not {named}");
                Assert.True(sealedFields == shown.Contains(requirements, StringComparison.Ordinal), $"{role}, {what}: the work requirements shown is not {sealedFields}");
                Assert.Contains(seeker.Pseudonym, shown, StringComparison.Ordinal);
            }

            Assert.True(sealedFields == text.Contains(masked, StringComparison.Ordinal), $"{role}, page: the masked BSN shown is not {sealedFields}");
        }
    }

    [Theory, Providers]
    public async Task each_read_writes_exactly_one_processing_record_per_subject(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateUserAsync("AM24", Roles.CaseManager);
        var adviser = await app.CreateUserAsync("AM24", Roles.AccountManager);
        var ownAdviser = await app.CreateUserInOrganisationAsync(owner, Roles.AccountManager);
        var ownManager = await app.CreateUserInOrganisationAsync(owner, Roles.Manager);
        var first = await app.RegisterJobSeekerAsync(owner);
        var second = await app.RegisterJobSeekerAsync(owner);

        async Task<(int, int)> CountsAsync() => (await app.ProcessingRecordsAsync(first.Pseudonym), await app.ProcessingRecordsAsync(second.Pseudonym));
        async Task ExpectAsync(Func<Task> read, (int, int) added, string what)
        {
            var before = await CountsAsync();
            await read();
            var after = await CountsAsync();
            Assert.True((after.Item1 - before.Item1, after.Item2 - before.Item2) == added, $"{what}: {before} → {after}");
        }

        Assert.Equal((1, 1), await CountsAsync()); // the registrations
        // Signing in lands on the start page, whose worklist lists the owner's stale clients (and records that).
        var pages = await PageClient.LoginAsync(app, owner);
        var adviserPages = await PageClient.LoginAsync(app, adviser);
        await ExpectAsync(() => pages.GetAsync($"/job-seekers/{first.Id}"), (1, 0), "detail page");
        await ExpectAsync(() => pages.GetAsync("/job-seekers"), (1, 1), "list page");
        await ExpectAsync(() => app.ApiClient(owner).GetAsync($"/api/v1/job-seekers/{second.Id}", Ct), (0, 1), "API detail");
        await ExpectAsync(() => app.ApiClient(owner).GetAsync("/api/v1/job-seekers", Ct), (1, 1), "API list");
        await ExpectAsync(() => app.ApiClient(owner).PostAsJsonAsync("/api/v1/job-seekers/find-by-bsn", new { bsn = first.Bsn }, Ct), (1, 0), "BSN search");
        await ExpectAsync(() => adviserPages.GetAsync("/job-seekers/pool"), (1, 1), "pool page");
        await ExpectAsync(() => app.ApiClient(adviser).GetAsync($"/api/v1/matching-profiles/{first.Pseudonym}", Ct), (1, 0), "API matching profile");
        await ExpectAsync(() => app.ApiClient(ownManager).GetAsync($"/api/v1/job-seekers/{first.Id}", Ct), (1, 0), "API detail, the owner's manager");
        await ExpectAsync(() => app.ApiClient(ownAdviser).GetAsync($"/api/v1/job-seekers/{first.Id}", Ct), (1, 0), "API detail, the owner's adviser (pseudonymised)");
        await ExpectAsync(() => app.ApiClient(ownAdviser).GetAsync("/api/v1/job-seekers", Ct), (0, 0), "API list, the owner's adviser (nobody by name)");
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
