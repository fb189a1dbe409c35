using System.Net;
using System.Net.Http.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Referrals;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.VacancyOffers;

/// <summary>Where a user stands to an offered vacancy: in the offering region (the vacancy's organisation or another), in the receiving region, elsewhere.</summary>
public enum OfferRelation
{
    OwnerOrganisation,
    OfferingRegion,
    ReceivingRegion,
    OtherRegion,
}

/// <summary>
/// The scope matrix of the vacancy offers: every new endpoint and page, as every role in every relation to one offered
/// vacancy and one referral from the receiving region awaiting the offering region, classified as 403, 404, 409 (a
/// step allowed, refused here only for its stale version), "title" (answered with the vacancy) or "200" (answered,
/// without it). Region scope stays central: the receiving region sees only what was offered to it, nobody else in it
/// sees the referral, the third region nothing; and no body outside the candidate's own region names the candidate.
/// </summary>
public sealed class VacancyOfferScopeTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Endpoints =
    [
        "GET /api/v1/vacancy-offers", "GET /api/v1/vacancy-offers/{offer}", "GET /api/v1/vacancies/{vacancy}/offers",
        "GET /api/v1/vacancies/{vacancy}/candidates?instruments=false", "GET /api/v1/referrals/{referral}", "POST /api/v1/referrals/{referral}/accept",
        "POST /api/v1/vacancy-offers/{offer}/withdraw", "page /vacancy-offers", "page /vacancy-offers/{offer}", "page /vacancies/{vacancy}/offers",
        "page /referrals/{referral}",
    ];

    private static string Expected(string endpoint, string role, OfferRelation relation)
    {
        var adviser = Policies.AdviserRoles.Contains(role);
        var staff = Policies.JobSeekerRoles.Contains(role);
        var offering = relation is OfferRelation.OwnerOrganisation or OfferRelation.OfferingRegion;
        var owner = relation == OfferRelation.OwnerOrganisation;
        if (endpoint.Contains("/referrals/", StringComparison.Ordinal))
        {
            return !staff ? "403" : !owner ? "404" : !endpoint.EndsWith("/accept", StringComparison.Ordinal) ? "200" : adviser ? "409" : "403";
        }

        if (!adviser)
        {
            return "403";
        }

        return endpoint switch
        {
            "GET /api/v1/vacancy-offers" or "page /vacancy-offers" => relation == OfferRelation.ReceivingRegion ? "title" : "200",
            "GET /api/v1/vacancy-offers/{offer}" or "page /vacancy-offers/{offer}" => offering || relation == OfferRelation.ReceivingRegion ? "title" : "404",
            "GET /api/v1/vacancies/{vacancy}/offers" => offering ? "200" : "404",
            "page /vacancies/{vacancy}/offers" => offering ? "title" : "404",
            "POST /api/v1/vacancy-offers/{offer}/withdraw" => offering ? "409" : "404",
            _ => offering || relation == OfferRelation.ReceivingRegion ? "200" : "404", // the candidates: each region its own pool
        };
    }

    [Theory, Providers]
    public async Task every_offer_endpoint_and_page_gives_each_role_and_relation_exactly_its_region_scope(Db db)
    {
        var app = apps.For(db);
        var cast = await app.OfferCastAsync();
        var offerId = (await cast.OfferedAsync(app, VacancyOfferTestData.Receiving)).GetProperty("offerId").GetGuid();
        var referringCaseManager = await app.CreateUserInOrganisationAsync(cast.Adviser, Roles.CaseManager);
        var candidate = await app.RegisterJobSeekerAsync(referringCaseManager);
        var adviser = cast.AdviserApi(app);
        var proposed = await ReferralTestData.OkAsync(await adviser.ReferToAsync(cast.VacancyId, candidate.Pseudonym));
        var sent = await ReferralTestData.OkAsync(await adviser.StepAsync(proposed.GetProperty("id").GetGuid(), "send", new { version = proposed.GetProperty("version").GetInt32(), disclose = Array.Empty<string>() }));
        Assert.Equal("AwaitingVacancyOwner", sent.GetProperty("status").GetString());
        var referralId = sent.GetProperty("id").GetGuid();
        var surname = "Test-" + candidate.Marker[3..9];

        var failures = new List<string>();
        foreach (var role in Roles.All)
        {
            foreach (var relation in Enum.GetValues<OfferRelation>())
            {
                var user = relation switch
                {
                    OfferRelation.OwnerOrganisation => await app.CreateUserInOrganisationAsync(cast.Owner, role),
                    OfferRelation.OfferingRegion => await app.CreateUserAsync(VacancyOfferTestData.Offering, role),
                    OfferRelation.ReceivingRegion => await app.CreateUserAsync(VacancyOfferTestData.Receiving, role),
                    _ => await app.CreateUserAsync(VacancyOfferTestData.Other, role),
                };
                var api = app.ApiClient(user);
                var pages = await PageClient.LoginAsync(app, user);
                foreach (var endpoint in Endpoints)
                {
                    var path = endpoint.Split(' ')[^1].Replace("{offer}", offerId.ToString(), StringComparison.Ordinal)
                        .Replace("{vacancy}", cast.VacancyId.ToString(), StringComparison.Ordinal).Replace("{referral}", referralId.ToString(), StringComparison.Ordinal);
                    HttpStatusCode status;
                    string body;
                    if (endpoint.StartsWith("page", StringComparison.Ordinal))
                    {
                        var page = await pages.GetAsync(path);
                        status = page.Path.StartsWith("/account/access-denied", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : page.Response.StatusCode;
                        body = await page.Response.Content.ReadAsStringAsync(Ct);
                    }
                    else
                    {
                        using var response = endpoint.StartsWith("POST", StringComparison.Ordinal)
                            ? await api.PostAsJsonAsync(path, new { version = 999, reason = "Matrix" }, Ct)
                            : await api.GetAsync(path, Ct);
                        status = response.StatusCode;
                        body = await response.Content.ReadAsStringAsync(Ct);
                    }

                    var observed = status switch
                    {
                        HttpStatusCode.OK when body.Contains(cast.VacancyTitle, StringComparison.Ordinal) && !endpoint.Contains("/referrals/", StringComparison.Ordinal)
                            && !endpoint.Contains("/candidates", StringComparison.Ordinal) && !endpoint.EndsWith("/offers", StringComparison.Ordinal) => "title",
                        HttpStatusCode.OK when body.Contains(cast.VacancyTitle, StringComparison.Ordinal) && endpoint == "page /vacancies/{vacancy}/offers" => "title",
                        _ => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    };
                    var expected = Expected(endpoint, role, relation);
                    if (observed != expected)
                    {
                        failures.Add($"{endpoint} × {role} × {relation}: expected {expected}, got {observed}");
                    }

                    if (relation != OfferRelation.ReceivingRegion && (body.Contains(surname, StringComparison.Ordinal) || body.Contains(candidate.Bsn, StringComparison.Ordinal)))
                    {
                        failures.Add($"{endpoint} × {role} × {relation}: names the candidate of another region");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
