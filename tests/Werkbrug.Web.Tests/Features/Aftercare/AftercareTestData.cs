using System.Text.Json;
using Microsoft.EntityFrameworkCore;
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

namespace Werkbrug.Web.Tests.Features.Aftercare;

/// <summary>
/// The people of an aftercare test: an adviser (in a team) and their manager and case manager in organisation A, a case
/// manager of organisation B, a stranger of organisation C, and one vacancy of A's adviser.
/// </summary>
public sealed record AftercareWorld(
    TestUser Adviser, TestUser Manager, TestUser OwnCaseManager, TestUser OtherCaseManager, TestUser Stranger,
    string TeamName, Guid VacancyId, Guid EmployerId, string VacancyTitle);

/// <summary>Arranges referrals, rejections and hires through the domain and the lead's follow-up (until the referral API is on main).</summary>
public static class AftercareTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<AftercareWorld> WorldAsync(this WerkbrugAppFactory app, string region)
    {
        var adviser = await app.CreateAdviserAsync(region, Roles.AccountManager);
        var manager = await app.CreateUserInOrganisationAsync(adviser, Roles.Manager);
        var ownCaseManager = await app.CreateUserInOrganisationAsync(adviser, Roles.CaseManager);
        var otherCaseManager = await app.CreateAdviserAsync(region, Roles.CaseManager);
        var stranger = await app.CreateAdviserAsync(region, Roles.AccountManager, Roles.Manager);
        var teamName = EmployerPages.UniqueName("Team nazorg");
        await app.InDbAsync(async db =>
        {
            var team = new Team { RegionCode = region, ServicePointId = adviser.ServicePointId, Name = teamName };
            db.Teams.Add(team);
            var user = await db.Users.SingleAsync(u => u.Id == adviser.Id, Ct);
            user.TeamId = team.Id;
            return await db.SaveChangesAsync(Ct);
        });
        var api = app.ApiClient(adviser);
        var employer = await api.RegisterEmployerAsync();
        var title = EmployerPages.UniqueName("Orderpicker");
        var vacancy = await api.CreateVacancyAsync(employer, title);
        return new AftercareWorld(adviser, manager, ownCaseManager, otherCaseManager, stranger, teamName, vacancy.Id(), employer, title);
    }

    /// <summary>A referral of <paramref name="seeker"/> by the adviser, sent to the employer (approved by the owner when needed).</summary>
    public static Task<Referral> SentReferralAsync(this WerkbrugAppFactory app, AftercareWorld world, RegisteredJobSeeker seeker, TestUser ownerCaseManager) =>
        app.InFollowUpAsync(async (db, _) =>
        {
            var now = DateTime.UtcNow;
            var referral = NewReferral(db, world, seeker, ownerCaseManager);
            var error = referral.NeedsOwnerApproval
                ? referral.Approve(Disclosure.AnonymousSheet, now, ownerCaseManager.Id)
                : referral.Send(Disclosure.AnonymousSheet, now, world.Adviser.Id);
            Assert.Null(error);
            await db.SaveChangesAsync(Ct);
            return referral;
        });

    /// <summary>A referral left where the proposal puts it: awaiting the owner (another organisation's candidate) or proposed (own).</summary>
    public static Task<Referral> ProposedReferralAsync(this WerkbrugAppFactory app, AftercareWorld world, RegisteredJobSeeker seeker, TestUser ownerCaseManager) =>
        app.InFollowUpAsync(async (db, _) =>
        {
            var referral = NewReferral(db, world, seeker, ownerCaseManager);
            await db.SaveChangesAsync(Ct);
            return referral;
        });

    /// <summary>The employer rejects (the adviser records it): the follow-up adds the feedback task.</summary>
    public static Task<Referral> RejectAsync(this WerkbrugAppFactory app, Guid referralId, Guid adviserId) =>
        app.InFollowUpAsync(async (db, followUp) =>
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, Ct);
            var from = referral.Status;
            Assert.Null(referral.Reject(RejectionReason.Competences, null, DutchTime.Today(TimeProvider.System), DateTime.UtcNow, ReferralActor.Staff(adviserId)));
            await followUp.AfterAsync(referral, from, null, Ct);
            await db.SaveChangesAsync(Ct);
            return referral;
        });

    /// <summary>The employer hires, starting <paramref name="start"/>: the follow-up adds the placement and its aftercare plan.</summary>
    public static Task<Placement> HireAsync(this WerkbrugAppFactory app, Guid referralId, Guid adviserId, DateOnly start) =>
        app.InFollowUpAsync(async (db, followUp) =>
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, Ct);
            var from = referral.Status;
            Assert.Null(referral.Hire(start, null, DateTime.UtcNow, ReferralActor.Staff(adviserId)));
            var outcome = await followUp.AfterAsync(referral, from, new HireDetails(start, ContractType.Regular, 32, PlacementInstrument.None, false), Ct);
            await db.SaveChangesAsync(Ct);
            return outcome.Placement!;
        });

    /// <summary>Test tokens expire after a day of real time; a test that moves the clock on keeps its users' tokens valid.</summary>
    public static Task<int> KeepTokensValidAsync(this WerkbrugAppFactory app, params TestUser[] users) =>
        app.InDbAsync(db =>
        {
            var ids = users.Select(u => u.Id).ToList();
            var until = DateTime.UtcNow.AddDays(60);
            return db.PersonalAccessTokens.Where(t => ids.Contains(t.UserId)).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAtUtc, until), Ct);
        });

    public static Task<List<AftercareTask>> TasksOfAsync(this WerkbrugAppFactory app, Guid referralId) =>
        app.InDbAsync(db => db.AftercareTasks.AsNoTracking().Where(t => t.ReferralId == referralId).OrderBy(t => t.DueOn).ToListAsync(Ct));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static Referral NewReferral(WerkbrugDb db, AftercareWorld world, RegisteredJobSeeker seeker, TestUser ownerCaseManager)
    {
        var now = DateTime.UtcNow;
        var referral = new Referral
        {
            RegionCode = world.Adviser.RegionCode,
            VacancyId = world.VacancyId,
            EmployerId = world.EmployerId,
            JobSeekerId = seeker.Id,
            Pseudonym = seeker.Pseudonym,
            OwnerOrganisationId = ownerCaseManager.OrganisationId,
            ReferringOrganisationId = world.Adviser.OrganisationId,
            ReferredByUserId = world.Adviser.Id,
            Motivation = "Past goed bij het werk.",
            CreatedAtUtc = now,
        };
        referral.Proposed(now);
        db.Referrals.Add(referral);
        return referral;
    }

    private static async Task<T> InFollowUpAsync<T>(this WerkbrugAppFactory app, Func<WerkbrugDb, ReferralFollowUp, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        return await work(db, scope.ServiceProvider.GetRequiredService<ReferralFollowUp>());
    }
}
