using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Browser;

namespace Werkbrug.Web.Tests.Infrastructure.Demo;

/// <summary>
/// The living demo region on the host a Demo start gives (<see cref="Browsers.LivingHost"/>, built once per provider and
/// run, shared with the demo users' journeys of <see cref="JourneyTests"/>): what the generator promises is there, the demo users have work,
/// building it logs no warning, and building again adds nothing.
/// </summary>
public sealed class LivingDemoTests(Browsers browsers)
{
    private const string Region = DemoSeeder.RegionCode;

    [Theory, Providers]
    public async Task the_living_region_holds_what_the_generator_promises_and_building_again_adds_nothing(Db db)
    {
        var app = browsers.LivingHost(db).App;
        Assert.Contains(app.Logs.Lines, l => l.Contains("Demo region AM14: built in", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.StartUp, l => l.StartsWith("Warning ", StringComparison.Ordinal) || l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal));

        LivingDemo.Summary again;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            again = await scope.ServiceProvider.GetRequiredService<LivingDemo>().BuildAsync(TestContext.Current.CancellationToken);
        }

        Assert.Contains(app.Logs.Lines, l => l.Contains("Demo region AM14: nothing to add", StringComparison.Ordinal));
        var volume = LivingDemo.Volume;
        Assert.Equal(
            (LivingDemo.StaffCount, volume.EmployersPerRegion, volume.VacanciesPerRegion, volume.JobSeekersPerRegion, volume.IntakeRequestsPerRegion, volume.ReferralsPerRegion),
            (again.Staff, again.Employers, again.Vacancies, again.JobSeekers, again.IntakeRequests, again.Referrals));
        Assert.Equal(7, again.VacancyStatuses);
        Assert.Equal(8, again.ReferralStatuses);
        Assert.True(again.ContactMoments > volume.EmployersPerRegion, $"{again.ContactMoments} contact moments");
        Assert.True(again.OverdueRequests > 0 && again.AftercareOverdue > 0 && again.AftercareDueToday >= 2 && again.AftercareDone > 0, again.ToString());
        Assert.True(again.Consents > 0 && again.Placements > 0 && again.DurabilityRecorded > 0 && again.Notifications > 0, again.ToString());
    }

    [Theory, Providers]
    public async Task every_demo_user_has_work_across_organisations(Db db)
    {
        var app = browsers.LivingHost(db).App;
        var users = await app.InDbAsync(d => d.Users.Where(u => u.RegionCode == Region).ToDictionaryAsync(u => u.Email!, u => u.Id));
        var accountManager = users[DemoSeeder.Users.Single(u => u.Role == Roles.AccountManager).Email];
        var caseManager = users[DemoSeeder.Users.Single(u => u.Role == Roles.CaseManager).Email];

        var work = await app.InDbAsync(async d => new
        {
            Accounts = await d.Employers.CountAsync(e => e.AccountManagerUserId == accountManager),
            Vacancies = await d.Vacancies.CountAsync(v => v.AdviserUserId == accountManager),
            Requests = await d.IntakeRequests.CountAsync(r => r.OwnerUserId == accountManager),
            Clients = await d.JobSeekers.CountAsync(j => j.CaseManagerUserId == caseManager),
            Approvals = await d.Referrals.CountAsync(r => r.Status == ReferralStatus.AwaitingOwner && d.JobSeekers.Any(j => j.Id == r.JobSeekerId && j.CaseManagerUserId == caseManager)),
            CrossOrganisation = await d.Referrals.CountAsync(r => r.RegionCode == Region && r.OwnerOrganisationId != r.ReferringOrganisationId),
            National = await d.Employers.Where(e => e.RegionCode == Region)
                .CountAsync(e => d.Employers.Where(o => o.KvkNumber == e.KvkNumber).Select(o => o.RegionCode).Distinct().Count() >= 4),
        });

        Assert.True(work.Accounts > 0 && work.Vacancies > 0 && work.Requests > 0, work.ToString());
        Assert.True(work.Clients > 0 && work.Approvals > 0 && work.CrossOrganisation > 0, work.ToString());
        Assert.Equal(LivingDemo.NationalEmployers, work.National);
        foreach (var user in new[] { accountManager, caseManager })
        {
            Assert.True(await app.InDbAsync(d => d.AftercareTasks.AnyAsync(t => t.AssigneeUserId == user && t.CompletedOn == null)), "open aftercare");
        }
    }

    [Theory, Providers]
    public async Task the_pool_indicators_have_a_history_for_the_period_before(Db db)
    {
        var app = browsers.LivingHost(db).App;
        var lastQuarterEnds = Period.Of(PeriodKind.Quarter, DutchTime.Today(app.Clock)).From.AddDays(-1);

        var days = await app.InDbAsync(d => d.PoolDays.Where(p => p.RegionCode == Region).GroupBy(p => p.Day)
            .Select(g => new { Day = g.Key, Pool = g.Sum(p => p.Count), Werkfit = g.Sum(p => p.WerkfitStatus == WerkfitStatus.WorkReady ? p.Count : 0), Fresh = g.Sum(p => p.Fresh ? p.Count : 0) })
            .ToListAsync());

        Assert.Equal(DemoPoolHistory.Months, days.Count(d => d.Day < DutchTime.Today(app.Clock)));
        var before = Assert.Single(days, d => d.Day == lastQuarterEnds);
        Assert.True(before.Pool > 0 && before.Pool <= LivingDemo.Volume.JobSeekersPerRegion && before.Werkfit > 0 && before.Werkfit < before.Pool && before.Fresh > 0 && before.Fresh < before.Pool, before.ToString());
    }

    [Fact]
    public void production_refuses_to_start_with_a_living_demo()
    {
        using var production = new WerkbrugAppFactory(Db.Sqlite).WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Demo:Seed", "false").UseSetting("Demo:Living", "true"));

        var error = Assert.Throws<InvalidOperationException>(() => production.Server);

        Assert.Contains("never seeded in Production", error.Message, StringComparison.Ordinal);
    }
}
