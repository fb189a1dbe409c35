using System.Net;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Tests.Features.JobSeekers;

namespace Werkbrug.Web.Tests.Infrastructure.Audit;

/// <summary>
/// Reads audited through the group-commit writer (ADR 0016), many at once through the HTTP API: still one record per
/// subject per read, a chain that verifies, and no personal data for a read whose records were not committed. Region
/// AM37 (and AM38 for the second region) are this class's alone, so their chains and counts are its own.
/// </summary>
public sealed class AuditGroupCommitTests(Apps apps)
{
    private const string Region = "AM37";
    private const int Reads = 32;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task thirty_two_concurrent_reads_write_exactly_one_record_per_subject_per_read_and_the_chain_verifies(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateUserAsync(Region, Roles.CaseManager);
        var seekers = new[] { await app.RegisterJobSeekerAsync(owner), await app.RegisterJobSeekerAsync(owner), await app.RegisterJobSeekerAsync(owner) };

        var bodies = await Task.WhenAll(Enumerable.Range(0, Reads).Select(i => i % 2 == 0
            ? app.ApiClient(owner).GetStringAsync("/api/v1/job-seekers", Ct)
            : app.ApiClient(owner).GetStringAsync($"/api/v1/job-seekers/{seekers[i % 3].Id}", Ct)));

        Assert.All(bodies.Where((_, i) => i % 2 == 0), body => Assert.All(seekers, s => Assert.Contains(s.Pseudonym, body, StringComparison.Ordinal)));
        var pseudonyms = seekers.Select(s => s.Pseudonym).ToList();
        var records = (await app.InDbAsync(d => d.ProcessingLog.AsNoTracking()
            .Where(r => r.RegionCode == Region && (r.Action == AuditAction.List || r.Action == AuditAction.Read))
            .Select(r => new { r.SubjectPseudonyms, r.Action, r.TraceId }).ToListAsync(Ct)))
            .Where(r => r.SubjectPseudonyms.Any(pseudonyms.Contains)).ToList();
        // One record per read, naming each subject once.
        Assert.All(records, r => Assert.Equal(r.SubjectPseudonyms.Count, r.SubjectPseudonyms.Distinct().Count()));
        var reads = Enumerable.Range(0, Reads).Where(i => i % 2 == 1).GroupBy(i => seekers[i % 3].Pseudonym).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(seekers, s =>
        {
            Assert.Equal(Reads / 2, records.Count(r => r.SubjectPseudonyms.Contains(s.Pseudonym) && r.Action == AuditAction.List));
            Assert.Equal(reads[s.Pseudonym], records.Count(r => r.SubjectPseudonyms.Contains(s.Pseudonym) && r.Action == AuditAction.Read));
        });
        var users = await app.InDbAsync(d => d.UserAuditLog.AsNoTracking()
            .Where(u => u.ActorUserId == owner.Id && (u.Action == AuditAction.List || u.Action == AuditAction.Read)).ToListAsync(Ct));
        Assert.Equal(
            [.. Enumerable.Repeat((AuditAction.Read, 1), Reads / 2), .. Enumerable.Repeat((AuditAction.List, 3), Reads / 2)],
            users.Select(u => (u.Action, u.SubjectCount)).Order());
        Assert.All(records, r => Assert.Contains(users, u => u.TraceId == r.TraceId));
        var verification = await app.InDbAsync(d => new AuditChainVerifier(d).VerifyAsync(Region, Ct));
        Assert.True(verification.IsIntact, $"processing broken at {verification.ProcessingBrokenAt}, user broken at {verification.UserBrokenAt}");
    }

    /// <summary>Reads of two regions share the writer's commits: each region's chain gets its own records and still verifies.</summary>
    [Theory, Providers]
    public async Task concurrent_reads_of_two_regions_share_commits_and_each_regions_chain_verifies(Db db)
    {
        const string other = "AM38";
        var app = apps.For(db);
        var owners = new[] { await app.CreateUserAsync(Region, Roles.CaseManager), await app.CreateUserAsync(other, Roles.CaseManager) };
        var seekers = new[] { await app.RegisterJobSeekerAsync(owners[0]), await app.RegisterJobSeekerAsync(owners[1]) };

        var bodies = await Task.WhenAll(Enumerable.Range(0, Reads).Select(i => app.ApiClient(owners[i % 2]).GetStringAsync($"/api/v1/job-seekers/{seekers[i % 2].Id}", Ct)));

        Assert.All(bodies.Select((body, i) => (body, i)), b => Assert.Contains(seekers[b.i % 2].Pseudonym, b.body, StringComparison.Ordinal));
        var pseudonyms = seekers.Select(s => s.Pseudonym).ToList();
        var records = (await app.InDbAsync(d => d.ProcessingLog.AsNoTracking()
            .Where(r => (r.RegionCode == Region || r.RegionCode == other) && r.Action == AuditAction.Read)
            .Select(r => new { r.RegionCode, r.SubjectPseudonyms }).ToListAsync(Ct)))
            .Where(r => r.SubjectPseudonyms.Any(pseudonyms.Contains)).ToList();
        Assert.Equal(Reads / 2, records.Count(r => r.RegionCode == Region && r.SubjectPseudonyms.Contains(seekers[0].Pseudonym)));
        Assert.Equal(Reads / 2, records.Count(r => r.RegionCode == other && r.SubjectPseudonyms.Contains(seekers[1].Pseudonym)));
        Assert.Equal(Reads, records.Count);
        foreach (var region in new[] { Region, other })
        {
            var verification = await app.InDbAsync(d => new AuditChainVerifier(d).VerifyAsync(region, Ct));
            Assert.True(verification.IsIntact, $"{region}: processing broken at {verification.ProcessingBrokenAt}, user broken at {verification.UserBrokenAt}");
        }
    }

    [Theory, Providers]
    public async Task a_failing_store_refuses_every_waiting_read_and_only_those(Db db)
    {
        var app = apps.For(db);
        var (failing, healthy) = (await app.CreateUserAsync(Region, Roles.CaseManager), await app.CreateUserAsync(Region, Roles.CaseManager));
        var (refused, served) = (await app.RegisterJobSeekerAsync(failing), await app.RegisterJobSeekerAsync(healthy));
        var before = (await app.ProcessingRecordsAsync(refused.Pseudonym), await app.ProcessingRecordsAsync(served.Pseudonym));

        app.AuditFaults.FailFor(failing.Id);
        HttpResponseMessage[] responses;
        try
        {
            responses = await Task.WhenAll(Enumerable.Range(0, Reads).Select(i => i % 2 == 0
                ? app.ApiClient(failing).GetAsync(i % 4 == 0 ? "/api/v1/job-seekers" : $"/api/v1/job-seekers/{refused.Id}", Ct)
                : app.ApiClient(healthy).GetAsync(i % 4 == 1 ? "/api/v1/job-seekers" : $"/api/v1/job-seekers/{served.Id}", Ct)));
        }
        finally
        {
            app.AuditFaults.Heal(failing.Id);
        }

        foreach (var (response, i) in responses.Select((r, i) => (r, i)))
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (i % 2 == 0)
            {
                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                Assert.DoesNotContain(refused.Pseudonym, body, StringComparison.Ordinal);
                Assert.DoesNotContain(refused.Marker, body, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains(served.Pseudonym, body, StringComparison.Ordinal);
            }
        }

        Assert.Equal((before.Item1, before.Item2 + (Reads / 2)), (await app.ProcessingRecordsAsync(refused.Pseudonym), await app.ProcessingRecordsAsync(served.Pseudonym)));
        Assert.True((await app.InDbAsync(d => new AuditChainVerifier(d).VerifyAsync(Region, Ct))).IsIntact);
    }
}
