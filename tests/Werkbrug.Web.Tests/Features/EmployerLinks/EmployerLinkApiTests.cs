using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.EmployerLinks;

/// <summary>The employer link through the API: scope, expiry, revocation, tampering, the steps and what the sheet shows.</summary>
public sealed class EmployerLinkApiTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task the_link_sees_only_its_vacancys_referrals_once_they_were_sent(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var (sent, _) = await app.ReferAsync(setup);
        var (proposed, _) = await app.ReferAsync(setup, send: false);
        var other = await app.OpenVacancyAsync();
        var (elsewhere, _) = await app.ReferAsync(other);
        var employer = app.EmployerApi(await setup.LinkAsync());

        var listing = await (await employer.GetAsync("/api/v1/employer-link/referrals", Ct)).JsonAsync(HttpStatusCode.OK);

        var vacancy = await (await employer.GetAsync("/api/v1/employer-link", Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(setup.VacancyId, vacancy.GetProperty("vacancyId").GetGuid());
        Assert.Equal([sent], listing.Items().Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"/api/v1/employer-link/referrals/{sent}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/employer-link/referrals/{proposed}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/employer-link/referrals/{elsewhere}", Ct)).StatusCode);
        var invite = await employer.PostAsJsonAsync($"/api/v1/employer-link/referrals/{elsewhere}/invite", new { version = 1, interviewOn = "2026-12-01" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, invite.StatusCode);
        Assert.Equal(ReferralStatus.SentToEmployer, await app.InDbAsync(d => d.Referrals.Where(r => r.Id == elsewhere).Select(r => r.Status).FirstAsync(Ct)));
    }

    [Theory, Providers]
    public async Task the_link_expires(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        await app.ReferAsync(setup);
        var link = await setup.LinkAsync(validDays: 1);
        var employer = app.EmployerApi(link);
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync("/api/v1/employer-link/referrals", Ct)).StatusCode);

        using var later = app.Clock.Shift(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await employer.GetAsync("/api/v1/employer-link/referrals", Ct)).StatusCode);
        var open = await app.CreateClient().GetAsync(link.OpenPath(), Ct);
        Assert.Equal(HttpStatusCode.Gone, open.StatusCode);
        Assert.Contains("Deze link is niet (meer) geldig", await open.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_revoked_link_is_refused_for_good_through_the_header_and_the_cookie(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        await app.ReferAsync(setup);
        var link = await setup.LinkAsync();
        var employer = app.EmployerApi(link);
        var browser = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync("/api/v1/employer-link/referrals", Ct)).StatusCode);
        var opened = await browser.GetAsync(link.OpenPath(), Ct);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("/werkgevers/voordrachten", opened.RequestMessage!.RequestUri!.AbsolutePath);

        Assert.Equal(HttpStatusCode.NoContent, (await setup.Staff.DeleteAsync($"/api/v1/employer-links/{link.Id}", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await employer.GetAsync("/api/v1/employer-link/referrals", Ct)).StatusCode);
        var page = await browser.GetAsync("/werkgevers/voordrachten", Ct);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Deze link is niet (meer) geldig", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await app.CreateClient().GetAsync(link.OpenPath(), Ct)).StatusCode);
        var links = await (await setup.Staff.GetAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", Ct)).JsonAsync(HttpStatusCode.OK);
        var row = Assert.Single(links.Items());
        Assert.Equal("Revoked", row.GetProperty("status").GetString());
        Assert.False(row.TryGetProperty("token", out _));
    }

    [Theory, Providers]
    public async Task a_tampered_or_unknown_token_is_refused(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var link = await setup.LinkAsync();
        var middle = link.Token.Length / 2;
        var tampered = link.Token[..middle] + (link.Token[middle] == 'A' ? 'B' : 'A') + link.Token[(middle + 1)..];

        foreach (var token in new[] { tampered, "nonsense", link.Token + "x" })
        {
            var employer = app.EmployerApi(link with { Token = token });
            Assert.Equal(HttpStatusCode.Unauthorized, (await employer.GetAsync("/api/v1/employer-link/referrals", Ct)).StatusCode);
            var open = await app.CreateClient().GetAsync($"/werkgevers/voordrachten/open?token={Uri.EscapeDataString(token)}", Ct);
            Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
            Assert.DoesNotContain("Exception", await open.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task staff_and_employer_principals_do_not_cross(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var link = await setup.LinkAsync();
        var employer = app.EmployerApi(link);

        Assert.Equal(HttpStatusCode.Unauthorized, (await employer.GetAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await employer.GetAsync("/api/v1/vacancies", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await employer.DeleteAsync($"/api/v1/employer-links/{link.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await setup.Staff.GetAsync("/api/v1/employer-link/referrals", Ct)).StatusCode);

        var browser = app.CreateClient();
        await browser.GetAsync(link.OpenPath(), Ct);
        var staffPage = await browser.GetAsync($"/vacancies/{setup.VacancyId}", Ct);
        Assert.StartsWith("/account/login", staffPage.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        var staffBrowser = await PageClient.LoginAsync(app, setup.Adviser);
        var employerPage = await staffBrowser.GetAsync("/werkgevers/voordrachten");
        Assert.Equal(HttpStatusCode.NotFound, employerPage.Response.StatusCode);
    }

    [Theory, Providers]
    public async Task an_organisation_that_referred_a_candidate_cannot_make_see_or_revoke_the_owners_links(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var link = await setup.LinkAsync();
        var referrer = await app.CreateAdviserAsync(EmployerLinkTestData.Region, Domain.Organisations.Roles.AccountManager);
        var (referralId, _) = await app.ReferAsync(setup);
        await app.InDbAsync(d => d.Referrals.Where(r => r.Id == referralId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReferringOrganisationId, referrer.OrganisationId), Ct));
        var client = app.ApiClient(referrer);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", new { contactName = "X" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/employer-links/{link.Id}", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await app.EmployerApi(link).GetAsync("/api/v1/employer-link/referrals", Ct)).StatusCode);
        var links = await (await setup.Staff.GetAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", Assert.Single(links.Items()).GetProperty("status").GetString());

        // The vacancy page offers the links to the owner only.
        var referrerPage = await (await PageClient.LoginAsync(app, referrer)).GetAsync($"/vacancies/{setup.VacancyId}");
        var ownerPage = await (await PageClient.LoginAsync(app, setup.Adviser)).GetAsync($"/vacancies/{setup.VacancyId}");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (referrerPage.Response.StatusCode, ownerPage.Response.StatusCode));
        Assert.Null(referrerPage.Document.QuerySelector("#employer-links"));
        Assert.NotNull(ownerPage.Document.QuerySelector("#employer-links"));
    }

    [Theory, Providers]
    public async Task another_organisation_cannot_manage_the_links_of_a_vacancy_it_has_no_part_in(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var link = await setup.LinkAsync();
        var stranger = app.ApiClient(await app.CreateAdviserAsync(EmployerLinkTestData.Region, Domain.Organisations.Roles.AccountManager));
        var elsewhere = app.ApiClient(await app.CreateAdviserAsync(EmployerLinkTestData.OtherRegion, Domain.Organisations.Roles.AccountManager));

        foreach (var client in new[] { stranger, elsewhere })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", new { contactName = "X" }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/employer-links/{link.Id}", Ct)).StatusCode);
        }

        var invalid = await setup.Staff.PostAsJsonAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", new { contactName = " ", validDays = 181 }, Ct);
        var problem = await invalid.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("validDays", out _));
        Assert.Equal(HttpStatusCode.OK, (await app.EmployerApi(link).GetAsync("/api/v1/employer-link/referrals", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task a_rejection_with_a_reason_gives_the_adviser_a_feedback_task_and_a_second_one_is_refused(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var (id, _) = await app.ReferAsync(setup);
        var link = await setup.LinkAsync();
        var employer = app.EmployerApi(link);
        var sheet = await (await employer.GetAsync($"/api/v1/employer-link/referrals/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        var version = sheet.GetProperty("version").GetInt32();

        var other = await employer.PostAsJsonAsync($"/api/v1/employer-link/referrals/{id}/reject", new { version, reason = "Other" }, Ct);
        Assert.True((await other.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("note", out _));
        var done = await (await employer.PostAsJsonAsync($"/api/v1/employer-link/referrals/{id}/reject", new { version, reason = "Language" }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Rejected", done.GetProperty("status").GetString());

        var (stored, tasks) = await app.InDbAsync(async d => (
            await d.Referrals.AsNoTracking().FirstAsync(r => r.Id == id, Ct),
            await d.AftercareTasks.Where(t => t.ReferralId == id).ToListAsync(Ct)));
        var task = Assert.Single(tasks);
        Assert.Equal(AftercareTaskKind.Feedback, task.Kind);
        Assert.Equal(setup.Adviser.Id, task.AssigneeUserId);
        Assert.Equal(link.Id, stored.History.Single(h => h.To == ReferralStatus.Rejected).ByEmployerLinkId);

        foreach (var again in new[] { done.GetProperty("version").GetInt32(), version })
        {
            var refused = await employer.PostAsJsonAsync($"/api/v1/employer-link/referrals/{id}/reject", new { version = again, reason = "Motivation" }, Ct);
            var problem = await refused.JsonAsync(HttpStatusCode.Conflict);
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
            Assert.DoesNotContain("Referral.", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        }

        var after = await app.InDbAsync(async d => (
            await d.Referrals.AsNoTracking().FirstAsync(r => r.Id == id, Ct),
            await d.AftercareTasks.CountAsync(t => t.ReferralId == id, Ct)));
        Assert.Equal(ReferralStatus.Rejected, after.Item1.Status);
        Assert.Equal(RejectionReason.Language, after.Item1.RejectionReason);
        Assert.Equal(stored.History.Count, after.Item1.History.Count);
        Assert.Equal(stored.Version, after.Item1.Version);
        Assert.Equal(1, after.Item2);
    }

    [Theory, Providers]
    public async Task an_invitation_and_a_hire_make_the_placement(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var (id, _) = await app.ReferAsync(setup);
        var employer = app.EmployerApi(await setup.LinkAsync());
        var version = (await (await employer.GetAsync($"/api/v1/employer-link/referrals/{id}", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();

        var invited = await (await employer.PostAsJsonAsync($"/api/v1/employer-link/referrals/{id}/invite", new { version, interviewOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Invited", invited.GetProperty("status").GetString());
        var hired = await (await employer.PostAsJsonAsync($"/api/v1/employer-link/referrals/{id}/hire", new
        {
            version = invited.GetProperty("version").GetInt32(),
            startDate = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            hoursPerWeek = 24,
        }, Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Hired", hired.GetProperty("status").GetString());
        var placementId = hired.GetProperty("placementId").GetGuid();
        var placement = await app.InDbAsync(d => d.Placements.FirstAsync(p => p.Id == placementId, Ct));
        Assert.Equal(id, placement.ReferralId);
        Assert.Equal(24, placement.HoursPerWeek);
        Assert.Equal(setup.Adviser.Id, placement.ContactPersonUserId);
    }

    [Theory, Providers]
    public async Task the_sheet_shows_only_what_was_disclosed_and_never_the_bsn(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var (anonymous, a) = await app.ReferAsync(setup);
        var (onLegalBasis, b) = await app.ReferAsync(setup, new Disclosure(DataCategories.ContactDetails | DataCategories.FullProfile, ConsentKind.LegalBasis, LegalBasisCode.WetSuwi, false));
        var (withConsent, c) = await app.ReferAsync(setup, new Disclosure(DataCategories.ContactDetails | DataCategories.FullProfile | DataCategories.WorkRequirements, ConsentKind.Consent, null, true));
        var employer = app.EmployerApi(await setup.LinkAsync());

        async Task<string> SheetAsync(Guid id) =>
            (await (await employer.GetAsync($"/api/v1/employer-link/referrals/{id}", Ct)).JsonAsync(HttpStatusCode.OK)).GetRawText();

        var first = await SheetAsync(anonymous);
        Assert.Contains(a.Pseudonym, first, StringComparison.Ordinal);
        Assert.Contains("\"contact\":null", first, StringComparison.Ordinal);
        Assert.Contains("\"profile\":null", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Test-" + a.Marker[3..9], first, StringComparison.Ordinal);
        var second = await SheetAsync(onLegalBasis);
        Assert.Contains("Test-" + b.Marker[3..9], second, StringComparison.Ordinal);
        Assert.Contains("Magazijnmedewerker", second, StringComparison.Ordinal);
        Assert.Contains("\"workRequirements\":null", second, StringComparison.Ordinal);
        var third = await SheetAsync(withConsent);
        Assert.Contains(c.Marker, third, StringComparison.Ordinal);
        foreach (var (body, seeker) in new[] { (first, a), (second, b), (third, c) })
        {
            Assert.DoesNotContain(seeker.Bsn, body, StringComparison.Ordinal);
            if (seeker != c)
            {
                Assert.DoesNotContain(seeker.Marker, body, StringComparison.Ordinal);
            }
        }
    }

    [Theory, Providers]
    public async Task every_read_is_audited_once_naming_the_link(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var (id, seeker) = await app.ReferAsync(setup);
        var link = await setup.LinkAsync();
        var employer = app.EmployerApi(link);
        var before = await app.InDbAsync(d => d.ProcessingLog.CountAsync(r => r.SubjectPseudonyms.Contains(seeker.Pseudonym), Ct));

        await (await employer.GetAsync($"/api/v1/employer-link/referrals/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        await (await employer.GetAsync("/api/v1/employer-link/referrals", Ct)).JsonAsync(HttpStatusCode.OK);

        var records = await app.InDbAsync(d => d.ProcessingLog.AsNoTracking().Where(r => r.SubjectPseudonyms.Contains(seeker.Pseudonym))
            .OrderBy(r => r.Sequence).ToListAsync(Ct));
        var added = records.Skip(before).ToList();
        Assert.Equal(2, added.Count);
        Assert.All(added, r => Assert.Equal("werkzoekenden.voordracht-en-nazorg", r.ActivityCode));
        Assert.Equal([AuditAction.Read, AuditAction.List], added.Select(r => r.Action));
        var traces = added.Select(r => r.TraceId).ToList();
        var users = await app.InDbAsync(d => d.UserAuditLog.AsNoTracking().Where(u => traces.Contains(u.TraceId)).ToListAsync(Ct));
        Assert.Equal(2, users.Count);
        Assert.All(users, u => Assert.Equal($"employer-link:{link.Id}", u.Roles));
        Assert.All(users, u => Assert.Null(u.ActorUserId));
    }
}
