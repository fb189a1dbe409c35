using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Placements;

/// <summary>
/// Placements through the API and the pages: visibility, editing the plan, durability (form, API, import) and the
/// figures. Region AM05 (AM06 as "another region"); the test that counts the whole region uses an app of its own (a template
/// copy); tests that move the clock do so for themselves only (<see cref="TestClock.Shift"/>).
/// </summary>
public sealed class PlacementApiTests(Apps apps)
{
    private const string Region = "AM05";
    private const string OtherRegion = "AM06";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DutchTime.Today(TimeProvider.System);

    [Theory, Providers]
    public async Task a_placement_of_another_organisation_or_region_is_not_found(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var placement = await app.HireAsync(world, Today.AddDays(7));
        var elsewhere = await app.CreateAdviserAsync(OtherRegion, Roles.AccountManager);

        foreach (var stranger in new[] { world.Outsider, elsewhere })
        {
            var api = app.ApiClient(stranger);
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/placements/{placement.Id}", Ct)).StatusCode);
            var put = await api.PutAsJsonAsync($"/api/v1/placements/{placement.Id}", new { startDate = Today, contractType = "Regular", hoursPerWeek = 20, contactPersonUserId = stranger.Id, version = 0 }, Ct);
            Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
            var record = await api.RecordAsync(placement.Id, new { checkpoint = "SixMonths", stillEmployed = false, endedOn = Today, endReason = "OtherWork", version = 0 });
            Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
            Assert.DoesNotContain(await api.AllItemsAsync("/api/v1/placements"), p => p.GetProperty("id").GetGuid() == placement.Id);
        }

        // The placing organisation sees the pseudonym, the owner's case manager the name (its account manager the pseudonym); both see the plan.
        var placing = await app.ApiClient(world.Adviser).GetPlacementAsync(placement.Id);
        Assert.Equal(world.Candidate.Pseudonym, placing.GetProperty("person").GetProperty("pseudonym").GetString());
        Assert.Equal(JsonValueKind.Null, placing.GetProperty("person").GetProperty("name").ValueKind);
        Assert.True(placing.GetProperty("canEdit").GetBoolean());
        Assert.Equal(5, placing.GetProperty("plan").GetArrayLength());
        var owner = await app.ApiClient(world.OwnerCaseManager).GetPlacementAsync(placement.Id);
        Assert.StartsWith("Sanne ", owner.GetProperty("person").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.False(owner.GetProperty("canEdit").GetBoolean());
        var ownersAdviser = await app.ApiClient(await app.CreateUserInOrganisationAsync(world.OwnerCaseManager, Roles.AccountManager)).GetPlacementAsync(placement.Id);
        Assert.Equal(world.Candidate.Pseudonym, ownersAdviser.GetProperty("person").GetProperty("pseudonym").GetString());
        Assert.Equal(JsonValueKind.Null, ownersAdviser.GetProperty("person").GetProperty("name").ValueKind);

        // The owner may read but not change it.
        var ownerPut = await app.ApiClient(world.OwnerCaseManager).PutAsJsonAsync($"/api/v1/placements/{placement.Id}", new { startDate = Today, contractType = "Regular", hoursPerWeek = 20, contactPersonUserId = world.Adviser.Id, version = owner.GetProperty("version").GetInt32() }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, ownerPut.StatusCode);
    }

    [Theory, Providers]
    public async Task editing_moves_the_open_tasks_and_gives_them_to_the_new_contact_person(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var start = Today.AddDays(7);
        var placement = await app.HireAsync(world, start);
        var api = app.ApiClient(world.Adviser);
        var before = await app.InDbAsync(d => d.AftercareTasks.AsNoTracking().Where(t => t.PlacementId == placement.Id).ToListAsync(Ct));
        var version = (await api.GetPlacementAsync(placement.Id)).GetProperty("version").GetInt32();

        var response = await api.PutAsJsonAsync($"/api/v1/placements/{placement.Id}", new
        {
            startDate = start.AddDays(10),
            contractType = "Regular",
            hoursPerWeek = 24,
            instrument = "WageCostSubsidy",
            jobCoachAgreed = true,
            contactPersonUserId = world.Colleague.Id,
            version,
        }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);

        var after = await app.InDbAsync(d => d.AftercareTasks.AsNoTracking().Where(t => t.PlacementId == placement.Id).ToListAsync(Ct));
        Assert.Equal(5, after.Count);
        foreach (var task in after)
        {
            Assert.Equal(before.Single(b => b.Id == task.Id).DueOn.AddDays(10), task.DueOn);
            Assert.Equal(world.Colleague.Id, task.AssigneeUserId);
        }

        var saved = await app.InDbAsync(d => d.Placements.AsNoTracking().SingleAsync(p => p.Id == placement.Id, Ct));
        Assert.Equal((start.AddDays(10), 24, PlacementInstrument.WageCostSubsidy, true, world.Colleague.Id), (saved.StartDate, saved.HoursPerWeek, saved.Instrument, saved.JobCoachAgreed, saved.ContactPersonUserId));

        // The old version is stale now; a contact person of another organisation is refused; nothing changes.
        var stale = await api.PutAsJsonAsync($"/api/v1/placements/{placement.Id}", new { startDate = start, contractType = "Regular", hoursPerWeek = 24, contactPersonUserId = world.Adviser.Id, version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stranger = await api.PutAsJsonAsync($"/api/v1/placements/{placement.Id}", new { startDate = start, contractType = "Regular", hoursPerWeek = 24, contactPersonUserId = world.Outsider.Id, version = saved.Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Contains("contactPersonUserId", await stranger.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(saved.Version, await app.InDbAsync(d => d.Placements.Where(p => p.Id == placement.Id).Select(p => p.Version).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task still_employed_is_refused_before_the_checkpoint_and_accepted_after_it_completing_the_check(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var placement = await app.HireAsync(world, Today.AddDays(-1));
        var api = app.ApiClient(world.Adviser);
        var version = (await api.GetPlacementAsync(placement.Id)).GetProperty("version").GetInt32();

        var early = await api.RecordAsync(placement.Id, new { checkpoint = "SixMonths", stillEmployed = true, version });
        var problem = await early.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("application/problem+json", early.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nog in dienst", problem, StringComparison.Ordinal);
        Assert.Contains(Today.AddDays(-1).AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), problem, StringComparison.Ordinal);

        using var later = app.Clock.Shift(TimeSpan.FromDays(190));
        await app.InDbAsync(d => d.PersonalAccessTokens.Where(t => t.UserId == world.Adviser.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAtUtc, DateTime.UtcNow.AddDays(200)), Ct));
        var accepted = await api.RecordAsync(placement.Id, new { checkpoint = 6, stillEmployed = true, version });
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync(Ct));

        var view = await api.GetPlacementAsync(placement.Id);
        var six = view.GetProperty("durability").EnumerateArray().Single(d => d.GetProperty("checkpoint").GetString() == "SixMonths");
        Assert.True(six.GetProperty("stillEmployed").GetBoolean());
        var check = view.GetProperty("plan").EnumerateArray().Single(t => t.GetProperty("checkpoint").GetString() == "SixMonths");
        Assert.Equal(JsonValueKind.String, check.GetProperty("completedOn").ValueKind);
        Assert.Equal("Nog in dienst", check.GetProperty("outcome").GetString());
        var twelve = view.GetProperty("plan").EnumerateArray().Single(t => t.GetProperty("checkpoint").GetString() == "TwelveMonths");
        Assert.Equal(JsonValueKind.Null, twelve.GetProperty("completedOn").ValueKind);

        // Sent again (a double submission with the old version) it is stale; with the new version it changes nothing.
        Assert.Equal(HttpStatusCode.Conflict, (await api.RecordAsync(placement.Id, new { checkpoint = 6, stillEmployed = true, version })).StatusCode);
        var again = await api.RecordAsync(placement.Id, new { checkpoint = 6, stillEmployed = true, version = view.GetProperty("version").GetInt32() });
        var againBody = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(againBody.GetProperty("changed").GetBoolean());
        Assert.Equal(view.GetProperty("version").GetInt32(), againBody.GetProperty("version").GetInt32());
    }

    [Theory, Providers]
    public async Task an_end_settles_both_checkpoints_and_completes_both_checks(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var placement = await app.HireAsync(world, Today.AddMonths(-3));
        var api = app.ApiClient(world.Adviser);
        var version = (await api.GetPlacementAsync(placement.Id)).GetProperty("version").GetInt32();

        var missingReason = await api.RecordAsync(placement.Id, new { checkpoint = "SixMonths", stillEmployed = false, endedOn = Today.AddMonths(-1), version });
        Assert.Equal(HttpStatusCode.BadRequest, missingReason.StatusCode);
        Assert.Contains("endReason", await missingReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var ended = await api.RecordAsync(placement.Id, new { checkpoint = "SixMonths", stillEmployed = false, endedOn = Today.AddMonths(-1), endReason = "EmployeeResigned", version });
        Assert.True(ended.StatusCode == HttpStatusCode.OK, await ended.Content.ReadAsStringAsync(Ct));
        var view = await api.GetPlacementAsync(placement.Id);
        Assert.Equal("Ended", view.GetProperty("state").GetString());
        Assert.All(view.GetProperty("durability").EnumerateArray(), d => Assert.False(d.GetProperty("stillEmployed").GetBoolean()));
        var checks = view.GetProperty("plan").EnumerateArray().Where(t => t.GetProperty("kind").GetString() == "DurabilityCheck").ToList();
        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.Equal("Beëindigd", c.GetProperty("outcome").GetString()));

        // Running again after the end is refused.
        var running = await api.RecordAsync(placement.Id, new { checkpoint = "SixMonths", stillEmployed = true, version = view.GetProperty("version").GetInt32() });
        Assert.NotEqual(HttpStatusCode.OK, running.StatusCode);
    }

    [Theory, Providers]
    public async Task the_shares_per_organisation_and_for_the_region_count_known_statuses_only(Db db)
    {
        await using var app = new WerkbrugAppFactory(db);
        var world = await app.WorldAsync(Region);
        var second = await app.WorldAsync(Region);
        var far = Today.AddYears(2);
        var statuses = new (PlacementWorld World, bool? Six, bool? Twelve)[]
        {
            (world, true, true), (world, true, null), (world, false, false), (world, null, null),
            (second, true, false), (second, null, null),
        };
        foreach (var (w, six, twelve) in statuses)
        {
            var placement = await app.HireAsync(w, Today.AddMonths(-1));
            await app.InDbAsync(async d =>
            {
                var p = await d.Placements.SingleAsync(x => x.Id == placement.Id, Ct);
                if (six == false)
                {
                    Assert.Null(p.RecordDurability(DurabilityCheckpoint.SixMonths, false, p.StartDate.AddDays(10), PlacementEndReason.OtherWork, far));
                }
                else if (six == true)
                {
                    Assert.Null(p.RecordDurability(DurabilityCheckpoint.SixMonths, true, null, null, far));
                    if (twelve is { } t)
                    {
                        Assert.Null(t
                            ? p.RecordDurability(DurabilityCheckpoint.TwelveMonths, true, null, null, far)
                            : p.RecordDurability(DurabilityCheckpoint.TwelveMonths, false, p.StartDate.AddMonths(8), PlacementEndReason.ContractNotExtended, far));
                    }
                }

                return await d.SaveChangesAsync(Ct);
            });
        }

        var manager = await app.CreateUserInOrganisationAsync(world.Adviser, Roles.Manager);
        var coordinator = await app.CreateAdviserAsync(Region, Roles.RegionCoordinator);
        foreach (var reader in new[] { manager, coordinator })
        {
            var figures = await app.ApiClient(reader).GetFromJsonAsync<JsonElement>("/api/v1/placements/durability", Ct);
            var rows = figures.GetProperty("organisations").EnumerateArray().ToDictionary(r => r.GetProperty("organisationId").GetGuid());
            static (int, int, int, int, int) Of(JsonElement r) => (
                r.GetProperty("placements").GetInt32(),
                r.GetProperty("sixMonths").GetProperty("checked").GetInt32(), r.GetProperty("sixMonths").GetProperty("stillEmployed").GetInt32(),
                r.GetProperty("twelveMonths").GetProperty("checked").GetInt32(), r.GetProperty("twelveMonths").GetProperty("stillEmployed").GetInt32());
            Assert.Equal((4, 3, 2, 2, 1), Of(rows[world.Adviser.OrganisationId]));
            Assert.Equal(66.7, rows[world.Adviser.OrganisationId].GetProperty("sixMonths").GetProperty("percentage").GetDouble());
            Assert.Equal((2, 1, 1, 1, 0), Of(rows[second.Adviser.OrganisationId]));
            Assert.Equal((0, 0, 0, 0, 0), Of(rows[world.OwnerCaseManager.OrganisationId]));
            Assert.Equal(JsonValueKind.Null, rows[world.OwnerCaseManager.OrganisationId].GetProperty("sixMonths").GetProperty("percentage").ValueKind);
            Assert.Equal((6, 4, 3, 3, 1), Of(figures.GetProperty("region")));
        }

        // The page shows the same, with every organisation of the region.
        var pages = await PageClient.LoginAsync(app, coordinator);
        var page = await pages.GetAsync("/placements");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var table = page.Document.QuerySelector("#durability-figures")!;
        Assert.Contains("66,7%", table.TextContent, StringComparison.Ordinal);
        var organisations = await app.InDbAsync(d => d.Organisations.CountAsync(o => o.RegionCode == Region, Ct));
        Assert.Equal(organisations, table.QuerySelectorAll("tbody tr").Length);
    }

    [Theory, Providers]
    public async Task the_import_reports_each_line_checks_on_a_dry_run_and_changes_nothing_the_second_time(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var ending = await app.HireAsync(world, Today.AddMonths(-2));
        var early = await app.HireAsync(world, Today.AddMonths(-2));
        var theirs = await app.HireAsync(await app.WorldAsync(Region), Today.AddMonths(-2));
        var endedOn = Today.AddMonths(-1).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"""
            placementId;checkpoint;stillEmployed;endedOn;endReason
            {ending.Id};6;nee;{endedOn};EmployerEnded
            {early.Id};6;ja;;
            {theirs.Id};12;nee;{endedOn};OtherWork
            {Guid.NewGuid()};18;misschien;gisteren;Ziek
            """;
        var api = app.ApiClient(world.Adviser);

        async Task<JsonElement> ImportAsync(bool dryRun)
        {
            using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
            var response = await api.PostAsync($"/api/v1/placements/durability/import?dryRun={dryRun}", content, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }

        var dry = await ImportAsync(dryRun: true);
        Assert.True(dry.GetProperty("dryRun").GetBoolean());
        Assert.Equal((4, 1, 0, 3), (dry.GetProperty("total").GetInt32(), dry.GetProperty("updated").GetInt32(), dry.GetProperty("unchanged").GetInt32(), dry.GetProperty("rejected").GetInt32()));
        var rows = dry.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32());
        Assert.Contains("Nog in dienst", rows[3].GetProperty("errors")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("placementId", rows[4].GetProperty("errors")[0].GetProperty("column").GetString());
        var columns = rows[5].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList();
        Assert.Equal(["checkpoint", "stillEmployed", "endedOn", "endReason"], columns);
        Assert.Null(await app.InDbAsync(d => d.Placements.Where(p => p.Id == ending.Id).Select(p => p.EndedOn).SingleAsync(Ct)));

        var real = await ImportAsync(dryRun: false);
        Assert.Equal((1, 3), (real.GetProperty("updated").GetInt32(), real.GetProperty("rejected").GetInt32()));
        var saved = await app.InDbAsync(d => d.Placements.AsNoTracking().SingleAsync(p => p.Id == ending.Id, Ct));
        Assert.Equal((Today.AddMonths(-1), PlacementEndReason.EmployerEnded, false, false), (saved.EndedOn!.Value, saved.EndReason!.Value, saved.EmployedAtSixMonths!.Value, saved.EmployedAtTwelveMonths!.Value));
        Assert.Equal(2, await app.InDbAsync(d => d.AftercareTasks.CountAsync(t => t.PlacementId == ending.Id && t.Kind == AftercareTaskKind.DurabilityCheck && t.CompletedOn != null, Ct)));
        Assert.Null(await app.InDbAsync(d => d.Placements.Where(p => p.Id == theirs.Id).Select(p => p.EndedOn).SingleAsync(Ct)));

        var second = await ImportAsync(dryRun: false);
        Assert.Equal((0, 1), (second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        Assert.Equal(saved.Version, await app.InDbAsync(d => d.Placements.Where(p => p.Id == ending.Id).Select(p => p.Version).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task reading_the_placement_page_records_the_pseudonym_in_the_audit_log(Db db)
    {
        var app = apps.For(db);
        var world = await app.WorldAsync(Region);
        var placement = await app.HireAsync(world, Today.AddDays(3));
        var before = await app.InDbAsync(d => d.ProcessingLog.CountAsync(r => r.SubjectPseudonyms.Contains(world.Candidate.Pseudonym) && r.Action == AuditAction.Read, Ct));

        var pages = await PageClient.LoginAsync(app, world.Adviser);
        var page = await pages.GetAsync($"/placements/{placement.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(world.Candidate.Pseudonym, page.Document.QuerySelector("#placement-candidate")!.TextContent.Trim());
        Assert.Equal(5, page.Document.QuerySelectorAll("#aftercare-plan tbody tr").Length);
        Assert.NotNull(page.Document.QuerySelector("#durability-form"));
        Assert.Equal(before + 1, await app.InDbAsync(d => d.ProcessingLog.CountAsync(r => r.SubjectPseudonyms.Contains(world.Candidate.Pseudonym) && r.Action == AuditAction.Read, Ct)));

        // The durability form refuses "still employed" before the date, in Dutch, on the page.
        var refused = await pages.SubmitAsync(page, "#durability-form", new() { ["Input.Checkpoint"] = ["SixMonths"], ["Input.StillEmployed"] = ["true"] });
        Assert.Contains("Nog in dienst", refused.Document.QuerySelector(".utrecht-form-field-error-message")?.TextContent ?? refused.Document.Body!.TextContent, StringComparison.Ordinal);

        // The edit page moves the start; the outsider gets 404.
        var edit = await pages.GetAsync($"/placements/{placement.Id}/edit");
        var saved = await pages.SubmitAsync(edit, "#placement-form", new() { ["Input.StartDate"] = [Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)] });
        Assert.Equal($"/placements/{placement.Id}", saved.Path);
        Assert.Equal(Today.AddDays(5), await app.InDbAsync(d => d.Placements.Where(p => p.Id == placement.Id).Select(p => p.StartDate).SingleAsync(Ct)));
        var outsider = await PageClient.LoginAsync(app, world.Outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/placements/{placement.Id}")).Response.StatusCode);

        // The owner organisation sees the name.
        var owner = await PageClient.LoginAsync(app, world.OwnerCaseManager);
        var ownerPage = await owner.GetAsync($"/placements/{placement.Id}");
        Assert.StartsWith("Sanne ", ownerPage.Document.QuerySelector("#placement-candidate")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
