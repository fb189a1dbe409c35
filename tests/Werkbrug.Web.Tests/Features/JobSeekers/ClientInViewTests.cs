using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>Freshness and "klant in beeld": the worklist's order and scope, the contact flow, the counts per organisation and their audit records.</summary>
public sealed class ClientInViewTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DutchTime.ToLocal(DateTime.UtcNow));

    /// <summary>Sets the dates freshness is computed from: last contact (days ago, null for none) and last update (days ago).</summary>
    private static Task<int> SetDatesAsync(WerkbrugAppFactory app, Guid id, int? contactDaysAgo, int updatedDaysAgo = 1, int registeredDaysAgo = 400) =>
        app.InDbAsync(async db =>
        {
            var profile = await db.JobSeekers.SingleAsync(j => j.Id == id, Ct);
            profile.LastContactOn = contactDaysAgo is { } days ? Today.AddDays(-days) : null;
            profile.RegisteredOn = Today.AddDays(-registeredDaysAgo);
            profile.UpdatedAtUtc = DateTime.UtcNow.AddDays(-updatedDaysAgo);
            await db.SaveChangesAsync(Ct);
            return 0;
        });

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    private static List<(Guid Id, string Freshness)> Rows(JsonDocument json) =>
        [.. json.RootElement.GetProperty("items").EnumerateArray()
            .Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("freshness").GetString()!))];

    [Theory, Providers]
    public async Task the_worklist_puts_stale_first_then_oldest_contact_and_shows_only_the_own_organisation(Db db)
    {
        var app = apps.For(db);
        var me = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var colleague = await app.CreateUserInOrganisationAsync(me, Roles.CaseManager);
        var stranger = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var fresh = await app.RegisterJobSeekerAsync(me);
        var dueSoon = await app.RegisterJobSeekerAsync(me);
        var staleByContact = await app.RegisterJobSeekerAsync(me);
        var staleByUpdate = await app.RegisterJobSeekerAsync(me);
        var neverContacted = await app.RegisterJobSeekerAsync(me);
        var colleagues = await app.RegisterJobSeekerAsync(colleague);
        var otherOrganisation = await app.RegisterJobSeekerAsync(stranger);
        await SetDatesAsync(app, fresh.Id, 5);
        await SetDatesAsync(app, dueSoon.Id, 70);
        await SetDatesAsync(app, staleByContact.Id, 200);
        await SetDatesAsync(app, staleByUpdate.Id, 3, updatedDaysAgo: 300);
        await SetDatesAsync(app, neverContacted.Id, null, registeredDaysAgo: 120);
        await SetDatesAsync(app, colleagues.Id, 100);
        await SetDatesAsync(app, otherOrganisation.Id, 500);

        using var mine = await JsonAsync(await app.ApiClient(me).GetAsync("/api/v1/job-seekers/in-view", Ct));
        using var all = await JsonAsync(await app.ApiClient(me).GetAsync("/api/v1/job-seekers/in-view?mine=false", Ct));

        Assert.Equal(
            [(staleByContact.Id, "Stale"), (neverContacted.Id, "Stale"), (staleByUpdate.Id, "Stale"), (dueSoon.Id, "DueSoon"), (fresh.Id, "Fresh")],
            Rows(mine));
        Assert.Equal(
            [staleByContact.Id, neverContacted.Id, colleagues.Id, staleByUpdate.Id, dueSoon.Id, fresh.Id],
            Rows(all).Select(r => r.Id).ToList());
        Assert.Equal("/api/v1/job-seekers/in-view?mine=false&page=1&pageSize=50", all.RootElement.GetProperty("links").GetProperty("self").GetString());

        // The organisation's counts, shown above the worklist, are the freshness overview's.
        using var freshness = await JsonAsync(await app.ApiClient(me).GetAsync("/api/v1/job-seekers/freshness", Ct));
        var counts = Assert.Single(freshness.RootElement.GetProperty("organisations").EnumerateArray());
        Assert.Equal(me.OrganisationId, counts.GetProperty("organisationId").GetGuid());
        Assert.Equal((4, 1, 1, 67), (counts.GetProperty("stale").GetInt32(), counts.GetProperty("dueSoon").GetInt32(), counts.GetProperty("fresh").GetInt32(), counts.GetProperty("stalePercent").GetInt32()));
    }

    [Theory, Providers]
    public async Task the_worklist_records_one_list_record_per_listed_person_on_the_page_and_the_api(Db db)
    {
        var app = apps.For(db);
        var me = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var first = await app.RegisterJobSeekerAsync(me);
        var second = await app.RegisterJobSeekerAsync(me);
        var pages = await PageClient.LoginAsync(app, me);
        async Task<(int, int)> CountsAsync() => (await app.ProcessingRecordsAsync(first.Pseudonym), await app.ProcessingRecordsAsync(second.Pseudonym));

        // Signing in lands on the start page, whose worklist lists (and records) the stale clients too.
        Task<int> ListRecordsAsync() => app.InDbAsync(d => d.ProcessingLog.CountAsync(r => r.SubjectPseudonyms.Contains(first.Pseudonym) && r.Action == Domain.Audit.AuditAction.List, Ct));
        var listedBefore = await ListRecordsAsync();
        var before = await CountsAsync();
        var page = await pages.GetAsync("/job-seekers/in-view");
        var afterPage = await CountsAsync();
        (await app.ApiClient(me).GetAsync("/api/v1/job-seekers/in-view", Ct)).Dispose();
        var afterApi = await CountsAsync();

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.NotNull(page.Document.QuerySelector($"#client-{first.Id}"));
        Assert.Equal((before.Item1 + 1, before.Item2 + 1), afterPage);
        Assert.Equal((afterPage.Item1 + 1, afterPage.Item2 + 1), afterApi);
        Assert.Equal(listedBefore + 2, await ListRecordsAsync());
    }

    [Theory, Providers]
    public async Task recording_a_contact_makes_the_profile_fresh_keeps_the_note_sealed_and_shows_it_to_the_owner(Db db)
    {
        var app = apps.For(db);
        var me = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(me);
        await SetDatesAsync(app, seeker.Id, 200);
        var version = await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == seeker.Id).Select(j => j.Version).SingleAsync(Ct));
        var note = "Belt terug over VCA " + seeker.Marker;
        var records = await app.ProcessingRecordsAsync(seeker.Pseudonym);

        var response = await app.ApiClient(me).PostAsJsonAsync($"/api/v1/job-seekers/{seeker.Id}/contacts", new
        {
            occurredOn = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            channel = "Video",
            note,
            availableFrom = "2027-01-04",
            werkfitStatus = "WorkReadyLater",
            version,
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await JsonAsync(response);
        Assert.Equal("Fresh", json.RootElement.GetProperty("freshness").GetString());
        Assert.Equal(version + 1, json.RootElement.GetProperty("version").GetInt32());
        var (profile, contact) = await app.InDbAsync(async d => (await d.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == seeker.Id, Ct), await d.JobSeekerContacts.AsNoTracking().SingleAsync(c => c.JobSeekerId == seeker.Id, Ct)));
        Assert.Equal(Today, profile.LastContactOn);
        Assert.Equal(new DateOnly(2027, 1, 4), profile.AvailableFrom);
        Assert.Equal(Domain.JobSeekers.WerkfitStatus.WorkReadyLater, profile.WerkfitStatus);
        Assert.Equal(Domain.JobSeekers.JobSeekerContactChannel.Video, contact.Channel);
        Assert.Equal(me.Id, contact.ByUserId);
        Assert.DoesNotContain(seeker.Marker, contact.SealedNote!, StringComparison.Ordinal);
        Assert.Equal(records + 1, await app.ProcessingRecordsAsync(seeker.Pseudonym));

        var owner = await (await PageClient.LoginAsync(app, me)).GetAsync($"/job-seekers/{seeker.Id}");
        Assert.Contains(note, owner.Document.QuerySelector("#contacts")!.TextContent, StringComparison.Ordinal);
        var adviser = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var other = await (await PageClient.LoginAsync(app, adviser)).GetAsync($"/job-seekers/{seeker.Id}");
        Assert.Equal(HttpStatusCode.OK, other.Response.StatusCode);
        Assert.DoesNotContain(seeker.Marker, await other.Response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Null(other.Document.QuerySelector("#contacts"));
    }

    [Theory, Providers]
    public async Task a_contact_with_a_stale_version_another_organisations_client_or_a_bsn_in_the_note_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var me = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var stranger = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(me);
        await SetDatesAsync(app, seeker.Id, 200);
        var version = await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == seeker.Id).Select(j => j.Version).SingleAsync(Ct));
        var date = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/api/v1/job-seekers/{seeker.Id}/contacts";

        var stale = await app.ApiClient(me).PostAsJsonAsync(url, new { occurredOn = date, channel = "Phone", version = version - 1 }, Ct);
        var foreign = await app.ApiClient(stranger).PostAsJsonAsync(url, new { occurredOn = date, channel = "Phone", version }, Ct);
        var bsn = await app.ApiClient(me).PostAsJsonAsync(url, new { occurredOn = date, channel = "Phone", note = "bsn " + JobSeekerTestData.NewBsn(), version }, Ct);
        var future = await app.ApiClient(me).PostAsJsonAsync(url, new { occurredOn = Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), channel = "Phone", version }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using (var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync(Ct)))
        {
            Assert.Contains("gewijzigd", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bsn.StatusCode);
        Assert.Contains("\"note\"", await bsn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("\"occurredOn\"", await future.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var (profile, contacts) = await app.InDbAsync(async d => (await d.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == seeker.Id, Ct), await d.JobSeekerContacts.CountAsync(c => c.JobSeekerId == seeker.Id, Ct)));
        Assert.Equal((Today.AddDays(-200), version, 0), (profile.LastContactOn!.Value, profile.Version, contacts));
    }

    [Theory, Providers]
    public async Task a_stale_version_on_the_contact_form_shows_the_message_and_a_success_returns_to_the_worklist_with_a_notice(Db db)
    {
        var app = apps.For(db);
        var me = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(me);
        await SetDatesAsync(app, seeker.Id, 200);
        var pages = await PageClient.LoginAsync(app, me);
        var form = await pages.GetAsync($"/job-seekers/{seeker.Id}/contact");
        await SetDatesAsync(app, seeker.Id, 150); // someone else saves in the meantime

        var refused = await pages.SubmitAsync(form, "#contact-form");
        var again = await pages.GetAsync($"/job-seekers/{seeker.Id}/contact");
        var saved = await pages.SubmitAsync(again, "#contact-form", new() { ["Input.Channel"] = ["Conversation"] });

        Assert.Contains("gewijzigd", refused.Document.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/job-seekers/in-view", saved.Path);
        Assert.Contains("vastgelegd", saved.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Fresh", saved.Document.QuerySelector($"#client-{seeker.Id}")!.GetAttribute("data-freshness"));
    }

    [Theory, Providers]
    public async Task the_counts_per_organisation_are_the_own_organisation_for_managers_and_the_region_for_coordinators(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var manager = await app.CreateUserInOrganisationAsync(caseManager, Roles.Manager);
        var otherCaseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var coordinator = await app.CreateUserAsync("AM14", Roles.RegionCoordinator);
        var farAway = await app.CreateUserAsync("AM01", Roles.RegionCoordinator);
        var adviser = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var stale = await app.RegisterJobSeekerAsync(caseManager);
        var fresh = await app.RegisterJobSeekerAsync(caseManager);
        var elsewhere = await app.RegisterJobSeekerAsync(otherCaseManager);
        await SetDatesAsync(app, stale.Id, 100);
        await SetDatesAsync(app, fresh.Id, 1);
        await SetDatesAsync(app, elsewhere.Id, 61);

        async Task<Dictionary<Guid, (int, int, int)>> CountsAsync(TestUser user)
        {
            var response = await app.ApiClient(user).GetAsync("/api/v1/job-seekers/freshness", Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, body);
            Assert.DoesNotContain(stale.Pseudonym, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Test-", body, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(body);
            return json.RootElement.GetProperty("organisations").EnumerateArray().ToDictionary(
                o => o.GetProperty("organisationId").GetGuid(), o => (o.GetProperty("fresh").GetInt32(), o.GetProperty("dueSoon").GetInt32(), o.GetProperty("stale").GetInt32()));
        }

        var managers = await CountsAsync(manager);
        var coordinators = await CountsAsync(coordinator);
        var far = await CountsAsync(farAway);
        var forbidden = await app.ApiClient(adviser).GetAsync("/api/v1/job-seekers/freshness", Ct);
        var page = await (await PageClient.LoginAsync(app, coordinator)).GetAsync("/job-seekers/freshness");

        Assert.Equal(new Dictionary<Guid, (int, int, int)> { [caseManager.OrganisationId] = (1, 0, 1) }, managers);
        Assert.Equal((1, 0, 1), coordinators[caseManager.OrganisationId]);
        Assert.Equal((0, 1, 0), coordinators[otherCaseManager.OrganisationId]);
        Assert.False(far.ContainsKey(caseManager.OrganisationId));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.NotNull(page.Document.QuerySelector("#freshness"));
    }
}
