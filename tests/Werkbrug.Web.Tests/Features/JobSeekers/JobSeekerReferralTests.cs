using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Tests.Features.Referrals;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>A job seeker's referrals: GET /api/v1/job-seekers/{id}/referrals and the list on the profile page share one handler.</summary>
public sealed class JobSeekerReferralTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task the_owner_reads_a_job_seekers_referrals_through_the_api_with_one_audit_record_and_on_the_profile_page(Db db)
    {
        var app = apps.For(db);
        // A region no other test reads job seekers in: a list there would add records of this candidate meanwhile.
        var cast = await app.CastAsync("AM25");
        var proposed = await app.ApiClient(cast.AccountManager).ReferAsync(cast.VacancyId, cast.OtherCandidate.Pseudonym);
        var stranger = await app.CreateUserAsync("AM17", Roles.CaseManager);
        var candidate = cast.OtherCandidate;
        // Signing in lands on the start page, whose worklist lists (and records) the referral waiting for the owner.
        var pages = await PageClient.LoginAsync(app, cast.OtherCaseManager);
        var before = await app.ProcessingRecordsAsync(candidate.Pseudonym);

        var response = await app.ApiClient(cast.OtherCaseManager).GetAsync($"/api/v1/job-seekers/{candidate.Id}/referrals", Ct);
        var elsewhere = await app.ApiClient(stranger).GetAsync($"/api/v1/job-seekers/{candidate.Id}/referrals", Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var row = Assert.Single(json.RootElement.Items());
        Assert.Equal(proposed.Id(), row.Id());
        Assert.Equal("AwaitingOwner", row.GetProperty("status").GetString());
        Assert.Equal(cast.VacancyId, row.GetProperty("vacancyId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal("application/problem+json", elsewhere.Content.Headers.ContentType?.MediaType);

        var records = await app.InDbAsync(d => d.ProcessingLog.Where(r => r.SubjectPseudonyms.Contains(candidate.Pseudonym)).OrderBy(r => r.Sequence).ToListAsync(Ct));
        Assert.Equal(before + 1, records.Count);
        Assert.Equal(ProcessingActivities.Referral, records[^1].ActivityCode);
        Assert.Equal(AuditAction.List, records[^1].Action);

        // The profile page shows the same list; the profile's own Read record covers it.
        var page = await pages.GetAsync($"/job-seekers/{candidate.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains($"/referrals/{proposed.Id()}", page.Document.QuerySelector("#profile-referrals")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(before + 2, await app.ProcessingRecordsAsync(candidate.Pseudonym));
    }
}
