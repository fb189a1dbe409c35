using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>Consent and legal-basis unlocks, withdrawal and expiry; erasure on request and by the retention job. Regions AM26–AM29.</summary>
public sealed class ConsentAndErasureTests(Apps apps)
{
    private static readonly string[] ContactDetails = ["ContactDetails"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task a_consent_unlocks_exactly_the_granted_categories_for_exactly_the_named_organisation_until_withdrawn_or_expired(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateUserAsync("AM26", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(owner);
        var surname = "Test-" + seeker.Marker[3..9];
        var partner = await app.CreateUserAsync("AM26", Roles.AccountManager);
        var bystander = await app.CreateUserAsync("AM26", Roles.AccountManager);
        var elsewhere = await app.CreateUserAsync("AM27", Roles.AccountManager);
        var ownerApi = app.ApiClient(owner);

        async Task<string> SeenByAsync(TestUser user) => await app.ApiClient(user).GetStringAsync($"/api/v1/job-seekers/{seeker.Id}", Ct);
        async Task<JsonElement> RecordAsync(object consent, HttpStatusCode expected = HttpStatusCode.Created)
        {
            var response = await ownerApi.PostAsJsonAsync($"/api/v1/consents?jobSeekerId={seeker.Id}", consent, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }

        object Consent(string[] categories, bool isExplicit = false, string kind = "Consent", string? legalBasis = null, Guid? to = null, string until = "2099-12-31") => new
        {
            kind,
            legalBasis,
            categories,
            recipientOrganisationId = to ?? partner.OrganisationId,
            purpose = "Matching",
            @explicit = isExplicit,
            note = "Schriftelijk akkoord " + seeker.Marker,
            validFrom = "2020-01-01",
            validUntil = until,
        };

        var before = await SeenByAsync(partner);
        Assert.Contains("\"pseudonymised\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain(surname, before, StringComparison.Ordinal);

        var contact = await RecordAsync(Consent(["ContactDetails"]));
        var withContact = await SeenByAsync(partner);
        Assert.Contains("\"shared\"", withContact, StringComparison.Ordinal);
        Assert.Contains(surname, withContact, StringComparison.Ordinal);
        Assert.Contains("sanne@example.nl", withContact, StringComparison.Ordinal);
        Assert.DoesNotContain("1990-04-02", withContact, StringComparison.Ordinal); // full profile not granted
        Assert.DoesNotContain(seeker.Marker, withContact, StringComparison.Ordinal); // special category not granted
        Assert.DoesNotContain(surname, await SeenByAsync(bystander), StringComparison.Ordinal);
        var elsewhereResponse = await app.ApiClient(elsewhere).GetAsync($"/api/v1/job-seekers/{seeker.Id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, elsewhereResponse.StatusCode);
        var pages = await PageClient.LoginAsync(app, partner);
        var page = await (await pages.GetAsync($"/job-seekers/{seeker.Id}")).Response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(surname, page, StringComparison.Ordinal);

        // The special category: refused without explicit consent and under a legal basis; granted with explicit consent.
        await RecordAsync(Consent(["WorkRequirements"]), HttpStatusCode.BadRequest);
        await RecordAsync(Consent(["WorkRequirements"], kind: "LegalBasis", legalBasis: "WetSuwi", isExplicit: true), HttpStatusCode.BadRequest);
        await RecordAsync(Consent(["ContactDetails"], to: elsewhere.OrganisationId), HttpStatusCode.BadRequest); // another region's organisation
        var special = await RecordAsync(Consent(["WorkRequirements"], isExplicit: true));
        var basis = await RecordAsync(Consent(["FullProfile"], kind: "LegalBasis", legalBasis: "Participatiewet"));
        var all = await SeenByAsync(partner);
        Assert.Contains(seeker.Marker, all, StringComparison.Ordinal);
        Assert.Contains("1990-04-02", all, StringComparison.Ordinal);
        Assert.DoesNotContain(seeker.Bsn, all, StringComparison.Ordinal);
        Assert.DoesNotContain(seeker.Marker, await SeenByAsync(bystander), StringComparison.Ordinal);
        Assert.Equal(3, (await ownerApi.GetFromJsonAsync<JsonElement>($"/api/v1/consents?jobSeekerId={seeker.Id}", Ct)).Items().Length);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ApiClient(partner).GetAsync($"/api/v1/consents?jobSeekerId={seeker.Id}", Ct)).StatusCode);

        // Withdrawal takes effect at once and is final.
        foreach (var consent in new[] { contact, special, basis })
        {
            var withdrawn = await ownerApi.PostAsJsonAsync($"/api/v1/consents/{consent.GetProperty("id").GetGuid()}/withdraw", new { reason = "Ingetrokken " + seeker.Marker }, Ct);
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }

        var again = await ownerApi.PostAsJsonAsync($"/api/v1/consents/{contact.GetProperty("id").GetGuid()}/withdraw", new { reason = "Nogmaals" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var after = await SeenByAsync(partner);
        Assert.Contains("\"pseudonymised\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain(surname, after, StringComparison.Ordinal);
        Assert.DoesNotContain(seeker.Marker, after, StringComparison.Ordinal);

        // An expired consent grants nothing.
        await RecordAsync(Consent(["ContactDetails", "FullProfile"], until: "2020-12-31"));
        Assert.DoesNotContain(surname, await SeenByAsync(partner), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task erasure_on_request_leaves_no_trace_of_the_person_in_any_table_and_keeps_the_audit_chain(Db db)
    {
        // A host of its own (a template copy): the scan reads every table and, on SQLite, the files, which VACUUM
        // compacts cheaply and at once on a small database that no other test reads at the same time.
        await using var app = new WerkbrugAppFactory(db);
        var owner = await app.CreateUserAsync("AM28", Roles.CaseManager);
        var manager = await app.CreateUserInOrganisationAsync(owner, Roles.Manager);
        var partner = await app.CreateUserAsync("AM28", Roles.AccountManager);
        var (seeker, markers) = await RegisterMarkedAsync(app, owner, partner);

        var adviser = await app.ApiClient(partner).PostAsJsonAsync($"/api/v1/job-seekers/{seeker.Id}/erase", new { reason = "DataSubjectRequest" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, adviser.StatusCode);
        var otherManager = await app.CreateUserAsync("AM28", Roles.Manager);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ApiClient(otherManager).PostAsJsonAsync($"/api/v1/job-seekers/{seeker.Id}/erase", new { reason = "DataSubjectRequest" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.ApiClient(manager).PostAsJsonAsync($"/api/v1/job-seekers/{seeker.Id}/erase", new { reason = "RetentionExpired" }, Ct)).StatusCode);
        var erased = await app.ApiClient(manager).PostAsJsonAsync($"/api/v1/job-seekers/{seeker.Id}/erase", new { reason = "DataSubjectRequest" }, Ct);
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);

        await AssertErasedAsync(app, seeker, markers, "DataSubjectRequest");
        Assert.Equal(HttpStatusCode.NotFound, (await app.ApiClient(owner).GetAsync($"/api/v1/job-seekers/{seeker.Id}", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task the_retention_job_erases_profiles_whose_term_after_deregistration_ran_out_and_keeps_the_rest(Db db)
    {
        // A host of its own (see above); the job then finds this test's profiles only.
        await using var app = new WerkbrugAppFactory(db);
        var owner = await app.CreateUserAsync("AM29", Roles.CaseManager);
        var partner = await app.CreateUserAsync("AM29", Roles.AccountManager);
        var (expired, markers) = await RegisterMarkedAsync(app, owner, partner);
        var recent = await app.RegisterJobSeekerAsync(owner);
        var active = await app.RegisterJobSeekerAsync(owner);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.InDbAsync(async d =>
        {
            (await d.JobSeekers.SingleAsync(j => j.Id == expired.Id, Ct)).DeregisteredOn = today.AddMonths(-25);
            (await d.JobSeekers.SingleAsync(j => j.Id == recent.Id, Ct)).DeregisteredOn = today.AddMonths(-23);
            return await d.SaveChangesAsync(Ct);
        });

        int count;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
            count = await scope.ServiceProvider.GetRequiredService<EraseExpiredProfiles>().RunAsync(Ct);
        }

        Assert.Equal(1, count);
        await AssertErasedAsync(app, expired, markers, "RetentionExpired");
        Assert.Equal(2, await app.InDbAsync(d => d.JobSeekers.CountAsync(j => j.Id == recent.Id || j.Id == active.Id, Ct)));
    }

    /// <summary>A profile with a marker in every personal field, plus consents with marked free text.</summary>
    private static async Task<(RegisteredJobSeeker Seeker, string[] Markers)> RegisterMarkedAsync(WerkbrugAppFactory app, TestUser owner, TestUser partner)
    {
        var (bsn, marker) = (JobSeekerTestData.NewBsn(), JobSeekerTestData.NewMarker());
        var profile = JsonSerializer.SerializeToNode(JobSeekerTestData.AProfile(bsn, marker))!.AsObject();
        profile["givenName"] = "Voornaam" + marker;
        profile["surname"] = "Achternaam" + marker;
        profile["email"] = $"{marker.ToLowerInvariant()}@example.nl";
        profile["phone"] = "06" + marker[3..11].Select(c => (char)('0' + (c % 10))).Aggregate(string.Empty, (s, c) => s + c);
        profile["addressLine"] = "Straat" + marker + " 1";
        profile["externalId"] = "EXT" + marker;
        profile["adjustments"] = "Aanpassing" + marker;
        var response = await app.ApiClient(owner).PostAsJsonAsync("/api/v1/job-seekers", profile, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        var seeker = new RegisteredJobSeeker(json.GetProperty("id").GetGuid(), json.GetProperty("pseudonym").GetString()!, bsn, marker);

        var consent = await app.ApiClient(owner).PostAsJsonAsync($"/api/v1/consents?jobSeekerId={seeker.Id}", new
        {
            kind = "Consent",
            categories = ContactDetails,
            recipientOrganisationId = partner.OrganisationId,
            purpose = "Matching",
            note = "Notitie" + marker,
            validFrom = "2020-01-01",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        var outside = await app.ApiClient(owner).PostAsJsonAsync($"/api/v1/consents?jobSeekerId={seeker.Id}", new
        {
            kind = "Consent",
            categories = ContactDetails,
            outsideRecipient = "Ontvanger" + marker,
            purpose = "Exchange",
            note = "Notitie2" + marker,
            validFrom = "2020-01-01",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, outside.StatusCode);
        var consentId = JsonDocument.Parse(await consent.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();
        var withdrawn = await app.ApiClient(owner).PostAsJsonAsync($"/api/v1/consents/{consentId}/withdraw", new { reason = "Reden" + marker }, Ct);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        // The sealed BSN, its keyed hash and the sealed work requirements: the stored forms must go too.
        var sealedForms = await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == seeker.Id)
            .Select(j => new[] { j.SealedBsn!, j.BsnHash!, j.SealedWorkRequirements! }).SingleAsync(Ct));
        return (seeker, [marker, marker.ToLowerInvariant(), bsn, .. sealedForms, profile["phone"]!.GetValue<string>()]);
    }

    private static async Task AssertErasedAsync(WerkbrugAppFactory app, RegisteredJobSeeker seeker, string[] markers, string reason)
    {
        var hits = await ScanDatabaseAsync(app, markers);
        Assert.True(hits.Count == 0, "Personal data left after erasure:\n" + string.Join("\n", hits));
        if (app.Db == Db.Sqlite)
        {
            // The write-ahead log is truncated only when no other connection is reading (other tests and the matching
            // feed are): the product compacts again at the next erasure or daily run, as this loop does.
            var fileHits = ScanSqliteFiles(app, markers);
            for (var attempt = 0; fileHits.Count > 0 && attempt < 40; attempt++)
            {
                await Task.Delay(250, Ct);
                await app.InScopeAsync<ProfileEraser>(e => e.CompactAsync(Ct));
                fileHits = ScanSqliteFiles(app, markers);
            }

            Assert.True(fileHits.Count == 0, "Deleted bytes linger in the SQLite files:\n" + string.Join("\n", fileHits));
        }

        var placeholder = await app.InDbAsync(d => d.ErasedJobSeekers.SingleAsync(e => e.Id == seeker.Id, Ct));
        Assert.Equal((seeker.Pseudonym, reason), (placeholder.Pseudonym, placeholder.Reason.ToString()));
        Assert.Equal(0, await app.InDbAsync(d => d.Consents.CountAsync(c => c.JobSeekerId == seeker.Id, Ct)));
        Assert.True(await app.ProcessingRecordsAsync(seeker.Pseudonym) >= 4, "the audit log keeps the pseudonym's records");
        Assert.True(await app.InDbAsync(d => d.ProcessingLog.AnyAsync(r => r.SubjectPseudonyms.Contains(seeker.Pseudonym) && r.ActivityCode == ProcessingActivities.Erasure, Ct)));
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
        var regionCode = await scope.ServiceProvider.GetRequiredService<WerkbrugDb>().ErasedJobSeekers.Where(e => e.Id == seeker.Id).Select(e => e.RegionCode).SingleAsync(Ct);
        var verification = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(regionCode, Ct);
        Assert.True(verification.IsIntact, verification.ToString());
    }

    /// <summary>Every text (and binary) value of every table of the database, searched for the markers.</summary>
    private static async Task<List<string>> ScanDatabaseAsync(WerkbrugAppFactory app, string[] markers)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
        var connection = scope.ServiceProvider.GetRequiredService<WerkbrugDb>().Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = app.Db == Db.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("JobSeekers", tables);
        Assert.Contains("Consents", tables);
        var hits = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = Text(reader, i);
                    hits.AddRange(markers.Where(m => text is not null && text.Contains(m, StringComparison.Ordinal)).Select(m => $"{table}.{reader.GetName(i)} holds {m}"));
                }
            }
        }

        return hits;
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetValue(i) switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The raw bytes of the SQLite database and its write-ahead log: secure_delete, VACUUM and the WAL truncation leave no copy.</summary>
    private static List<string> ScanSqliteFiles(WerkbrugAppFactory app, string[] markers)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        var hits = new List<string>();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            hits.AddRange(markers.Where(m => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(m)) >= 0).Select(m => $"{Path.GetFileName(file)} holds {m}"));
        }

        return hits;
    }
}
