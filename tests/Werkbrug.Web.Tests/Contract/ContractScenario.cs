using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.EmployerLinks;
using Werkbrug.Web.Tests.Features.IntakeRequests;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.NationalAccounts;
using Werkbrug.Web.Tests.Features.Referrals;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Contract;

/// <summary>Who makes a call: one of the scenario's staff users (bearer token), or the employer through its personal link.</summary>
public enum Caller
{
    Admin,
    Adviser,
    Manager,
    Coordinator,
    CaseManager,
    OtherCaseManager,

    /// <summary>A national account manager of the region.</summary>
    NationalManager,

    /// <summary>An account manager of another region (<see cref="ContractScenario.RemoteRegion"/>), to which the scenario offers a vacancy.</summary>
    RemoteAdviser,
    Employer,

    /// <summary>A partner system: a partner token (source system "contract-partner") of the case manager.</summary>
    PartnerCaseManager,

    /// <summary>A partner system: a partner token (source system "contract-partner") of the adviser.</summary>
    PartnerAdviser,

    /// <summary>Nobody signed in: the public endpoints.</summary>
    Anonymous,
}

/// <summary>A referral made for the walk and the version its last step left it at.</summary>
public sealed record ScenarioReferral(Guid Id, int Version);

/// <summary>A national arrangement made for the walk, the version its last step left it at and the region that lags it.</summary>
public sealed record ScenarioArrangement(Guid Id, int Version, string LaggingRegion);

/// <summary>
/// What the contract walks work on, built once per host through the API (intake requests, which only the public
/// front door makes, straight in the database): in region <see cref="Region"/>, which no other test uses, organisation
/// A with an administrator, an account manager, a manager and a case manager, organisation B with a case manager; an
/// employer with an open vacancy; job seekers of both organisations; referrals waiting at each step the walk takes next;
/// an employer link to the vacancy and a new intake request. For the national accounts: a national account manager
/// of the region and two national employers, each registered in <see cref="Region"/> and the <see cref="NationalRegions"/>
/// (by an account manager of each): one for the walk to take on as an account (<see cref="NationalKvk"/>), the other
/// already an account with an arrangement in the execution plan that <see cref="NationalRegions"/>[0] signed and now lags,
/// its vacancy of the employer open for a month without candidates (<see cref="Lagging"/>), for the walk to escalate.
/// The valid walk keeps the answers of its calls (<see cref="Answer"/>), so a later call can use what an earlier one made.
/// </summary>
public sealed class ContractScenario
{
    public const string Region = "AM13";

    /// <summary>The other regions the national employers are registered in (with <see cref="Region"/>, the four an account needs).</summary>
    public static readonly string[] NationalRegions = ["AM27", "AM32", "AM03"];

    /// <summary>The region the scenario's hard-to-fill vacancy is offered to.</summary>
    public const string RemoteRegion = "AM12";

    private static readonly ConcurrentDictionary<WerkbrugAppFactory, Lazy<Task<ContractScenario>>> Scenarios = new();
    private readonly Dictionary<string, JsonElement> _answers = new(StringComparer.Ordinal);

    private ContractScenario(WerkbrugAppFactory app) => App = app;

    public WerkbrugAppFactory App { get; }

    public required IReadOnlyDictionary<Caller, TestUser> Users { get; init; }

    public required string EmployerLinkToken { get; init; }

    public required Guid EmployerId { get; init; }

    public required string EmployerKvk { get; init; }

    /// <summary>The open vacancy the referrals are for.</summary>
    public required Guid VacancyId { get; init; }

    /// <summary>A job seeker of organisation A, not yet referred.</summary>
    public required RegisteredJobSeeker OwnCandidate { get; init; }

    /// <summary>A job seeker of organisation B (seen by A as a pseudonymised matching profile).</summary>
    public required RegisteredJobSeeker OtherCandidate { get; init; }

    /// <summary>Referrals of organisation B's job seekers, awaiting the owner: to approve, to decline, to withdraw.</summary>
    public required ScenarioReferral ToApprove { get; init; }

    public required ScenarioReferral ToDecline { get; init; }

    public required ScenarioReferral ToWithdraw { get; init; }

    /// <summary>Referrals of organisation A's job seekers, sent to the employer: for the employer to invite and hire, and to reject.</summary>
    public required ScenarioReferral ForEmployerToHire { get; init; }

    public required ScenarioReferral ForEmployerToReject { get; init; }

    /// <summary>A hard-to-fill open vacancy, not offered yet (the walk offers it and withdraws the offer).</summary>
    public required Guid OfferVacancyId { get; init; }

    /// <summary>Referrals from <see cref="RemoteRegion"/> to a vacancy offered there, awaiting this region: to accept and to refuse.</summary>
    public required ScenarioReferral ToAccept { get; init; }

    public required ScenarioReferral ToRefuse { get; init; }

    /// <summary>A new intake request of the region.</summary>
    public required Guid IntakeRequestId { get; init; }

    /// <summary>An open job-seeker survey of the region (a case manager makes links to it).</summary>
    public required Guid JobSeekerSurveyId { get; init; }

    /// <summary>A survey started from the report's employer questionnaire (appendix 2), which has the monitor view.</summary>
    public required Guid MonitorSurveyId { get; init; }

    /// <summary>The KvK number of a national employer that is no account yet.</summary>
    public required string NationalKvk { get; init; }

    /// <summary>An arrangement in the execution plan with a region that lags it.</summary>
    public required ScenarioArrangement Lagging { get; init; }

    public TestUser this[Caller caller] => Users[caller];

    /// <summary>The scenario of <paramref name="app"/>, built on the first call only.</summary>
    public static Task<ContractScenario> OfAsync(WerkbrugAppFactory app) =>
        Scenarios.GetOrAdd(app, a => new Lazy<Task<ContractScenario>>(() => BuildAsync(a))).Value;

    /// <summary>An API client for <paramref name="caller"/>.</summary>
    public HttpClient Client(Caller caller)
    {
        if (caller == Caller.Anonymous)
        {
            return App.CreateClient();
        }

        if (caller != Caller.Employer)
        {
            return App.ApiClient(Users[caller]);
        }

        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Employer-Link", EmployerLinkToken);
        return client;
    }

    /// <summary>The JSON answer of <paramref name="operation"/> earlier in the valid walk.</summary>
    public JsonElement Answer(string operation) =>
        _answers.TryGetValue(operation, out var answer) ? answer : throw new InvalidOperationException($"no answer of {operation} to build on");

    public void Remember(string operation, JsonElement answer) => _answers[operation] = answer;

    private static async Task<ContractScenario> BuildAsync(WerkbrugAppFactory app)
    {
        var admin = await app.CreateAdviserAsync(Region, Roles.Administrator);
        var users = new Dictionary<Caller, TestUser>
        {
            [Caller.Admin] = admin,
            [Caller.Adviser] = await app.CreateUserInOrganisationAsync(admin, Roles.AccountManager),
            [Caller.Manager] = await app.CreateUserInOrganisationAsync(admin, Roles.Manager),
            [Caller.Coordinator] = await app.CreateUserInOrganisationAsync(admin, Roles.RegionCoordinator),
            [Caller.CaseManager] = await app.CreateUserInOrganisationAsync(admin, Roles.CaseManager),
            [Caller.OtherCaseManager] = await app.CreateAdviserAsync(Region, Roles.CaseManager),
            [Caller.NationalManager] = await app.CreateUserInOrganisationAsync(admin, Roles.NationalAccountManager),

            [Caller.RemoteAdviser] = await app.CreateAdviserAsync(RemoteRegion, Roles.AccountManager),
        };
        var adviser = app.ApiClient(users[Caller.Adviser]);
        var kvk = EmployerPages.NewKvk();
        var employerId = await adviser.RegisterEmployerAsync(kvk: kvk);
        var vacancy = await adviser.CreateVacancyAsync(employerId, change: b => b["positions"] = 5);
        await ReferralTestData.OkAsync(await adviser.MoveAsync(vacancy.Id(), "Open", vacancy.Version()));

        async Task<ScenarioReferral> ReferAsync(TestUser owner, bool send)
        {
            var proposed = await adviser.ReferAsync(vacancy.Id(), (await app.RegisterJobSeekerAsync(owner)).Pseudonym);
            var step = send ? await ReferralTestData.OkAsync(await adviser.StepAsync(proposed.Id(), "send", new { version = proposed.Version(), disclose = Array.Empty<string>() })) : proposed;
            return new ScenarioReferral(step.Id(), step.Version());
        }

        var nationalAdvisers = new Dictionary<string, TestUser> { [Region] = users[Caller.Adviser] };
        foreach (var region in NationalRegions)
        {
            nationalAdvisers[region] = await app.CreateUserAsync(region, Roles.AccountManager);
        }

        Task<IReadOnlyDictionary<string, Guid>> NationalEmployerAsync(string nationalKvk) =>
            NationalWorld.RegisterEmployerAsync(app, nationalAdvisers, "Landelijke Bouwmarkten", nationalKvk);

        var nationalKvk = EmployerPages.NewKvk();
        await NationalEmployerAsync(nationalKvk);
        async Task<TestUser> PartnerAsync(TestUser user)
        {
            var made = await ReferralTestData.OkAsync(await app.ApiClient(user).PostAsJsonAsync(
                "/api/v1/tokens", new { name = "Partnerkoppeling", sourceSystem = "contract-partner" }, TestContext.Current.CancellationToken));
            return user with { Token = made.GetProperty("token").GetString()! };
        }

        users[Caller.PartnerCaseManager] = await PartnerAsync(users[Caller.CaseManager]);
        users[Caller.PartnerAdviser] = await PartnerAsync(users[Caller.Adviser]);

        // A hard-to-fill vacancy offered to the remote region, whose adviser refers two of its own organisation's candidates.
        async Task<Guid> HardToFillAsync()
        {
            var hard = await adviser.CreateVacancyAsync(employerId, change: b => b["hardToFill"] = true);
            await ReferralTestData.OkAsync(await adviser.MoveAsync(hard.Id(), "Open", hard.Version()));
            return hard.Id();
        }

        var offered = await HardToFillAsync();
        await ReferralTestData.OkAsync(await adviser.PostAsJsonAsync($"/api/v1/vacancies/{offered}/offers", new { regions = new[] { RemoteRegion } }, TestContext.Current.CancellationToken));
        var remote = app.ApiClient(users[Caller.RemoteAdviser]);
        var remoteCaseManager = await app.CreateUserInOrganisationAsync(users[Caller.RemoteAdviser], Roles.CaseManager);
        async Task<ScenarioReferral> ReferAcrossAsync()
        {
            var proposed = await remote.ReferAsync(offered, (await app.RegisterJobSeekerAsync(remoteCaseManager)).Pseudonym);
            var sent = await ReferralTestData.OkAsync(await remote.StepAsync(proposed.Id(), "send", new { version = proposed.Version(), disclose = Array.Empty<string>() }));
            return new ScenarioReferral(sent.Id(), sent.Version());
        }

        var link = await new LinkSetup(users[Caller.Adviser], users[Caller.CaseManager], vacancy.Id(), employerId, adviser).LinkAsync();
        return new ContractScenario(app)
        {
            Users = users,
            EmployerLinkToken = link.Token,
            EmployerId = employerId,
            EmployerKvk = kvk,
            VacancyId = vacancy.Id(),
            OwnCandidate = await app.RegisterJobSeekerAsync(users[Caller.CaseManager]),
            OtherCandidate = await app.RegisterJobSeekerAsync(users[Caller.OtherCaseManager]),
            ToApprove = await ReferAsync(users[Caller.OtherCaseManager], send: false),
            ToDecline = await ReferAsync(users[Caller.OtherCaseManager], send: false),
            ToWithdraw = await ReferAsync(users[Caller.OtherCaseManager], send: false),
            ForEmployerToHire = await ReferAsync(users[Caller.CaseManager], send: true),
            ForEmployerToReject = await ReferAsync(users[Caller.CaseManager], send: true),
            OfferVacancyId = await HardToFillAsync(),
            ToAccept = await ReferAcrossAsync(),
            ToRefuse = await ReferAcrossAsync(),
            IntakeRequestId = (await app.NewRequestAsync(Region)).Id,
            JobSeekerSurveyId = (await ReferralTestData.OkAsync(await app.ApiClient(users[Caller.Coordinator]).PostAsJsonAsync(
                "/api/v1/surveys", new { templateKey = "werkzoekendentevredenheid" }, TestContext.Current.CancellationToken))).Id(),
            MonitorSurveyId = (await ReferralTestData.OkAsync(await app.ApiClient(users[Caller.Coordinator]).PostAsJsonAsync(
                "/api/v1/surveys", new { templateKey = "werkgeversenquete-2022" }, TestContext.Current.CancellationToken))).Id(),
            NationalKvk = nationalKvk,
            Lagging = await LaggingArrangementAsync(app, users[Caller.NationalManager], nationalAdvisers, NationalEmployerAsync),
        };
    }

    /// <summary>
    /// A national employer made an account, an arrangement for it in the first of <see cref="NationalRegions"/> that
    /// region's manager signs (proposed, reviewed, signed, into the execution plan), and a vacancy of the employer there,
    /// opened a month ago without candidates: the region lags the arrangement.
    /// </summary>
    private static async Task<ScenarioArrangement> LaggingArrangementAsync(
        WerkbrugAppFactory app, TestUser nationalManager, Dictionary<string, TestUser> advisers, Func<string, Task<IReadOnlyDictionary<string, Guid>>> registerAsync)
    {
        var ct = TestContext.Current.CancellationToken;
        var region = NationalRegions[0];
        var kvk = EmployerPages.NewKvk();
        var employers = await registerAsync(kvk);
        var nam = app.ApiClient(nationalManager);
        var manager = app.ApiClient(await app.CreateUserInOrganisationAsync(advisers[region], Roles.Manager));

        var account = await ReferralTestData.OkAsync(await nam.PostAsJsonAsync("/api/v1/national-accounts", new { kvkNumber = kvk }, ct));
        var arrangement = await ReferralTestData.OkAsync(await nam.PostAsJsonAsync("/api/v1/national-arrangements", new
        {
            nationalAccountId = account.Id(),
            title = "Instroom bouwmarktpersoneel",
            reactionTermWorkingDays = 5,
            candidatesPerVacancy = 2,
            aftercareWeeks = 13,
            regions = new[] { new { regionCode = region, placementTarget = 4 } },
        }, ct));
        var path = $"/api/v1/national-arrangements/{arrangement.Id()}";
        arrangement = await ReferralTestData.OkAsync(await nam.PostAsJsonAsync($"{path}/advance", new { version = arrangement.Version() }, ct));
        arrangement = await ReferralTestData.OkAsync(await manager.PostAsJsonAsync($"{path}/decision",
            new { decision = "Accepted", on = DutchTime.Today(TimeProvider.System), version = arrangement.Version() }, ct));
        arrangement = await ReferralTestData.OkAsync(await nam.PostAsJsonAsync($"{path}/advance", new { version = arrangement.Version() }, ct));

        var there = app.ApiClient(advisers[region]);
        var vacancy = await there.CreateVacancyAsync(employers[region]);
        await ReferralTestData.OkAsync(await there.MoveAsync(vacancy.Id(), "Open", vacancy.Version()));
        await app.InDbAsync(db => db.Vacancies.Where(v => v.Id == vacancy.Id())
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.CreatedAtUtc, x => x.CreatedAtUtc.AddDays(-30)), ct));
        return new ScenarioArrangement(arrangement.Id(), arrangement.Version(), region);
    }
}
