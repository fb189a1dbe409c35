using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Placements;

/// <summary>
/// A placing organisation (an account manager and a colleague), the candidate's owner organisation (a case manager
/// with one registered job seeker), a third organisation of the region, and an employer with a vacancy.
/// </summary>
public sealed record PlacementWorld(TestUser Adviser, TestUser Colleague, TestUser OwnerCaseManager, TestUser Outsider, RegisteredJobSeeker Candidate, Guid EmployerId, Guid VacancyId);

public sealed record ArrangedPlacement(Guid Id, Guid ReferralId);

public static class PlacementTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<PlacementWorld> WorldAsync(this WerkbrugAppFactory app, string region)
    {
        var adviser = await app.CreateAdviserAsync(region, Roles.AccountManager);
        var colleague = await app.CreateUserInOrganisationAsync(adviser, Roles.AccountManager);
        var owner = await app.CreateAdviserAsync(region, Roles.CaseManager);
        var outsider = await app.CreateAdviserAsync(region, Roles.AccountManager, Roles.CaseManager);
        var candidate = await app.RegisterJobSeekerAsync(owner);
        var api = app.ApiClient(adviser);
        var employer = await api.RegisterEmployerAsync();
        var vacancy = await api.CreateVacancyAsync(employer, EmployerPages.UniqueName("Magazijnmedewerker"));
        return new PlacementWorld(adviser, colleague, owner, outsider, candidate, employer, vacancy.GetProperty("id").GetGuid());
    }

    /// <summary>A referral of the world's candidate by its adviser, approved by the owner and hired to start on <paramref name="start"/>, with its plan (through <see cref="ReferralFollowUp"/>).</summary>
    public static async Task<ArrangedPlacement> HireAsync(this WerkbrugAppFactory app, PlacementWorld world, DateOnly start)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var referral = new Referral
        {
            RegionCode = world.Adviser.RegionCode,
            VacancyId = world.VacancyId,
            EmployerId = world.EmployerId,
            JobSeekerId = world.Candidate.Id,
            Pseudonym = world.Candidate.Pseudonym,
            OwnerOrganisationId = world.OwnerCaseManager.OrganisationId,
            ReferringOrganisationId = world.Adviser.OrganisationId,
            ReferredByUserId = world.Adviser.Id,
            Motivation = "Past goed bij de vacature.",
            CreatedAtUtc = now,
        };
        referral.Proposed(now);
        Assert.Null(referral.Approve(Disclosure.AnonymousSheet, now, world.OwnerCaseManager.Id));
        Assert.Null(referral.Hire(DutchTime.Today(clock), null, now, ReferralActor.Staff(world.Adviser.Id)));
        db.Referrals.Add(referral);
        var (placement, _) = await scope.ServiceProvider.GetRequiredService<ReferralFollowUp>()
            .AfterAsync(referral, ReferralStatus.SentToEmployer, new HireDetails(start, ContractType.Regular, 32, PlacementInstrument.None, false), Ct);
        await db.SaveChangesAsync(Ct);
        return new ArrangedPlacement(placement!.Id, referral.Id);
    }

    public static async Task<JsonElement> GetPlacementAsync(this HttpClient api, Guid id)
    {
        var response = await api.GetAsync($"/api/v1/placements/{id}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> RecordAsync(this HttpClient api, Guid id, object body) =>
        api.PostAsJsonAsync($"/api/v1/placements/{id}/durability", body, Ct);
}
