using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.EmployerLinks;
using Werkbrug.Web.Tests.Features.IntakeRequests;
using Werkbrug.Web.Tests.Features.JobSeekers;
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

    /// <summary>An account manager of another region (<see cref="ContractScenario.RemoteRegion"/>), to which the scenario offers a vacancy.</summary>
    RemoteAdviser,
    Employer,

    /// <summary>Nobody signed in: the public endpoints.</summary>
    Anonymous,
}

/// <summary>A referral made for the walk and the version its last step left it at.</summary>
public sealed record ScenarioReferral(Guid Id, int Version);

/// <summary>
/// What the contract walks work on, built once per host through the API (intake requests, which only the public
/// front door makes, straight in the database): in region <see cref="Region"/>, which no other test uses, organisation
/// A with an administrator, an account manager, a manager and a case manager, organisation B with a case manager; an
/// employer with an open vacancy; job seekers of both organisations; referrals waiting at each step the walk takes next;
/// an employer link to the vacancy and a new intake request. The valid walk keeps the answers of its calls
/// (<see cref="Answer"/>), so a later call can use what an earlier one made.
/// </summary>
public sealed class ContractScenario
{
    public const string Region = "AM13";

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
        };
    }
}
