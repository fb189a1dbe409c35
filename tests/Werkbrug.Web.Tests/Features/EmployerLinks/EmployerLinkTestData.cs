using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.EmployerLinks;

/// <summary>An open vacancy of a fresh organisation in <see cref="EmployerLinkTestData.Region"/>, its adviser and case manager.</summary>
public sealed record LinkSetup(TestUser Adviser, TestUser CaseManager, Guid VacancyId, Guid EmployerId, HttpClient Staff);

public sealed record Link(Guid Id, string Token, string Url);

public static class EmployerLinkTestData
{
    /// <summary>AM09 (and AM10 as "another region") is used by no other test class.</summary>
    public const string Region = "AM09";
    public const string OtherRegion = "AM10";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<LinkSetup> OpenVacancyAsync(this WerkbrugAppFactory app, string region = Region)
    {
        var adviser = await app.CreateAdviserAsync(region, Roles.AccountManager);
        var caseManager = await app.CreateUserInOrganisationAsync(adviser, Roles.CaseManager);
        var staff = app.ApiClient(adviser);
        var employerId = await staff.RegisterEmployerAsync();
        var vacancy = await staff.CreateVacancyAsync(employerId);
        var opened = await staff.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync(Ct));
        return new LinkSetup(adviser, caseManager, vacancy.Id(), employerId, staff);
    }

    /// <summary>A new job seeker of the setup's organisation, referred for its vacancy (through the domain) and, unless told otherwise, sent to the employer.</summary>
    public static async Task<(Guid Id, RegisteredJobSeeker Seeker)> ReferAsync(this WerkbrugAppFactory app, LinkSetup setup, Disclosure? disclosure = null, bool send = true)
    {
        var seeker = await app.RegisterJobSeekerAsync(setup.CaseManager);
        var id = await app.InDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var referral = new Referral
            {
                RegionCode = setup.Adviser.RegionCode,
                VacancyId = setup.VacancyId,
                EmployerId = setup.EmployerId,
                JobSeekerId = seeker.Id,
                Pseudonym = seeker.Pseudonym,
                OwnerOrganisationId = setup.Adviser.OrganisationId,
                ReferringOrganisationId = setup.Adviser.OrganisationId,
                ReferredByUserId = setup.Adviser.Id,
                Motivation = "Ervaren in het magazijn.",
                CreatedAtUtc = now,
            };
            referral.Proposed(now);
            if (send)
            {
                Assert.Null(referral.Send(disclosure ?? Disclosure.AnonymousSheet, now, setup.Adviser.Id));
            }

            db.Referrals.Add(referral);
            await db.SaveChangesAsync(Ct);
            return referral.Id;
        });
        return (id, seeker);
    }

    public static async Task<Link> LinkAsync(this LinkSetup setup, int? validDays = null)
    {
        var response = await setup.Staff.PostAsJsonAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", new { contactName = "Petra de Vries", validDays }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return new Link(root.GetProperty("id").GetGuid(), root.GetProperty("token").GetString()!, root.GetProperty("url").GetString()!);
    }

    /// <summary>A client of the employer's API (the token in the X-Employer-Link header).</summary>
    public static HttpClient EmployerApi(this WerkbrugAppFactory app, Link link)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Employer-Link", link.Token);
        return client;
    }

    /// <summary>The open URL's path and query (the tests' host is not the URL's).</summary>
    public static string OpenPath(this Link link) => new Uri(link.Url).PathAndQuery;

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
