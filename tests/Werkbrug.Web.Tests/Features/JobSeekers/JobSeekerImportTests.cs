using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>The CSV and VUM imports of job seekers: per-row report, idempotency, duplicates across organisations, no BSN in reports or logs. Region AM33 is this class's.</summary>
public sealed class JobSeekerImportTests(Apps apps)
{
    public const string Header = "externId;voornaam;achternaam;geboortedatum;bsn;email;postcode;werkfit;uitkering;werkEnDenkniveau;rijbewijzen;vaardigheden;urenMin;urenMax;beschikbaarVanaf";

    private const string Region = "AM33";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<JsonElement> ImportAsync(HttpClient api, string csv, string path = "/api/v1/job-seekers/import")
    {
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await api.PostAsync(path, body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static (int, int, int, int) Counts(JsonElement r) =>
        (r.GetProperty("created").GetInt32(), r.GetProperty("updated").GetInt32(), r.GetProperty("unchanged").GetInt32(), r.GetProperty("rejected").GetInt32());

    private static Dictionary<int, List<string>> ErrorColumns(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("errors").GetArrayLength() > 0)
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()!).ToList());

    [Theory, Providers]
    public async Task imports_good_rows_reports_bad_rows_exactly_and_a_second_import_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync(Region, Roles.CaseManager);
        var api = app.ApiClient(caseManager);
        var u = Guid.NewGuid().ToString("N")[..8];
        var (bsn1, bsn2, bsn3) = (JobSeekerTestData.NewBsn(), JobSeekerTestData.NewBsn(), JobSeekerTestData.NewBsn());
        var csv = $"""
            {Header}
            A-{u};Sanne;de Vries;1990-04-02;{bsn1};sanne@example.nl;3811 AB;werkfit;bijstand;3;B|BE;Heftruck rijden|Orderpicken;24;32;2026-06-01
            B-{u};Ahmed;Yilmaz;02-05-1985;;;3811 AB;werkfit op termijn;ww;;;;;;
            C-{u};Fout;Datum;1990-02-30;;;3811 AB;werkfit;bijstand;;;;;;2026-13-01
            D-{u};Fout;Code;1990-01-01;;;3811 AB;misschien;bijstand;12;Z;;;;
            E-{u};Fout;Bsn;1990-01-01;123456789;;3811 AB;werkfit;bijstand;;;;;;
            A-{u};Dubbel;Extern;1990-01-01;;;3811 AB;werkfit;bijstand;;;;;;
            F-{u};Dubbel;Bsn;1990-01-01;{bsn1};;3811 AB;werkfit;bijstand;;;;;;
            G-{u};Foute;Postcode;1990-01-01;{bsn2};;12345;werkfit;bijstand;;;;;;
            H-{u};Goed;Derde;1991-01-01;{bsn3};;3811 AB;niet werkfit;geen;;;;;;
            """;

        var first = await ImportAsync(api, csv);
        var second = await ImportAsync(api, csv);

        Assert.Equal((3, 0, 0, 6), Counts(first));
        Assert.Equal((0, 0, 3, 6), Counts(second));
        var errors = ErrorColumns(first);
        Assert.Equal(["birthDate", "availableFrom"], errors[4]);
        Assert.Equal(["werkfitStatus", "workAndThinkingLevel", "drivingLicences"], errors[5]);
        Assert.Equal(["bsn"], errors[6]);
        Assert.Equal(["externalId"], errors[7]);
        Assert.Equal(["bsn"], errors[8]);
        Assert.Equal(["postcode"], errors[9]);
        var text = first.GetRawText();
        Assert.Contains("1990-02-30", text, StringComparison.Ordinal);
        foreach (var bsn in new[] { bsn1, bsn2, bsn3, "123456789" })
        {
            Assert.DoesNotContain(bsn, text, StringComparison.Ordinal);
            Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(bsn, StringComparison.Ordinal));
        }

        var imported = await app.InDbAsync(d => d.JobSeekers.Where(j => j.OwnerOrganisationId == caseManager.OrganisationId).OrderBy(j => j.ExternalId).ToListAsync(Ct));
        Assert.Equal([$"A-{u}", $"B-{u}", $"H-{u}"], imported.Select(j => j.ExternalId));
        var sanne = imported[0];
        Assert.Equal(("Sanne", "de Vries", new DateOnly(1990, 4, 2), "3811 AB", caseManager.Id), (sanne.GivenName, sanne.Surname, sanne.BirthDate, sanne.Postcode, sanne.CaseManagerUserId));
        Assert.Equal((WerkfitStatus.WorkReady, BenefitType.Bijstand, WorkAndThinkingLevel.Vmbo), (sanne.WerkfitStatus, sanne.Benefit, sanne.WorkAndThinkingLevel));
        Assert.Equal(["B", "BE"], sanne.DrivingLicences);
        Assert.Equal(["Heftruck rijden", "Orderpicken"], sanne.Skills.Select(s => s.Label));
        Assert.NotNull(sanne.BsnHash);
        Assert.Equal(new DateOnly(1985, 5, 2), imported[1].BirthDate);
        var versions = imported.Select(j => j.Version).ToList();
        var audit = await app.InDbAsync(d => d.ProcessingLog.CountAsync(r => r.SubjectPseudonyms.Contains(sanne.Pseudonym) && r.Action == AuditAction.Create, Ct));
        Assert.Equal(1, audit);
        var again = await app.InDbAsync(d => d.JobSeekers.Where(j => j.OwnerOrganisationId == caseManager.OrganisationId).OrderBy(j => j.ExternalId).Select(j => j.Version).ToListAsync(Ct));
        Assert.Equal(versions, again);
    }

    [Theory, Providers]
    public async Task a_changed_row_updates_the_profile_and_keeps_columns_the_file_lacks(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync(Region, Roles.CaseManager);
        var colleague = await app.CreateUserInOrganisationAsync(caseManager, Roles.CaseManager);
        var api = app.ApiClient(caseManager);
        var id = $"U-{Guid.NewGuid():N}";
        await ImportAsync(api, $"{Header}\n{id};Sanne;de Vries;1990-04-02;;;3811 AB;werkfit;bijstand;3;B;Lassen;24;32;\n");

        var report = await ImportAsync(api, $"externId;voornaam;achternaam;geboortedatum;postcode;werkfit;uitkering;trajectregisseur\n{id};Sanne;Jansen;1990-04-02;3811 AB;werkfit;bijstand;{colleague.Email}\n");
        var dry = await ImportAsync(api, $"externId;voornaam;achternaam;geboortedatum;postcode;werkfit;uitkering\n{id};Sanne;Bakker;1990-04-02;3811 AB;werkfit;bijstand\n", "/api/v1/job-seekers/import?dryRun=true");

        Assert.Equal((0, 1, 0, 0), Counts(report));
        Assert.Equal((0, 1, 0, 0), Counts(dry));
        Assert.True(dry.GetProperty("dryRun").GetBoolean());
        var profile = await app.InDbAsync(d => d.JobSeekers.SingleAsync(j => j.ExternalId == id, Ct));
        Assert.Equal(("Jansen", colleague.Id, WorkAndThinkingLevel.Vmbo), (profile.Surname, profile.CaseManagerUserId, profile.WorkAndThinkingLevel));
        Assert.Equal(["Lassen"], profile.Skills.Select(s => s.Label));
    }

    [Theory, Providers]
    public async Task the_same_bsn_at_another_organisation_is_flagged_to_both_owners_and_never_merged(Db db)
    {
        var app = apps.For(db);
        var first = await app.CreateUserAsync(Region, Roles.CaseManager);
        var second = await app.CreateUserAsync(Region, Roles.CaseManager);
        var existing = await app.RegisterJobSeekerAsync(first);
        var id = $"X-{Guid.NewGuid():N}";
        var csv = $"{Header}\n{id};Sanne;Test;1990-04-02;{existing.Bsn};;3811 AB;werkfit;bijstand;;;;;;\n";
        var recordsBefore = await app.ProcessingRecordsAsync(existing.Pseudonym);

        // A dry run changes and records nothing, so it must not reveal that another organisation holds the BSN.
        var dry = await ImportAsync(app.ApiClient(second), csv, "/api/v1/job-seekers/import?dryRun=true");
        Assert.Equal((1, 0, 0, 0), Counts(dry));
        Assert.DoesNotContain(dry.GetProperty("rows").EnumerateArray(), r => r.GetProperty("warnings").GetArrayLength() > 0);
        var firstOrganisation = await app.InDbAsync(d => d.Organisations.Where(o => o.Id == first.OrganisationId).Select(o => o.Name).SingleAsync(Ct));
        Assert.DoesNotContain(firstOrganisation, dry.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDbAsync(d => d.PossibleDuplicates.CountAsync(p => p.ProfileAId == existing.Id, Ct)));
        Assert.Equal(recordsBefore, await app.ProcessingRecordsAsync(existing.Pseudonym));

        var report = await ImportAsync(app.ApiClient(second), csv);
        var again = await ImportAsync(app.ApiClient(second), csv);

        Assert.Equal((1, 0, 0, 0), Counts(report));
        Assert.Equal((0, 0, 1, 0), Counts(again));
        var warning = report.GetProperty("rows")[0].GetProperty("warnings")[0];
        Assert.Equal("bsn", warning.GetProperty("column").GetString());
        Assert.DoesNotContain(existing.Bsn, report.GetRawText(), StringComparison.Ordinal);
        var imported = await app.InDbAsync(d => d.JobSeekers.SingleAsync(j => j.ExternalId == id, Ct));
        Assert.Equal(second.OrganisationId, imported.OwnerOrganisationId);
        var flags = await app.InDbAsync(d => d.PossibleDuplicates.Where(p => p.ProfileAId == existing.Id).ToListAsync(Ct));
        var flag = Assert.Single(flags);
        Assert.Equal((imported.Id, first.OrganisationId, second.OrganisationId), (flag.ProfileBId, flag.OrganisationAId, flag.OrganisationBId));
        var notified = await app.InDbAsync(d => d.Notifications.Where(n => n.Kind == "job-seeker-possible-duplicate" && (n.RecipientUserId == first.Id || n.RecipientUserId == second.Id))
            .Select(n => n.RecipientUserId).ToListAsync(Ct));
        Assert.Equal([first.Id, second.Id], notified.Order());
        Assert.Equal(1, await app.InDbAsync(d => d.JobSeekers.CountAsync(j => j.Id == existing.Id && j.OwnerOrganisationId == first.OrganisationId, Ct)));
        // Each real import matched the first person's BSN, and each match is in that person's processing log (one flag).
        Assert.Equal(Enumerable.Repeat<(Guid?, string)>((second.OrganisationId, "werkzoekenden.dubbele-inschrijving"), 2), await MatchRecordsAsync(app, existing.Pseudonym));
        Assert.Equal(recordsBefore + 2, await app.ProcessingRecordsAsync(existing.Pseudonym));

        // Both owners see "also registered at" with the other organisation's name on the profile page, nothing more.
        var firstOrg = await app.InDbAsync(d => d.Organisations.Where(o => o.Id == first.OrganisationId).Select(o => o.Name).SingleAsync(Ct));
        var secondOrg = await app.InDbAsync(d => d.Organisations.Where(o => o.Id == second.OrganisationId).Select(o => o.Name).SingleAsync(Ct));
        var firstPage = await (await PageClient.LoginAsync(app, first)).GetAsync($"/job-seekers/{existing.Id}");
        var secondPage = await (await PageClient.LoginAsync(app, second)).GetAsync($"/job-seekers/{imported.Id}");
        var firstHtml = await firstPage.Response.Content.ReadAsStringAsync(Ct);
        var secondHtml = await secondPage.Response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(secondOrg, firstHtml, StringComparison.Ordinal);
        Assert.Contains(firstOrg, secondHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(existing.Marker, secondHtml, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task registering_or_editing_with_a_bsn_another_organisation_holds_flags_both_owners_and_records_the_match(Db db)
    {
        var app = apps.For(db);
        var first = await app.CreateUserAsync(Region, Roles.CaseManager);
        var second = await app.CreateUserAsync(Region, Roles.CaseManager);
        var existing = await app.RegisterJobSeekerAsync(first);
        var api = app.ApiClient(second);

        var response = await api.PostAsJsonAsync("/api/v1/job-seekers", JobSeekerTestData.AProfile(existing.Bsn, JobSeekerTestData.NewMarker()), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var flag = await app.InDbAsync(d => d.PossibleDuplicates.SingleAsync(p => p.ProfileAId == existing.Id, Ct));
        Assert.Equal((registered, first.OrganisationId, second.OrganisationId), (flag.ProfileBId, flag.OrganisationAId, flag.OrganisationBId));
        var notified = await app.InDbAsync(d => d.Notifications.Where(n => n.Kind == "job-seeker-possible-duplicate" && (n.RecipientUserId == first.Id || n.RecipientUserId == second.Id))
            .Select(n => n.RecipientUserId).ToListAsync(Ct));
        Assert.Equal([first.Id, second.Id], notified.Order());
        Assert.Equal([(second.OrganisationId, "werkzoekenden.dubbele-inschrijving")], await MatchRecordsAsync(app, existing.Pseudonym));

        // An edit at a third organisation that gives a profile that BSN flags it too; saving it again adds nothing.
        var third = await app.CreateUserAsync(Region, Roles.CaseManager);
        var other = await app.RegisterJobSeekerAsync(third);
        api = app.ApiClient(third);
        var edit = await (await api.GetAsync($"/api/v1/job-seekers/{other.Id}", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var body = JobSeekerTestData.AProfile(existing.Bsn, other.Marker);
        var put = await api.PutAsJsonAsync($"/api/v1/job-seekers/{other.Id}", WithVersion(body, edit.GetProperty("version").GetInt32()), Ct);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync(Ct));
        Assert.Equal(2, await app.InDbAsync(d => d.PossibleDuplicates.CountAsync(p => p.ProfileAId == existing.Id, Ct)));
        Assert.Equal(new[] { second.OrganisationId, third.OrganisationId }.Order(), (await MatchRecordsAsync(app, existing.Pseudonym)).Select(r => r.OrganisationId!.Value).Order());
        var again = await api.PutAsJsonAsync($"/api/v1/job-seekers/{other.Id}", WithVersion(body, edit.GetProperty("version").GetInt32() + 1), Ct);
        Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync(Ct));
        Assert.Equal(2, await app.InDbAsync(d => d.PossibleDuplicates.CountAsync(p => p.ProfileAId == existing.Id, Ct)));
    }

    private static Dictionary<string, object?> WithVersion(object profile, int version)
    {
        var fields = JsonSerializer.SerializeToElement(profile).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["version"] = version;
        return fields;
    }

    private static Task<List<(Guid? OrganisationId, string Activity)>> MatchRecordsAsync(WerkbrugAppFactory app, string pseudonym) =>
        app.InDbAsync(async d => (await d.ProcessingLog.Where(r => r.SubjectPseudonyms.Contains(pseudonym) && r.ActivityCode == "werkzoekenden.dubbele-inschrijving")
            .Select(r => new { r.OrganisationId, r.ActivityCode }).ToListAsync(Ct)).Select(r => (r.OrganisationId, r.ActivityCode)).ToList());

    [Theory, Providers]
    public async Task the_import_page_shows_the_report_and_the_column_spec(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync(Region, Roles.CaseManager);
        var pages = await PageClient.LoginAsync(app, caseManager);

        var page = await pages.GetAsync("/job-seekers/import");
        var html = await page.Response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("trajectregisseur", html, StringComparison.Ordinal);
        Assert.Contains("geboortedatum", html, StringComparison.Ordinal);
        var bsn = JobSeekerTestData.NewBsn();
        var u = Guid.NewGuid().ToString("N")[..8];
        var result = await pages.UploadAsync(page, "Upload", "werkzoekenden.csv", $"{Header}\nP-{u};Sanne;Pagina;1990-02-30;{bsn};;3811 AB;werkfit;bijstand;;;;;;\n");
        var report = await result.Response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("1990-02-30", report, StringComparison.Ordinal);
        Assert.DoesNotContain(bsn, report, StringComparison.Ordinal);
    }
}
