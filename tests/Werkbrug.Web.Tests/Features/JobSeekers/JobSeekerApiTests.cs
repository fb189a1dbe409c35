using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

public sealed class JobSeekerApiTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task the_owner_gets_the_full_profile_without_the_bsn(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(caseManager);

        var body = await app.ApiClient(caseManager).GetStringAsync($"/api/v1/job-seekers/{seeker.Id}", Ct);

        using var json = JsonDocument.Parse(body);
        Assert.Equal("full", json.RootElement.GetProperty("access").GetString());
        Assert.Equal("Sanne", json.RootElement.GetProperty("givenName").GetString());
        Assert.Equal("••••••" + seeker.Bsn[^3..], json.RootElement.GetProperty("bsnMasked").GetString());
        Assert.Equal("Aanpassing " + seeker.Marker, json.RootElement.GetProperty("workRequirements").GetProperty("adjustments").GetString());
        Assert.DoesNotContain(seeker.Bsn, body, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_bsn_and_the_work_requirements_are_encrypted_at_rest(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(caseManager);

        var row = await app.InDbAsync(d => d.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == seeker.Id));

        var stored = JsonSerializer.Serialize(row);
        Assert.DoesNotContain(seeker.Bsn, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(seeker.Marker, stored, StringComparison.Ordinal);
        Assert.NotNull(row.SealedBsn);
        Assert.NotNull(row.SealedWorkRequirements);
        Assert.Equal(64, row.BsnHash!.Length);
    }

    [Theory, Providers]
    public async Task the_owner_finds_a_job_seeker_by_bsn_in_a_post_body_and_others_do_not(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var other = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(caseManager);

        var own = await app.ApiClient(caseManager).PostAsJsonAsync("/api/v1/job-seekers/find-by-bsn", new { bsn = seeker.Bsn }, Ct);
        var theirs = await app.ApiClient(other).PostAsJsonAsync("/api/v1/job-seekers/find-by-bsn", new { bsn = seeker.Bsn }, Ct);
        var invalid = await app.ApiClient(caseManager).PostAsJsonAsync("/api/v1/job-seekers/find-by-bsn", new { bsn = "123456789" }, Ct);

        Assert.Contains(seeker.Id.ToString(), await own.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty((await theirs.Content.ReadFromJsonAsync<JsonElement>(Ct)).Items());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Theory, Providers]
    public async Task registering_refuses_an_invalid_bsn_a_bad_postcode_and_a_duplicate_bsn(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(caseManager);
        var client = app.ApiClient(caseManager);

        var invalid = await client.PostAsJsonAsync("/api/v1/job-seekers", JobSeekerTestData.AProfile("123456789", JobSeekerTestData.NewMarker()), Ct);
        var duplicate = await client.PostAsJsonAsync("/api/v1/job-seekers", JobSeekerTestData.AProfile(seeker.Bsn, JobSeekerTestData.NewMarker()), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("\"bsn\"", await invalid.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.DoesNotContain(seeker.Bsn, await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task an_edit_needs_the_current_version_and_keeps_the_bsn_when_left_empty(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(caseManager);
        var client = app.ApiClient(caseManager);
        var profile = JsonSerializer.SerializeToNode(JobSeekerTestData.AProfile(null!, seeker.Marker, "Sanne-Marie"))!.AsObject();
        profile["version"] = 1;

        var stale = await client.PutAsJsonAsync($"/api/v1/job-seekers/{seeker.Id}", profile, Ct);
        profile["version"] = 0;
        var saved = await client.PutAsJsonAsync($"/api/v1/job-seekers/{seeker.Id}", profile, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var json = JsonDocument.Parse(await saved.Content.ReadAsStringAsync(Ct));
        Assert.Equal(("Sanne-Marie", true, 1), (json.RootElement.GetProperty("givenName").GetString(), json.RootElement.GetProperty("hasBsn").GetBoolean(), json.RootElement.GetProperty("version").GetInt32()));
    }

    [Theory, Providers]
    public async Task the_audit_log_of_a_job_seeker_is_for_administrators_of_the_owner_organisation(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(caseManager);
        await app.ApiClient(caseManager).GetAsync($"/api/v1/job-seekers/{seeker.Id}", Ct);
        var administrator = await app.CreateUserInOrganisationAsync(caseManager, Roles.Administrator);
        var otherAdministrator = await app.CreateUserAsync("AM14", Roles.Administrator);

        var report = await app.ApiClient(administrator).GetStringAsync($"/api/v1/audit-log?jobSeekerId={seeker.Id}", Ct);
        var elsewhere = await app.ApiClient(otherAdministrator).GetAsync($"/api/v1/audit-log?jobSeekerId={seeker.Id}", Ct);
        var caseManagerAsks = await app.ApiClient(caseManager).GetAsync($"/api/v1/audit-log?jobSeekerId={seeker.Id}", Ct);

        using var json = JsonDocument.Parse(report);
        var actions = json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Read", "Create"], actions);
        Assert.DoesNotContain(caseManager.Id.ToString(), report, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, caseManagerAsks.StatusCode);
    }
}
