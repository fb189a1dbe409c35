using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.EmployerLinks;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.VacancyOffers;

public sealed class VacancyOfferApiTests(Apps apps)
{
    private static readonly string[] FullProfile = ["FullProfile"];
    private static readonly string[] ContactDetails = ["ContactDetails"];
    private static readonly string[] Receiving = ["AM26"];
    private static readonly string[] Offering = ["AM24"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<string> Titles(JsonElement list) => list.Items().Select(i => i.GetProperty("title").GetString()!);

    [Theory, Providers]
    public async Task an_offered_vacancy_is_seen_matched_and_referred_by_the_named_region_only_and_reaches_the_employer_after_the_owner_accepts(Db db)
    {
        var app = apps.For(db);
        var cast = await app.OfferCastAsync();
        var owner = cast.OwnerApi(app);
        var adviser = cast.AdviserApi(app);
        var elsewhere = app.ApiClient(cast.Elsewhere);

        var offer = await cast.OfferedAsync(app, VacancyOfferTestData.Receiving);
        var offerId = offer.GetProperty("offerId").GetGuid();
        Assert.Equal(cast.VacancyTitle, offer.GetProperty("title").GetString());

        // Region scope: the named region sees the offer and its vacancy's work, nobody else; the full vacancy stays home.
        Assert.Contains(cast.VacancyTitle, Titles(await (await adviser.GetAsync("/api/v1/vacancy-offers", Ct)).JsonAsync(HttpStatusCode.OK)));
        Assert.DoesNotContain(cast.VacancyTitle, Titles(await (await elsewhere.GetAsync("/api/v1/vacancy-offers", Ct)).JsonAsync(HttpStatusCode.OK)));
        var seen = await (await adviser.GetAsync($"/api/v1/vacancy-offers/{offerId}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Lastig in te vullen: ploegendienst.", seen.GetProperty("note").GetString());
        Assert.False(seen.GetProperty("own").GetBoolean());
        Assert.DoesNotContain("Anna de Vries", seen.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/vacancy-offers/{offerId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/api/v1/vacancies/{cast.VacancyId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/api/v1/vacancies/{cast.VacancyId}/offers", Ct)).StatusCode);

        // Matching: the receiving region's own pool, with the distance to the vacancy; the third region finds nothing.
        var ranked = await (await adviser.GetAsync($"/api/v1/vacancies/{cast.VacancyId}/candidates?pageSize=100&instruments=false", Ct)).JsonAsync(HttpStatusCode.OK);
        var match = Assert.Single(ranked.Items(), c => c.GetProperty("pseudonym").GetString() == cast.Candidate.Pseudonym);
        Assert.Equal(0, match.GetProperty("distanceKm").GetDouble());
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/vacancies/{cast.VacancyId}/candidates", Ct)).StatusCode);
        var foreign = await app.RegisterJobSeekerAsync(await app.CreateAdviserAsync(VacancyOfferTestData.Other, Roles.CaseManager));
        Assert.Equal(HttpStatusCode.BadRequest, (await elsewhere.ReferToAsync(cast.VacancyId, foreign.Pseudonym)).StatusCode);

        // The normal referral path: the candidate's owner approves with a disclosure on a consent, then the offering region accepts.
        var referral = await (await adviser.ReferToAsync(cast.VacancyId, cast.Candidate.Pseudonym)).JsonAsync(HttpStatusCode.Created);
        var id = referral.GetProperty("id").GetGuid();
        Assert.Equal("AwaitingOwner", referral.GetProperty("status").GetString());
        var proposal = await (await owner.GetAsync($"/api/v1/referrals/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, proposal.GetProperty("candidate").ValueKind);
        Assert.Empty(proposal.GetProperty("steps").EnumerateArray());
        var notTheOwner = app.ApiClient(await app.CreateAdviserAsync(VacancyOfferTestData.Offering, Roles.AccountManager));
        Assert.Equal(HttpStatusCode.NotFound, (await notTheOwner.GetAsync($"/api/v1/referrals/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/referrals/{id}", Ct)).StatusCode);

        var caseManager = app.ApiClient(cast.CaseManager);
        var version = (await (await caseManager.GetAsync($"/api/v1/referrals/{id}", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await caseManager.PostAsJsonAsync($"/api/v1/referrals/{id}/approve", new { version, disclose = FullProfile }, Ct)).StatusCode);
        var approved = await (await caseManager.PostAsJsonAsync($"/api/v1/referrals/{id}/approve", new { version, disclose = ContactDetails, basis = "Consent" }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("AwaitingVacancyOwner", approved.GetProperty("status").GetString());
        version = approved.GetProperty("version").GetInt32();

        Assert.Equal("Referral.NotYourStep", await (await adviser.PostAsJsonAsync($"/api/v1/referrals/{id}/accept", new { version }, Ct)).ProblemCodeAsync(HttpStatusCode.Forbidden));
        var waiting = await (await owner.GetAsync("/api/v1/referrals?waitingForUs=true", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(waiting.Items(), r => r.GetProperty("id").GetGuid() == id && r.GetProperty("vacancyRegionCode").GetString() == VacancyOfferTestData.Offering);
        Assert.Contains("accept", (await (await owner.GetAsync($"/api/v1/referrals/{id}", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        var accepted = await (await owner.PostAsJsonAsync($"/api/v1/referrals/{id}/accept", new { version }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("SentToEmployer", accepted.GetProperty("status").GetString());

        // The employer sees only what was disclosed: the name and contact details, no profile, no work requirements.
        var link = await new LinkSetup(cast.Owner, cast.Owner, cast.VacancyId, cast.EmployerId, owner).LinkAsync();
        var employer = app.EmployerApi(link);
        Assert.Contains((await (await employer.GetAsync("/api/v1/employer-link/referrals", Ct)).JsonAsync(HttpStatusCode.OK)).Items(), r => r.GetProperty("id").GetGuid() == id);
        var sheet = await (await employer.GetAsync($"/api/v1/employer-link/referrals/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.StartsWith("Sanne Test-", sheet.GetProperty("contact").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, sheet.GetProperty("profile").ValueKind);
        Assert.Equal(JsonValueKind.Null, sheet.GetProperty("workRequirements").ValueKind);
        Assert.DoesNotContain(cast.Candidate.Marker, sheet.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(cast.Candidate.Bsn, sheet.GetRawText(), StringComparison.Ordinal);

        // The employer's decision reaches the candidate's case manager in the other region, and the read is logged there.
        var invited = await employer.PostAsJsonAsync($"/api/v1/employer-link/referrals/{id}/invite", new { version = accepted.GetProperty("version").GetInt32(), interviewOn = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, Ct);
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        var told = await (await caseManager.GetAsync("/api/v1/notifications", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(told.Items(), n => n.GetProperty("link").GetString() == $"/referrals/{id}" && n.GetProperty("text").GetString()!.Contains(cast.VacancyTitle, StringComparison.Ordinal));
        var logged = await app.InDbAsync(d => d.ProcessingLog.Where(r => r.SubjectPseudonyms.Contains(cast.Candidate.Pseudonym)).Select(r => r.RegionCode).Distinct().ToListAsync(Ct));
        Assert.Equal([VacancyOfferTestData.Receiving], logged);
    }

    [Theory, Providers]
    public async Task an_offer_is_refused_for_bad_input_logged_and_withdrawn(Db db)
    {
        var app = apps.For(db);
        var cast = await app.OfferCastAsync();
        var owner = cast.OwnerApi(app);
        var adviser = cast.AdviserApi(app);

        var notHard = await app.OfferCastAsync(hardToFill: false);
        Assert.Equal("VacancyOffer.NotHardToFill", await (await notHard.OwnerApi(app).OfferAsync(notHard.VacancyId, new { regions = Receiving })).ProblemCodeAsync(HttpStatusCode.Conflict));
        foreach (var bad in new object[] { new { regions = new[] { "AM04" } }, new { regions = new[] { "AM25" } }, new { regions = new[] { "AM26", "AM26" } }, new { regions = Array.Empty<string>() }, new { regions = new[] { "AM26" }, allRegions = true } })
        {
            var refused = await owner.OfferAsync(cast.VacancyId, bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotEmpty((await refused.ProblemAsync()).FieldErrors("regions"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await adviser.OfferAsync(cast.VacancyId, new { regions = Offering })).StatusCode);
        var offer = await cast.OfferedAsync(app, "AM26", "AM24");
        var offerId = offer.GetProperty("offerId").GetGuid();
        Assert.Equal("VacancyOffer.AlreadyOffered", await (await owner.OfferAsync(cast.VacancyId, new { allRegions = true })).ProblemCodeAsync(HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.PostAsJsonAsync($"/api/v1/vacancy-offers/{offerId}/withdraw", new { reason = "Niet van u", version = 1 }, Ct)).StatusCode);

        var withdrawn = await (await owner.PostAsJsonAsync($"/api/v1/vacancy-offers/{offerId}/withdraw", new { reason = "Lokaal vervuld", version = offer.GetProperty("version").GetInt32() }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, withdrawn.GetProperty("withdrawnAtUtc").ValueKind);
        Assert.Equal("VacancyOffer.AlreadyWithdrawn", await (await owner.PostAsJsonAsync($"/api/v1/vacancy-offers/{offerId}/withdraw", new { reason = "Nog eens", version = withdrawn.GetProperty("version").GetInt32() }, Ct)).ProblemCodeAsync(HttpStatusCode.Conflict));
        Assert.DoesNotContain(cast.VacancyTitle, Titles(await (await adviser.GetAsync("/api/v1/vacancy-offers", Ct)).JsonAsync(HttpStatusCode.OK)));
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/api/v1/vacancy-offers/{offerId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await adviser.ReferToAsync(cast.VacancyId, cast.Candidate.Pseudonym)).StatusCode);

        // Offered anew, to all regions: the third region sees it now; the log holds both offers.
        await (await owner.OfferAsync(cast.VacancyId, new { allRegions = true })).JsonAsync(HttpStatusCode.Created);
        Assert.Contains(cast.VacancyTitle, Titles(await (await app.ApiClient(cast.Elsewhere).GetAsync("/api/v1/vacancy-offers", Ct)).JsonAsync(HttpStatusCode.OK)));
        var log = (await (await owner.GetAsync($"/api/v1/vacancies/{cast.VacancyId}/offers", Ct)).JsonAsync(HttpStatusCode.OK)).Items();
        Assert.Equal(2, log.Length);
        Assert.True(log[0].GetProperty("toAllRegions").GetBoolean());
        Assert.True(log[0].GetProperty("active").GetBoolean());
        Assert.Equal(["AM24", "AM26"], log[1].GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Lokaal vervuld", log[1].GetProperty("withdrawalReason").GetString());
        Assert.False(string.IsNullOrEmpty(log[1].GetProperty("withdrawnBy").GetString()));
    }
}
