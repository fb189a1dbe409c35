using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Referrals;

/// <summary>
/// A region's cast for a referral: an account manager with a case manager of the same organisation (own candidate),
/// a case manager of another organisation (the owner of the other candidate), an open vacancy of the account manager.
/// </summary>
public sealed record ReferralCast(
    TestUser AccountManager, TestUser OwnCaseManager, TestUser OtherCaseManager, Guid VacancyId, Guid EmployerId,
    RegisteredJobSeeker OwnCandidate, RegisteredJobSeeker OtherCandidate);

public static class ReferralTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ReferralCast> CastAsync(this WerkbrugAppFactory app, string region)
    {
        var accountManager = await app.CreateAdviserAsync(region, Roles.AccountManager);
        var ownCaseManager = await app.CreateUserInOrganisationAsync(accountManager, Roles.CaseManager);
        var otherCaseManager = await app.CreateAdviserAsync(region, Roles.CaseManager);
        var api = app.ApiClient(accountManager);
        var employer = await api.RegisterEmployerAsync();
        var vacancy = await api.CreateVacancyAsync(employer, "Magazijnmedewerker", b => b["occupation"] = "Magazijnmedewerker");
        var opened = await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync(Ct));
        return new ReferralCast(
            accountManager, ownCaseManager, otherCaseManager, vacancy.Id(), employer,
            await app.RegisterJobSeekerAsync(ownCaseManager), await app.RegisterJobSeekerAsync(otherCaseManager));
    }

    /// <summary>Proposes <paramref name="pseudonym"/> for the vacancy; returns the response (201 or a problem).</summary>
    public static Task<HttpResponseMessage> ProposeAsync(this HttpClient api, Guid vacancyId, string pseudonym, string? key = null, string motivation = "Past goed bij het team en wil graag in de logistiek werken.")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals") { Content = JsonContent.Create(new { vacancyId, pseudonym, motivation }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return api.SendAsync(request, Ct);
    }

    public static async Task<JsonElement> ReferAsync(this HttpClient api, Guid vacancyId, string pseudonym) =>
        await OkAsync(await api.ProposeAsync(vacancyId, pseudonym, Guid.NewGuid().ToString()));

    public static Task<HttpResponseMessage> StepAsync(this HttpClient api, Guid referralId, string step, object body) =>
        api.PostAsJsonAsync($"/api/v1/referrals/{referralId}/{step}", body, Ct);

    public static async Task<JsonElement> GetReferralAsync(this HttpClient api, Guid referralId) =>
        await OkAsync(await api.GetAsync($"/api/v1/referrals/{referralId}", Ct));

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
