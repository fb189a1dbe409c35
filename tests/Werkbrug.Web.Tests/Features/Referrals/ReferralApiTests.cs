using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Referrals;

/// <summary>The referral workflow through /api/v1/referrals on both providers. Region AM15 (AM17 as another region).</summary>
public sealed class ReferralApiTests(Apps apps)
{
    private const string Region = "AM15";

    private static readonly string[] WorkRequirementsOnly = ["WorkRequirements"];
    private static readonly string[] ContactDetailsOnly = ["ContactDetails"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DutchTime.Today(TimeProvider.System);

    private static object Approval(int version, params string[] disclose) =>
        new { version, disclose, basis = disclose.Length == 0 ? null : "LegalBasis", legalBasis = disclose.Length == 0 ? null : "WetSuwi" };

    [Theory, Providers]
    public async Task another_organisations_candidate_waits_for_the_owner_and_an_employer_rejection_gives_the_adviser_a_feedback_task(Db db)
    {
        var app = apps.For(db);
        var cast = await app.CastAsync(Region);
        var adviser = app.ApiClient(cast.AccountManager);
        var owner = app.ApiClient(cast.OtherCaseManager);

        var proposed = await adviser.ReferAsync(cast.VacancyId, cast.OtherCandidate.Pseudonym);
        Assert.Equal("AwaitingOwner", proposed.GetProperty("status").GetString());
        var id = proposed.Id();
        var before = await adviser.GetReferralAsync(id);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("candidate").GetProperty("contact").ValueKind);
        Assert.Equal(["withdraw"], before.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));

        // The adviser may not approve their own proposal of another organisation's candidate.
        Assert.Equal(HttpStatusCode.Forbidden, (await adviser.StepAsync(id, "approve", Approval(proposed.Version(), "ContactDetails"))).StatusCode);

        var ownerView = await owner.GetReferralAsync(id);
        Assert.Contains("approve", ownerView.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        var approved = await ReferralTestData.OkAsync(await owner.StepAsync(id, "approve", Approval(ownerView.Version(), "ContactDetails")));
        Assert.Equal("SentToEmployer", approved.GetProperty("status").GetString());

        // What the owner disclosed is now visible to the referring adviser too (the referral grant), never the BSN.
        var after = await adviser.GetReferralAsync(id);
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("candidate").GetProperty("contact").ValueKind);
        Assert.DoesNotContain(cast.OtherCandidate.Bsn, after.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("candidate").GetProperty("workRequirements").ValueKind);

        var rejected = await ReferralTestData.OkAsync(await adviser.StepAsync(id, "reject", new { version = after.Version(), reason = "Language", note = "Nederlands nog te beperkt voor de veiligheidsinstructies." }));
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());

        var (tasks, notified) = await app.InDbAsync(async d => (
            await d.AftercareTasks.Where(t => t.ReferralId == id).Select(t => new { t.Kind, t.AssigneeUserId, t.DueOn }).ToListAsync(Ct),
            await d.Notifications.Where(n => n.RecipientUserId == cast.OtherCaseManager.Id && n.Link == $"/referrals/{id}").Select(n => n.TextKey).ToListAsync(Ct)));
        var feedback = Assert.Single(tasks);
        Assert.Equal(AftercareTaskKind.Feedback, feedback.Kind);
        Assert.Equal(cast.AccountManager.Id, feedback.AssigneeUserId);
        Assert.Contains("Notification.Referral.Rejected", notified);

        var history = (await owner.GetReferralAsync(id)).GetProperty("history").EnumerateArray().Select(e => e.GetProperty("to").GetString()).ToList();
        Assert.Equal(["Proposed", "AwaitingOwner", "SentToEmployer", "Rejected"], history);
    }

    [Theory, Providers]
    public async Task the_same_request_twice_with_one_idempotency_key_creates_one_referral(Db db)
    {
        var app = apps.For(db);
        var cast = await app.CastAsync(Region);
        var adviser = app.ApiClient(cast.AccountManager);
        var key = Guid.NewGuid().ToString();

        var first = await adviser.ProposeAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym, key);
        var second = await adviser.ProposeAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var (a, b) = (await ReferralTestData.OkAsync(first), await ReferralTestData.OkAsync(second));
        Assert.Equal(a.Id(), b.Id());
        Assert.True(b.GetProperty("replayed").GetBoolean());
        Assert.Equal(1, await app.InDbAsync(d => d.Referrals.CountAsync(r => r.VacancyId == cast.VacancyId, Ct)));

        // The key for another request (another candidate, or the same one with another motivation), and a second referral
        // of a running one without a key, are refused.
        var reused = await adviser.ProposeAsync(cast.VacancyId, cast.OtherCandidate.Pseudonym, key);
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        var otherBody = await adviser.ProposeAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym, key, "Een andere motivatie dan de eerste keer.");
        Assert.Equal(HttpStatusCode.Conflict, otherBody.StatusCode);
        Assert.Equal("application/problem+json", otherBody.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Idempotency-Key", await otherBody.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var again = await adviser.ProposeAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("al voorgedragen", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDbAsync(d => d.Referrals.CountAsync(r => r.VacancyId == cast.VacancyId, Ct)));
    }

    [Theory, Providers]
    public async Task forbidden_steps_stale_versions_and_double_submissions_are_refused_and_change_nothing(Db db)
    {
        var app = apps.For(db);
        var cast = await app.CastAsync(Region);
        var adviser = app.ApiClient(cast.AccountManager);
        var owner = app.ApiClient(cast.OtherCaseManager);
        var id = (await adviser.ReferAsync(cast.VacancyId, cast.OtherCandidate.Pseudonym)).Id();
        var version = (await owner.GetReferralAsync(id)).Version();

        async Task RefusedAsync(HttpClient api, string step, object body, HttpStatusCode status, string message)
        {
            var response = await api.StepAsync(id, step, body);
            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == status, $"{step}: {(int)response.StatusCode} {text}");
            Assert.True(text.Contains(message, StringComparison.Ordinal), $"{step}: {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        await RefusedAsync(owner, "approve", Approval(version - 1, "ContactDetails"), HttpStatusCode.Conflict, "intussen gewijzigd");
        await RefusedAsync(owner, "approve", new { version, disclose = WorkRequirementsOnly, basis = "LegalBasis", legalBasis = "WetSuwi" }, HttpStatusCode.BadRequest, "uitdrukkelijke toestemming");
        await RefusedAsync(owner, "approve", new { version, disclose = ContactDetailsOnly }, HttpStatusCode.BadRequest, "grondslag");
        await RefusedAsync(owner, "decline", new { version }, HttpStatusCode.BadRequest, "Reden");
        await RefusedAsync(adviser, "hire", new { version, startDate = "2026-12-01" }, HttpStatusCode.Conflict, "huidige status");
        var unchanged = await owner.GetReferralAsync(id);
        Assert.Equal(version, unchanged.Version());
        Assert.Equal("AwaitingOwner", unchanged.GetProperty("status").GetString());

        var declined = await ReferralTestData.OkAsync(await owner.StepAsync(id, "decline", new { version, reason = "Kandidaat start binnenkort met een opleiding." }));
        await RefusedAsync(owner, "decline", new { version = declined.Version(), reason = "Nogmaals" }, HttpStatusCode.Conflict, "al afgerond");
        await RefusedAsync(owner, "decline", new { version, reason = "Dubbel verstuurd" }, HttpStatusCode.Conflict, "intussen gewijzigd");
        Assert.Equal(3, (await owner.GetReferralAsync(id)).GetProperty("history").GetArrayLength());
    }

    [Theory, Providers]
    public async Task a_hire_creates_the_placement_and_its_aftercare_plan(Db db)
    {
        var app = apps.For(db);
        var cast = await app.CastAsync(Region);
        var adviser = app.ApiClient(cast.AccountManager);
        var proposed = await adviser.ReferAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym);
        Assert.Equal("Proposed", proposed.GetProperty("status").GetString());
        var sent = await ReferralTestData.OkAsync(await adviser.StepAsync(proposed.Id(), "send", new { version = proposed.Version(), disclose = Array.Empty<string>() }));
        var invited = await ReferralTestData.OkAsync(await adviser.StepAsync(proposed.Id(), "invite", new { version = sent.Version(), interviewOn = Today }));
        var hired = await ReferralTestData.OkAsync(await adviser.StepAsync(proposed.Id(), "hire", new
        {
            version = invited.Version(),
            startDate = "2026-12-07",
            contractType = "Regular",
            hoursPerWeek = 28,
            instrument = "WageCostSubsidy",
            jobCoachAgreed = true,
        }));
        Assert.Equal("Hired", hired.GetProperty("status").GetString());
        var placementId = hired.GetProperty("placementId").GetGuid();

        var (placement, plan) = await app.InDbAsync(async d => (
            await d.Placements.SingleAsync(p => p.Id == placementId, Ct),
            await d.AftercareTasks.Where(t => t.PlacementId == placementId).OrderBy(t => t.DueOn).Select(t => new { t.Kind, t.DueOn, t.AssigneeUserId }).ToListAsync(Ct)));
        Assert.Equal((new DateOnly(2026, 12, 7), 28, PlacementInstrument.WageCostSubsidy, true, cast.AccountManager.Id),
            (placement.StartDate, placement.HoursPerWeek, placement.Instrument, placement.JobCoachAgreed, placement.ContactPersonUserId));
        Assert.Equal(
            [(AftercareTaskKind.ContactMoment, new DateOnly(2026, 12, 21)), (AftercareTaskKind.ContactMoment, new DateOnly(2027, 1, 18)),
             (AftercareTaskKind.ContactMoment, new DateOnly(2027, 3, 7)), (AftercareTaskKind.DurabilityCheck, new DateOnly(2027, 6, 7)),
             (AftercareTaskKind.DurabilityCheck, new DateOnly(2027, 12, 7))],
            plan.Select(t => (t.Kind, t.DueOn)));
        Assert.All(plan, t => Assert.Equal(cast.AccountManager.Id, t.AssigneeUserId));
        Assert.Equal(1, await app.InDbAsync(d => d.Notifications.CountAsync(n => n.RecipientUserId == cast.OwnCaseManager.Id && n.TextKey == "Notification.Referral.Hired", Ct)));
    }

    [Theory, Providers]
    public async Task hires_fill_the_vacancy_and_a_hired_candidate_is_neither_proposed_nor_referred_again(Db db)
    {
        var app = apps.For(db);
        var cast = await app.CastAsync(Region);
        var vacancyAdviser = await app.CreateUserInOrganisationAsync(cast.AccountManager, Roles.AccountManager);
        await app.InDbAsync(async d =>
        {
            var vacancy = await d.Vacancies.SingleAsync(v => v.Id == cast.VacancyId, Ct);
            (vacancy.Positions, vacancy.AdviserUserId) = (2, vacancyAdviser.Id);
            return await d.SaveChangesAsync(Ct);
        });
        var adviser = app.ApiClient(cast.AccountManager);
        var own = await adviser.ReferAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym);
        var sent = await ReferralTestData.OkAsync(await adviser.StepAsync(own.Id(), "send", new { version = own.Version(), disclose = Array.Empty<string>() }));

        // An interview date in the past is refused and changes nothing.
        var past = await adviser.StepAsync(own.Id(), "invite", new { version = sent.Version(), interviewOn = Today.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal("application/problem+json", past.Content.Headers.ContentType?.MediaType);
        Assert.Contains("gesprek ligt in het verleden", await past.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("SentToEmployer", (await adviser.GetReferralAsync(own.Id())).GetProperty("status").GetString());

        var invited = await ReferralTestData.OkAsync(await adviser.StepAsync(own.Id(), "invite", new { version = sent.Version(), interviewOn = Today }));
        var hired = await ReferralTestData.OkAsync(await adviser.StepAsync(own.Id(), "hire", new { version = invited.Version(), startDate = Today.AddDays(14) }));
        Assert.Equal("PartlyFilled", hired.GetProperty("vacancyStatus").GetString());

        // The hired candidate leaves the vacancy's candidates (the other stays) and cannot be referred for it again.
        await app.MatchingCaughtUpAsync();
        var candidates = (await ReferralTestData.OkAsync(await adviser.GetAsync($"/api/v1/vacancies/{cast.VacancyId}/candidates?pageSize=100", Ct)))
            .Items().Select(c => c.GetProperty("pseudonym").GetString()).ToList();
        Assert.DoesNotContain(cast.OwnCandidate.Pseudonym, candidates);
        Assert.Contains(cast.OtherCandidate.Pseudonym, candidates);
        var again = await adviser.ProposeAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Contains("al aangenomen voor deze vacature", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The second hire takes the last place: filled, and the vacancy's adviser is told both times.
        var other = await adviser.ReferAsync(cast.VacancyId, cast.OtherCandidate.Pseudonym);
        var owner = app.ApiClient(cast.OtherCaseManager);
        var approved = await ReferralTestData.OkAsync(await owner.StepAsync(other.Id(), "approve", Approval((await owner.GetReferralAsync(other.Id())).Version())));
        var last = await ReferralTestData.OkAsync(await adviser.StepAsync(other.Id(), "hire", new { version = approved.Version(), startDate = Today.AddDays(14) }));
        Assert.Equal("Filled", last.GetProperty("vacancyStatus").GetString());
        Assert.Equal(VacancyStatus.Filled, await app.InDbAsync(d => d.Vacancies.Where(v => v.Id == cast.VacancyId).Select(v => v.Status).SingleAsync(Ct)));
        var told = (await ReferralTestData.OkAsync(await app.ApiClient(vacancyAdviser).GetAsync("/api/v1/notifications", Ct)))
            .Items().Select(n => n.GetProperty("text").GetString()).ToList();
        Assert.Contains(told, t => t!.Contains("is deels vervuld (1 van 2 plaatsen bezet)", StringComparison.Ordinal));
        Assert.Contains(told, t => t!.Contains("is vervuld (2 van 2 plaatsen bezet)", StringComparison.Ordinal));

        // Names where the reader may see them: each owner's case manager reads their own client's name, never the pseudonym;
        // the adviser of another organisation keeps the pseudonym.
        foreach (var (caseManager, candidate) in new[] { (cast.OwnCaseManager, cast.OwnCandidate), (cast.OtherCaseManager, cast.OtherCandidate) })
        {
            var texts = (await ReferralTestData.OkAsync(await app.ApiClient(caseManager).GetAsync("/api/v1/notifications", Ct)))
                .Items().Select(n => n.GetProperty("text").GetString()!).ToList();
            Assert.Contains(texts, t => t.StartsWith("Sanne Test-", StringComparison.Ordinal) && t.Contains("is aangenomen", StringComparison.Ordinal));
            Assert.DoesNotContain(texts, t => t.Contains(candidate.Pseudonym, StringComparison.Ordinal));
        }

        var adviserTexts = (await ReferralTestData.OkAsync(await adviser.GetAsync("/api/v1/notifications", Ct))).Items().Select(n => n.GetProperty("text").GetString()!).ToList();
        Assert.Contains(adviserTexts, t => t.Contains(cast.OtherCandidate.Pseudonym, StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task other_organisations_and_regions_do_not_see_a_referral_and_every_read_is_audited(Db db)
    {
        var app = apps.For(db);
        var cast = await app.CastAsync(Region);
        var adviser = app.ApiClient(cast.AccountManager);
        var id = (await adviser.ReferAsync(cast.VacancyId, cast.OtherCandidate.Pseudonym)).Id();
        var outsider = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.AccountManager));
        var elsewhere = app.ApiClient(await app.CreateAdviserAsync("AM17", Roles.AccountManager));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/referrals/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/referrals/{id}", Ct)).StatusCode);
        Assert.Empty(await outsider.AllItemsAsync($"/api/v1/referrals?vacancyId={cast.VacancyId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.StepAsync(id, "withdraw", new { version = 1, reason = "x" })).StatusCode);

        var before = await app.ProcessingRecordsAsync(cast.OtherCandidate.Pseudonym);
        await adviser.GetReferralAsync(id);
        await app.ApiClient(cast.OtherCaseManager).GetStringAsync("/api/v1/referrals", Ct);
        Assert.Equal(before + 2, await app.ProcessingRecordsAsync(cast.OtherCandidate.Pseudonym));
    }
}
