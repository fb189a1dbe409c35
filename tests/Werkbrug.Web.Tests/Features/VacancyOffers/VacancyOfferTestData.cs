using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Referrals;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.VacancyOffers;

/// <summary>
/// Two regions and a third: the offering region's adviser with an open hard-to-fill vacancy, the receiving region's
/// adviser and a case manager of another organisation there with a registered candidate, and an adviser of a region the
/// vacancy is not offered to.
/// </summary>
public sealed record OfferCast(
    TestUser Owner, TestUser Adviser, TestUser CaseManager, TestUser Elsewhere, Guid VacancyId, Guid EmployerId, string VacancyTitle, RegisteredJobSeeker Candidate)
{
    public HttpClient OwnerApi(WerkbrugAppFactory app) => app.ApiClient(Owner);

    public HttpClient AdviserApi(WerkbrugAppFactory app) => app.ApiClient(Adviser);
}

public static class VacancyOfferTestData
{
    /// <summary>The offering region, the receiving one and one the vacancy is not offered to (few other tests use them).</summary>
    public const string Offering = "AM25";
    public const string Receiving = "AM26";
    public const string Other = "AM24";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<OfferCast> OfferCastAsync(this WerkbrugAppFactory app, bool hardToFill = true)
    {
        var owner = await app.CreateAdviserAsync(Offering, Roles.AccountManager);
        var adviser = await app.CreateAdviserAsync(Receiving, Roles.AccountManager);
        var caseManager = await app.CreateAdviserAsync(Receiving, Roles.CaseManager);
        var elsewhere = await app.CreateAdviserAsync(Other, Roles.AccountManager);
        var api = app.ApiClient(owner);
        var employer = await api.RegisterEmployerAsync();
        var title = EmployerPages.UniqueName("Heftruckchauffeur");
        var vacancy = await api.CreateVacancyAsync(employer, title, b =>
        {
            b["occupation"] = "Magazijnmedewerker";
            b["hardToFill"] = hardToFill;
        });
        var opened = await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync(Ct));
        var candidate = await app.RegisterJobSeekerAsync(caseManager);
        await app.MatchingCaughtUpAsync();
        return new OfferCast(owner, adviser, caseManager, elsewhere, vacancy.Id(), employer, title, candidate);
    }

    public static Task<HttpResponseMessage> OfferAsync(this HttpClient api, Guid vacancyId, object body) =>
        api.PostAsJsonAsync($"/api/v1/vacancies/{vacancyId}/offers", body, Ct);

    /// <summary>Offers the cast's vacancy to <paramref name="regions"/> and returns the offer.</summary>
    public static async Task<JsonElement> OfferedAsync(this OfferCast cast, WerkbrugAppFactory app, params string[] regions) =>
        await (await cast.OwnerApi(app).OfferAsync(cast.VacancyId, new { regions, note = "Lastig in te vullen: ploegendienst." })).JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The problem's code of a refused request with the expected status.</summary>
    public static async Task<string> ProblemCodeAsync(this HttpResponseMessage response, HttpStatusCode expected) =>
        (await response.JsonAsync(expected)).GetProperty("code").GetString()!;

    public static Task<HttpResponseMessage> ReferToAsync(this HttpClient api, Guid vacancyId, string pseudonym) =>
        api.ProposeAsync(vacancyId, pseudonym, Guid.NewGuid().ToString(), "Heeft jaren heftruck gereden en woont dichtbij.");
}
