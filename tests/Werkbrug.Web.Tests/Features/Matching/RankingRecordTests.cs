using System.Net;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>
/// Every candidate list shown is kept as it was shown (issue 15, item 7): read back later, it gives the same order, the
/// same scores and, from its weights and credits, each raw score again, whatever happened to the profiles since. Region
/// AM11 is shared with the other matching classes; each test reads only the rankings of its own vacancy.
/// </summary>
public sealed class RankingRecordTests(Apps apps)
{
    private const string Region = "AM11";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestUser AccountManager, TestUser CaseManager, Guid VacancyId)> VacancyAsync(WerkbrugAppFactory app)
    {
        var accountManager = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var caseManager = await app.CreateUserInOrganisationAsync(accountManager, Roles.CaseManager);
        return (accountManager, caseManager, await app.ApiClient(accountManager).OpenWarehouseVacancyAsync());
    }

    [Theory, Providers]
    public async Task a_candidate_list_reads_back_as_it_was_shown_after_the_profiles_changed(Db db)
    {
        var app = apps.For(db);
        var (accountManager, caseManager, vacancyId) = await VacancyAsync(app);
        var first = await app.RegisterJobSeekerAsync(caseManager);
        await app.RegisterJobSeekerAsync(caseManager);
        await app.MatchingCaughtUpAsync();
        var api = app.ApiClient(accountManager);

        var shown = await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/candidates?pageSize=100");
        var listed = shown.Items().Select(c => (Rank: c.GetProperty("rank").GetInt32(), Pseudonym: c.GetProperty("pseudonym").GetString()!, Score: c.GetProperty("score").GetInt32())).ToList();
        Assert.Contains(listed, c => c.Pseudonym == first.Pseudonym);

        // The profile changes and leaves the pool; a new search shows a new list, the first one stays as it was.
        await app.InDbAsync(async d =>
        {
            var profile = await d.JobSeekers.SingleAsync(j => j.Id == first.Id, Ct);
            profile.DeregisteredOn = new DateOnly(2026, 11, 1);
            profile.UpdatedAtUtc = DateTime.UtcNow;
            return await d.SaveChangesAsync(Ct);
        });
        await app.MatchingCaughtUpAsync();
        var again = await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/candidates?pageSize=100");
        Assert.DoesNotContain(again.Items(), c => c.GetProperty("pseudonym").GetString() == first.Pseudonym);

        var rankings = await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/rankings");
        Assert.Equal(2, rankings.GetProperty("total").GetInt32());
        var oldest = rankings.Items()[1];
        Assert.Equal(listed.Count, oldest.GetProperty("listed").GetInt32());
        Assert.Equal(shown.GetProperty("total").GetInt32(), oldest.GetProperty("eligible").GetInt32());

        // Reads of the organisation, counted per subject named.
        Task<int> ReadSubjectsAsync() => app.InDbAsync(async d => (await d.ProcessingLog
            .Where(r => r.OrganisationId == accountManager.OrganisationId && r.Action == AuditAction.Read).Select(r => r.SubjectPseudonyms).ToListAsync(Ct)).Sum(s => s.Count));
        var before = await ReadSubjectsAsync();
        var record = await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/rankings/{oldest.Id()}");
        var entries = record.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(listed, [.. entries.Select(e => (e.GetProperty("rank").GetInt32(), e.GetProperty("pseudonym").GetString()!, e.GetProperty("score").GetInt32()))]);

        // The weights and the credits give every raw score back, and the list is in the order of its raw scores.
        var weights = record.GetProperty("weights").EnumerateArray().ToDictionary(w => w.GetProperty("criterion").GetString()!, w => w.GetProperty("value").GetInt32());
        Assert.Equal(10, weights.Count);
        Assert.Matches("^w[0-9a-f]{12}$", record.GetProperty("weightsVersion").GetString());
        foreach (var e in entries)
        {
            var credits = e.GetProperty("credits").EnumerateArray().ToList();
            Assert.NotEmpty(credits);
            Assert.Equal(e.GetProperty("rawScore").GetInt32(), credits.Sum(c => weights[c.GetProperty("criterion").GetString()!] * c.GetProperty("value").GetInt32()));
        }

        var raw = entries.Select(e => e.GetProperty("rawScore").GetInt32()).ToList();
        Assert.Equal(raw.OrderDescending(), raw);

        // Reading it is a read of (pseudonymised) personal data: every listed job seeker named once in its audit record.
        Assert.Equal(before + listed.Count, await ReadSubjectsAsync());
    }

    [Theory, Providers]
    public async Task the_ranking_commits_with_the_searchs_audit_records_or_not_at_all(Db db)
    {
        var app = apps.For(db);
        var (accountManager, caseManager, vacancyId) = await VacancyAsync(app);
        await app.RegisterJobSeekerAsync(caseManager);
        await app.MatchingCaughtUpAsync();
        var api = app.ApiClient(accountManager);

        // The audit log refuses: no list is shown, and none is kept as shown.
        app.AuditFaults.FailFor(accountManager.Id);
        try
        {
            using var refused = await api.GetAsync($"/api/v1/vacancies/{vacancyId}/candidates", Ct);
            Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        }
        finally
        {
            app.AuditFaults.Heal(accountManager.Id);
        }

        Assert.Equal(0, await app.InDbAsync(d => d.Rankings.CountAsync(r => r.VacancyId == vacancyId, Ct)));

        // Served: one ranking, under the trace id of the audit records of the same search.
        var shown = await api.GetJsonAsync($"/api/v1/vacancies/{vacancyId}/candidates");
        var ranking = await app.InDbAsync(d => d.Rankings.SingleAsync(r => r.VacancyId == vacancyId, Ct));
        var audited = await app.InDbAsync(d => d.ProcessingLog.Where(r => r.TraceId == ranking.TraceId && r.Action == AuditAction.Search).Select(r => r.SubjectPseudonyms).ToListAsync(Ct));
        Assert.Equal(shown.Items().Select(c => c.GetProperty("pseudonym").GetString()!).Order(), audited.SelectMany(s => s).Order());
    }

    [Theory, Providers]
    public async Task another_regions_adviser_reads_no_ranking_of_the_vacancy(Db db)
    {
        var app = apps.For(db);
        var (accountManager, _, vacancyId) = await VacancyAsync(app);
        await app.MatchingCaughtUpAsync();
        await app.ApiClient(accountManager).GetJsonAsync($"/api/v1/vacancies/{vacancyId}/candidates?pageSize=5");
        var ranking = (await app.ApiClient(accountManager).GetJsonAsync($"/api/v1/vacancies/{vacancyId}/rankings")).Items()[0].Id();

        var stranger = app.ApiClient(await app.CreateAdviserAsync("AM12", Roles.AccountManager));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/vacancies/{vacancyId}/rankings", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/vacancies/{vacancyId}/rankings/{ranking}", Ct)).StatusCode);
    }
}
