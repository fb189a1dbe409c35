using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>
/// Matching through the API on the running app: the index follows the database, results obey the privacy model.
/// Region AM11 (and AM12 as "another region") is shared with the other matching classes, which run at the same time: a
/// test asserts on the job seekers it registered and on its own organisation's records, never on the region's totals.
/// </summary>
public sealed class MatchingApiTests(Apps apps)
{
    private const string Region = "AM11";
    private const string OtherRegion = "AM12";

    /// <summary>What a ranking judges a candidate by: two candidates equal in these are ranked alike.</summary>
    private static readonly string[] FullProfile = ["FullProfile"];
    private static readonly string[] JudgedParts = ["score", "distanceKm", "explanation", "breakdown", "gaps"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Pool(TestUser AccountManager, TestUser OwnCaseManager, TestUser OtherCaseManager, Guid VacancyId);

    private static async Task<Pool> PoolAsync(WerkbrugAppFactory app)
    {
        var accountManager = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var ownCaseManager = await app.CreateUserInOrganisationAsync(accountManager, Roles.CaseManager);
        var otherCaseManager = await app.CreateAdviserAsync(Region, Roles.CaseManager);
        return new Pool(accountManager, ownCaseManager, otherCaseManager, await app.ApiClient(accountManager).OpenWarehouseVacancyAsync());
    }

    private static async Task<JsonElement> CandidatesAsync(HttpClient api, Guid vacancyId, string query = "?pageSize=100")
    {
        var response = await api.GetAsync($"/api/v1/vacancies/{vacancyId}/candidates{query}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement? Find(JsonElement results, string pseudonym) =>
        results.Items().Where(c => c.GetProperty("pseudonym").GetString() == pseudonym).Cast<JsonElement?>().FirstOrDefault();

    /// <summary>
    /// Asks until the candidate shows (or not) and returns how long that took after the save returned: only for the test
    /// that measures how fast the feed follows on its own; others await <see cref="TestData.MatchingCaughtUpAsync"/>.
    /// </summary>
    private static async Task<TimeSpan> WaitForAsync(HttpClient api, Guid vacancyId, string pseudonym, bool present, Stopwatch sinceSave)
    {
        while (sinceSave.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (Find(await CandidatesAsync(api, vacancyId), pseudonym) is not null == present)
            {
                return sinceSave.Elapsed;
            }

            await Task.Delay(25, Ct);
        }

        return TimeSpan.MaxValue;
    }

    [Theory, Providers]
    public async Task a_vacancy_finds_the_whole_regional_pool_and_only_the_owners_manager_sees_a_candidate_by_name(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var own = await app.RegisterJobSeekerAsync(pool.OwnCaseManager);
        var other = await app.RegisterJobSeekerAsync(pool.OtherCaseManager);
        var elsewhere = await app.RegisterJobSeekerAsync(await app.CreateAdviserAsync(OtherRegion, Roles.CaseManager));
        var api = app.ApiClient(pool.AccountManager);
        await app.MatchingCaughtUpAsync();

        var response = await api.GetAsync($"/api/v1/vacancies/{pool.VacancyId}/candidates?pageSize=100", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var results = JsonDocument.Parse(body).RootElement;

        var mine = Find(results, own.Pseudonym);
        var theirs = Find(results, other.Pseudonym);
        Assert.NotNull(mine);
        Assert.NotNull(theirs);
        Assert.Null(Find(results, elsewhere.Pseudonym));
        // Need-to-know: the account manager sees the own organisation's candidate pseudonymised too, its manager by name.
        Assert.Equal(JsonValueKind.Null, mine.Value.GetProperty("jobSeekerId").ValueKind);
        Assert.Equal(JsonValueKind.Null, mine.Value.GetProperty("name").ValueKind);
        Assert.True(mine.Value.GetProperty("ownOrganisation").GetBoolean());
        Assert.False(theirs.Value.GetProperty("ownOrganisation").GetBoolean());
        var manager = await app.CreateUserInOrganisationAsync(pool.AccountManager, Roles.Manager);
        var managed = Find(await CandidatesAsync(app.ApiClient(manager), pool.VacancyId), own.Pseudonym);
        Assert.NotNull(managed);
        Assert.Equal(own.Id, managed.Value.GetProperty("jobSeekerId").GetGuid());
        Assert.StartsWith("Sanne ", managed.Value.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, theirs.Value.GetProperty("jobSeekerId").ValueKind);
        Assert.Equal(JsonValueKind.Null, theirs.Value.GetProperty("name").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(theirs.Value.GetProperty("explanation").GetString()));
        Assert.NotEmpty(theirs.Value.GetProperty("breakdown").EnumerateArray());

        // Nothing of either person beyond the pseudonym for the account manager, and no special-category data for anyone.
        foreach (var seeker in new[] { own, other })
        {
            Assert.DoesNotContain(seeker.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Test-" + seeker.Marker[3..9], body, StringComparison.Ordinal);
            Assert.DoesNotContain(seeker.Marker, body, StringComparison.Ordinal);
            Assert.DoesNotContain(seeker.Bsn, body, StringComparison.Ordinal);
        }

        // Paged like every list, in rank order: page 2 holds the ranks after the first page; the total counts every eligible job seeker.
        var firstTwo = (await CandidatesAsync(api, pool.VacancyId, "?pageSize=2")).Items();
        var secondPage = await CandidatesAsync(api, pool.VacancyId, "?pageSize=1&page=2");
        var second = Assert.Single(secondPage.Items());
        Assert.Equal([1, 2], firstTwo.Select(c => c.GetProperty("rank").GetInt32()));
        Assert.Equal((2, firstTwo[1].GetProperty("pseudonym").GetString()), (second.GetProperty("rank").GetInt32(), second.GetProperty("pseudonym").GetString()));
        // The total counts every eligible job seeker, not only those on the page. (Each read is compared with itself: the
        // class's other tests add, deregister and erase job seekers in the region meanwhile, so totals of two reads differ.)
        Assert.True(secondPage.GetProperty("total").GetInt32() >= 2);
        Assert.True(results.GetProperty("total").GetInt32() >= results.Items().Length);
    }

    [Theory, Providers]
    public async Task every_listed_candidate_gets_one_audit_record_under_the_activity_that_applies(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var own = await app.RegisterJobSeekerAsync(pool.OwnCaseManager);
        var other = await app.RegisterJobSeekerAsync(pool.OtherCaseManager);
        var manager = await app.CreateUserInOrganisationAsync(pool.AccountManager, Roles.Manager);
        await app.MatchingCaughtUpAsync();
        // Only this organisation's processing counts: other classes' searches in the region list these two seekers as well.
        var organisation = pool.AccountManager.OrganisationId;
        // Each read's record names its subjects: one entry per subject per read.
        async Task<List<(string, string, AuditAction)>> EntriesAsync() => [.. (await app.InDbAsync(d => d.ProcessingLog.AsNoTracking()
            .Where(r => r.OrganisationId == organisation && (r.SubjectPseudonyms.Contains(own.Pseudonym) || r.SubjectPseudonyms.Contains(other.Pseudonym)))
            .OrderBy(r => r.Sequence).ToListAsync(Ct)))
            .SelectMany(r => r.SubjectPseudonyms.Where(p => p == own.Pseudonym || p == other.Pseudonym).Select(p => (p, r.ActivityCode, r.Action)))];
        var before = (await EntriesAsync()).Count;

        var byAccountManager = await CandidatesAsync(app.ApiClient(pool.AccountManager), pool.VacancyId);
        var byManager = await CandidatesAsync(app.ApiClient(manager), pool.VacancyId);

        var added = (await EntriesAsync()).Skip(before).Order().ToList();
        // The account manager sees the own organisation's candidate pseudonymised (regional matching, as the other's); the
        // owner's manager sees it by name (profile management). Other classes fill the region too, so a page may not reach
        // them: the expectation follows what each page listed, one record for each of the two it shows, none for one it does not.
        IEnumerable<(string, string, AuditAction)> Listed(JsonElement page, string pseudonym, string activity) =>
            Find(page, pseudonym) is null ? [] : [(pseudonym, activity, AuditAction.Search)];
        (string, string, AuditAction)[] expected =
        [
            .. Listed(byAccountManager, own.Pseudonym, "werkzoekenden.regionale-matching"),
            .. Listed(byAccountManager, other.Pseudonym, "werkzoekenden.regionale-matching"),
            .. Listed(byManager, own.Pseudonym, "werkzoekenden.profielbeheer"),
            .. Listed(byManager, other.Pseudonym, "werkzoekenden.regionale-matching"),
        ];
        Assert.Equal(expected.Order(), added);
    }

    /// <summary>
    /// One search, one append (ADR 0037): every candidate shown is recorded exactly once, in the same call to the store, under
    /// the activity that applies (by name: profile management; a grant's facts used by the instrument guide: sharing on
    /// consent; otherwise regional matching); the guide writes no second batch of its own.
    /// </summary>
    [Theory, Providers]
    public async Task one_search_makes_one_append_with_one_record_per_candidate_shown(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var own = await app.RegisterJobSeekerAsync(pool.OwnCaseManager);
        var other = await app.RegisterJobSeekerAsync(pool.OtherCaseManager);
        var shared = await app.RegisterJobSeekerAsync(pool.OtherCaseManager);
        var consent = await app.ApiClient(pool.OtherCaseManager).PostAsJsonAsync($"/api/v1/consents?jobSeekerId={shared.Id}", new
        {
            kind = "Consent",
            categories = FullProfile,
            recipientOrganisationId = pool.AccountManager.OrganisationId,
            purpose = "Matching",
            @explicit = false,
            note = "Schriftelijk akkoord",
            validFrom = "2020-01-01",
            validUntil = "2099-12-31",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        var manager = await app.CreateUserInOrganisationAsync(pool.AccountManager, Roles.Manager);
        await app.MatchingCaughtUpAsync();
        app.AuditFaults.Watch(manager.Id);
        var since = DateTime.UtcNow.AddSeconds(-1);

        var shown = (await CandidatesAsync(app.ApiClient(manager), pool.VacancyId)).Items().Select(c => c.GetProperty("pseudonym").GetString()!).ToList();

        Assert.Contains(own.Pseudonym, shown);
        Assert.Contains(other.Pseudonym, shown);
        Assert.Contains(shared.Pseudonym, shown);
        var append = Assert.Single(app.AuditFaults.AppendsOf(manager.Id));
        var batches = append.Where(b => b.ActorUserId == manager.Id).ToList();
        Assert.Single(batches.Select(b => b.TraceId).Distinct());
        var recorded = batches.SelectMany(b => b.SubjectPseudonyms.Select(p => (Pseudonym: p, b.ActivityCode, b.Action))).ToList();
        Assert.Equal(shown.Order(StringComparer.Ordinal), recorded.Select(r => r.Pseudonym).Order(StringComparer.Ordinal));
        Assert.Contains((own.Pseudonym, "werkzoekenden.profielbeheer", AuditAction.Search), recorded);
        Assert.Contains((other.Pseudonym, "werkzoekenden.regionale-matching", AuditAction.Search), recorded);
        Assert.Contains((shared.Pseudonym, "werkzoekenden.delen-op-grondslag", AuditAction.Search), recorded);

        // And stored so: each candidate shown named once under this search's trace id, found by organisation and time as EF queries them.
        var trace = batches[0].TraceId;
        var stored = await app.InDbAsync(d => d.ProcessingLog.AsNoTracking()
            .Where(r => r.TraceId == trace && r.OrganisationId == manager.OrganisationId && r.AtUtc >= since)
            .Select(r => r.SubjectPseudonyms).ToListAsync(Ct));
        Assert.Equal(shown.Order(StringComparer.Ordinal), stored.SelectMany(s => s).Order(StringComparer.Ordinal));
        var users = await app.InDbAsync(d => d.UserAuditLog.AsNoTracking().Where(u => u.TraceId == trace && u.ActorUserId == manager.Id).ToListAsync(Ct));
        Assert.Equal(shown.Count, users.Sum(u => u.SubjectCount));
        Assert.True((await app.InDbAsync(d => new Werkbrug.Web.Infrastructure.Audit.AuditChainVerifier(d).VerifyAsync(Region, Ct))).IsIntact);
    }

    [Theory, Providers]
    public async Task the_index_follows_a_new_profile_and_a_deregistration_through_the_feed(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var api = app.ApiClient(pool.AccountManager);

        // No MatchingCaughtUpAsync here: the change must reach the index on its own, through the feed (woken by the
        // commit, polling every two seconds), long before the 30-minute rebuild. How fast is a benchmark's question,
        // not this test's; the wait below only bounds a hang.
        var saved = Stopwatch.StartNew();
        var seeker = await app.RegisterJobSeekerAsync(pool.OtherCaseManager);
        saved.Restart();
        var appeared = await WaitForAsync(api, pool.VacancyId, seeker.Pseudonym, present: true, saved);
        Assert.True(appeared != TimeSpan.MaxValue, "the new profile never reached the index");

        await app.InDbAsync(async d =>
        {
            var profile = await d.JobSeekers.SingleAsync(j => j.Id == seeker.Id, Ct);
            profile.DeregisteredOn = new DateOnly(2026, 11, 1);
            profile.UpdatedAtUtc = DateTime.UtcNow;
            return await d.SaveChangesAsync(Ct);
        });
        saved.Restart();
        var gone = await WaitForAsync(api, pool.VacancyId, seeker.Pseudonym, present: false, saved);
        Assert.True(gone != TimeSpan.MaxValue, "the deregistration never reached the index");
        TestContext.Current.TestOutputHelper?.WriteLine($"index updated after {appeared.TotalMilliseconds:F0} ms and {gone.TotalMilliseconds:F0} ms");
    }

    /// <summary>
    /// A profile whose postcode area the reference data does not know (1000 is a post-office-box range, without a centroid)
    /// has no distance to judge, so it is never ranked; the search says how many such job seekers pass the hard filters
    /// instead of leaving them out unseen, in the API and on the page.
    /// </summary>
    [Theory, Providers]
    public async Task a_job_seeker_without_a_known_postcode_is_counted_apart_not_silently_dropped(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var api = app.ApiClient(pool.AccountManager);
        var seeker = await app.RegisterJobSeekerAsync(pool.OtherCaseManager);
        await app.MatchingCaughtUpAsync();
        Assert.NotNull(Find(await CandidatesAsync(api, pool.VacancyId), seeker.Pseudonym));
        var before = await api.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{pool.VacancyId}/candidates/counts", Ct);

        await app.InDbAsync(async d =>
        {
            var profile = await d.JobSeekers.SingleAsync(j => j.Id == seeker.Id, Ct);
            (profile.Postcode, profile.Pc4) = ("1000AA", "1000");
            profile.UpdatedAtUtc = DateTime.UtcNow;
            return await d.SaveChangesAsync(Ct);
        });
        await app.MatchingCaughtUpAsync();

        var listed = await CandidatesAsync(api, pool.VacancyId);
        Assert.Null(Find(listed, seeker.Pseudonym));
        var after = await api.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{pool.VacancyId}/candidates/counts", Ct);
        Assert.Equal(before.GetProperty("withoutPostcode").GetInt32() + 1, after.GetProperty("withoutPostcode").GetInt32());
        // Other classes register job seekers in this region meanwhile (never remove them): the count read after the list
        // holds at least the list's total.
        Assert.InRange(after.GetProperty("eligible").GetInt32(), listed.GetProperty("total").GetInt32(), int.MaxValue);

        var pages = await PageClient.LoginAsync(app, pool.AccountManager);
        var page = await pages.GetAsync($"/vacancies/{pool.VacancyId}/candidates");
        var notice = page.Document.QuerySelector("#without-postcode")?.TextContent ?? string.Empty;
        Assert.Contains("geen bekende postcode", notice, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_job_seekers_matching_vacancies_are_for_the_owner_only(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var seeker = await app.RegisterJobSeekerAsync(pool.OwnCaseManager);
        var owner = app.ApiClient(pool.OwnCaseManager);

        await app.MatchingCaughtUpAsync();
        var results = JsonDocument.Parse(await owner.GetStringAsync($"/api/v1/job-seekers/{seeker.Id}/vacancies?pageSize=100", Ct)).RootElement.Clone();

        var otherOrganisation = await app.ApiClient(pool.OtherCaseManager).GetAsync($"/api/v1/job-seekers/{seeker.Id}/vacancies", Ct);
        var otherRegion = await app.ApiClient(await app.CreateAdviserAsync(OtherRegion, Roles.CaseManager)).GetAsync($"/api/v1/job-seekers/{seeker.Id}/vacancies", Ct);

        var match = results.Items().Single(v => v.GetProperty("vacancyId").GetGuid() == pool.VacancyId);
        Assert.False(string.IsNullOrWhiteSpace(match.GetProperty("explanation").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, otherOrganisation.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherRegion.StatusCode);
    }

    [Theory, Providers]
    public async Task the_shortlist_takes_a_candidate_once_by_pseudonym_and_shows_others_pseudonymised(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var other = await app.RegisterJobSeekerAsync(pool.OtherCaseManager);
        var api = app.ApiClient(pool.AccountManager);
        var url = $"/api/v1/vacancies/{pool.VacancyId}/shortlist";

        var first = await api.PostAsJsonAsync(url, new { pseudonym = other.Pseudonym }, Ct);
        var again = await api.PostAsJsonAsync(url, new { pseudonym = other.Pseudonym }, Ct);
        var unknown = await api.PostAsJsonAsync(url, new { pseudonym = "WZ-0000000000" }, Ct);
        var list = await api.GetStringAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("pseudonym", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var entries = JsonDocument.Parse(list).RootElement.Items();
        Assert.Single(entries);
        Assert.Equal(other.Pseudonym, entries[0].GetProperty("pseudonym").GetString());
        Assert.Equal(JsonValueKind.Null, entries[0].GetProperty("name").ValueKind);

        var removed = await api.DeleteAsync($"{url}/{other.Pseudonym}", Ct);
        var removedAgain = await api.DeleteAsync($"{url}/{other.Pseudonym}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.StatusCode);
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>(url, Ct)).Items());
    }

    [Theory, Providers]
    public async Task a_vacancy_of_another_region_and_bad_filters_are_refused(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var stranger = app.ApiClient(await app.CreateAdviserAsync(OtherRegion, Roles.AccountManager));

        var hidden = await stranger.GetAsync($"/api/v1/vacancies/{pool.VacancyId}/candidates", Ct);
        var bad = await app.ApiClient(pool.AccountManager).GetAsync($"/api/v1/vacancies/{pool.VacancyId}/candidates?pageSize=500", Ct);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// Fair matching (issue 15, EU AI Act Annex III point 4): candidates who differ only in what must not rank (age, sex
    /// or origin as a name suggests them, health and work-ability needs, the kind of benefit) get the same score, the same
    /// criteria and the same explanation. Werkbrug stores neither sex nor nationality, so a name stands in for both.
    /// </summary>
    [Theory, Providers]
    public async Task candidates_who_differ_only_in_age_name_health_or_benefit_get_the_same_score_and_explanation(Db db)
    {
        var app = apps.For(db);
        var pool = await PoolAsync(app);
        var caseManager = app.ApiClient(pool.OwnCaseManager);
        (string What, Action<JsonObject> Change)[] variants =
        [
            ("as registered", _ => { }),
            ("aged 21", p => p["birthDate"] = "2005-04-02"),
            ("aged 63", p => p["birthDate"] = "1963-04-02"),
            ("a woman's name of Moroccan origin", p => (p["givenName"], p["surname"]) = ("Fatima", "El Amrani")),
            ("a man's name of Turkish origin", p => (p["givenName"], p["surname"]) = ("Mehmet", "Yılmaz")),
            ("a man's Dutch name", p => (p["givenName"], p["surname"]) = ("Jan", "de Vries")),
            ("no work-ability needs", p => (p["adaptationNeeded"], p["supervisionNeeded"], p["adjustments"]) = ("No", "No", null)),
            ("needs supervision", p => (p["supervisionNeeded"], p["variationNeeded"]) = ("Yes", "Yes")),
            ("WW", p => p["benefit"] = "Ww"),
            ("Wajong", p => p["benefit"] = "Wajong"),
            ("no benefit", p => p["benefit"] = "None"),
        ];
        var pseudonyms = new List<(string What, string Pseudonym)>();
        foreach (var (what, change) in variants)
        {
            var profile = JsonSerializer.SerializeToNode(JobSeekerTestData.AProfile(JobSeekerTestData.NewBsn(), JobSeekerTestData.NewMarker()))!.AsObject();
            change(profile);
            var response = await caseManager.PostAsJsonAsync("/api/v1/job-seekers", profile, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"{what}: {body}");
            pseudonyms.Add((what, JsonDocument.Parse(body).RootElement.GetProperty("pseudonym").GetString()!));
        }

        await app.MatchingCaughtUpAsync();
        var results = await CandidatesAsync(app.ApiClient(pool.AccountManager), pool.VacancyId);

        static string Judged(JsonElement c) => string.Join(" | ", JudgedParts.Select(p => c.GetProperty(p).GetRawText()));
        var judged = pseudonyms.Select(p => (p.What, Judgement: Find(results, p.Pseudonym) is { } c ? Judged(c) : "not listed")).ToList();
        Assert.DoesNotContain(judged, j => j.Judgement == "not listed");
        Assert.All(judged, j => Assert.True(j.Judgement == judged[0].Judgement, $"{j.What}: {j.Judgement}\nas registered: {judged[0].Judgement}"));
        // And they were judged on something: the occupation counted for each of them.
        Assert.Contains("\"label\":\"Beroep\",\"weight\":20,\"credit\":1000", judged[0].Judgement, StringComparison.Ordinal);
    }
}
