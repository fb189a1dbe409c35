using Microsoft.AspNetCore.Authorization;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// Every page and endpoint names one of these policies (or is on the public allow-list in
/// <see cref="PublicEndpoints"/>). Region and organisation scope is not a policy: the database
/// applies it to every query (see <see cref="Persistence.WerkbrugDb"/>).
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in staff member with at least one role.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Functioneel beheer: organisations, teams, users, tokens of others.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>
    /// Advisers who serve employers: the shared employer CRM and contact log (account managers, managers,
    /// region coordinators and national account managers). Not case managers, analysts or administrators.
    /// </summary>
    public const string Advisers = nameof(Advisers);

    /// <summary>
    /// Staff who work with job seekers: every role that sees at least the region's pool as pseudonymised matching
    /// profiles. How much each sees of a profile is decided per role and profile by <see cref="NeedToKnow"/> (through
    /// JobSeekerAccess): the owner's case managers all of it, its managers the case without the sealed fields.
    /// </summary>
    public const string JobSeekers = nameof(JobSeekers);

    /// <summary>The roles <see cref="JobSeekers"/> admits, read from <see cref="NeedToKnow"/>.</summary>
    public static IReadOnlyList<string> JobSeekerRoles { get; } =
        [.. Roles.All.Where(role => NeedToKnow.For(role, ProfileRelation.OtherOrganisationInRegion, active: true) > DisclosureLevel.None)];

    /// <summary>The roles <see cref="Advisers"/> admits.</summary>
    public static IReadOnlyList<string> AdviserRoles { get; } =
        [Roles.AccountManager, Roles.Manager, Roles.RegionCoordinator, Roles.NationalAccountManager];

    /// <summary>Those who watch the region's service level: managers and region coordinators (the overdue list).</summary>
    public const string Managers = nameof(Managers);

    /// <summary>The roles <see cref="Managers"/> admits.</summary>
    public static IReadOnlyList<string> ManagerRoles { get; } = [Roles.Manager, Roles.RegionCoordinator];

    /// <summary>
    /// Those who watch how current the job-seeker profiles are (counts per organisation, no personal data): case
    /// managers and managers for their own organisation, region coordinators for every organisation of the region.
    /// </summary>
    public const string Freshness = nameof(Freshness);

    /// <summary>The roles <see cref="Freshness"/> admits.</summary>
    public static IReadOnlyList<string> FreshnessRoles { get; } = [Roles.CaseManager, Roles.Manager, Roles.RegionCoordinator];
    /// <summary>Kengetallen: the region's indicators, aggregates only (managers, region coordinators and analysts).</summary>
    public const string Indicators = nameof(Indicators);

    /// <summary>The roles <see cref="Indicators"/> admits.</summary>
    public static IReadOnlyList<string> IndicatorRoles { get; } = [Roles.Manager, Roles.RegionCoordinator, Roles.Analyst];

    /// <summary>Writing the region's yearly evaluation text: the region coordinator (regievoerder); the others read it.</summary>
    public const string EvaluationWriters = nameof(EvaluationWriters);
    /// <summary>Setting the region's matching weights (weging): the region coordinator (regievoerder); everyone else reads them.</summary>
    public const string WeightEditors = nameof(WeightEditors);

    /// <summary>Arbeidsmarktbeeld: the region's labour-market picture, counts only (advisers, managers, coordinators, analysts).</summary>
    public const string LabourMarket = nameof(LabourMarket);

    /// <summary>The roles <see cref="LabourMarket"/> admits.</summary>
    public static IReadOnlyList<string> LabourMarketRoles { get; } = [Roles.AccountManager, Roles.CaseManager, Roles.Manager, Roles.RegionCoordinator, Roles.Analyst];

    /// <summary>Maintaining the region's instrument catalogue (ADR 0023): the region coordinator (regievoerder) and the administrator (functioneel beheer).</summary>
    public const string InstrumentEditors = nameof(InstrumentEditors);

    /// <summary>The roles <see cref="InstrumentEditors"/> admits.</summary>
    public static IReadOnlyList<string> InstrumentEditorRoles { get; } = [Roles.RegionCoordinator, Roles.Administrator];

    /// <summary>Erasing a job seeker's profile on request (GDPR art. 17): the owner organisation's case managers and managers.</summary>
    public const string Erasure = nameof(Erasure);

    /// <summary>The roles <see cref="Erasure"/> admits.</summary>
    public static IReadOnlyList<string> ErasureRoles { get; } = [Roles.CaseManager, Roles.Manager];

    /// <summary>
    /// The employer's contact person through a personal link (no account, no staff role): only the
    /// <see cref="EmployerLinkClaims.Scheme"/> scheme counts, so a staff sign-in never satisfies it, and no staff
    /// policy admits its principal (it carries no role).
    /// </summary>
    public const string EmployerLink = nameof(EmployerLink);

    /// <summary>"Mijn taken": the aftercare tasks and referral steps waiting for case managers and advisers.</summary>
    public const string Tasks = nameof(Tasks);

    /// <summary>The roles <see cref="Tasks"/> admits.</summary>
    public static IReadOnlyList<string> TaskRoles { get; } =
        [Roles.CaseManager, Roles.AccountManager, Roles.Manager, Roles.RegionCoordinator, Roles.NationalAccountManager];

    /// <summary>
    /// Those a survey respondent can agree to be known to: the employer's account manager (any adviser role) and the case
    /// manager who handed a job seeker the link. Each sees only the responses shared with them.
    /// </summary>
    public const string SharedSurveyResponses = nameof(SharedSurveyResponses);

    /// <summary>The roles <see cref="SharedSurveyResponses"/> admits.</summary>
    public static IReadOnlyList<string> SharedSurveyResponseRoles { get; } = [.. AdviserRoles, Roles.CaseManager];

    /// <summary>National accounts (ADR 0034): the national account manager's own accounts across regions.</summary>
    public const string NationalAccounts = nameof(NationalAccounts);

    /// <summary>
    /// National arrangements: the national account manager drafts and steers them; a region's managers and region
    /// coordinators read those their region takes part in and answer for their region.
    /// </summary>
    public const string NationalArrangements = nameof(NationalArrangements);

    /// <summary>The roles <see cref="NationalArrangements"/> admits.</summary>
    public static IReadOnlyList<string> NationalArrangementRoles { get; } = [Roles.NationalAccountManager, Roles.Manager, Roles.RegionCoordinator];
    /// <summary>
    /// A partner system pushing job-seeker profiles and pulling their changes (ADR 0036): a bearer token with a source system
    /// (<see cref="WerkbrugClaims.SourceSystem"/>) whose user is a case manager; what it delivers goes into that user's organisation.
    /// </summary>
    public const string PartnerProfiles = nameof(PartnerProfiles);

    /// <summary>A partner system pushing vacancies and pulling their changes: a partner token of an adviser (<see cref="AdviserRoles"/>).</summary>
    public const string PartnerVacancies = nameof(PartnerVacancies);

    /// <summary>The freshness of the exchange per source (deliveries, rows, errors; counts only): managers, region coordinators and administrators.</summary>
    public const string ExchangeFreshness = nameof(ExchangeFreshness);

    /// <summary>The roles <see cref="ExchangeFreshness"/> admits.</summary>
    public static IReadOnlyList<string> ExchangeFreshnessRoles { get; } = [Roles.Manager, Roles.RegionCoordinator, Roles.Administrator];

    /// <summary>The policy that admits exactly one role, named "Role:&lt;role&gt;".</summary>
    public static string ForRole(string role) => "Role:" + role;

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Administration, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        options.AddPolicy(Advisers, p => p.RequireAuthenticatedUser().RequireRole(AdviserRoles));
        options.AddPolicy(Managers, p => p.RequireAuthenticatedUser().RequireRole(ManagerRoles));
        options.AddPolicy(JobSeekers, p => p.RequireAuthenticatedUser().RequireRole(JobSeekerRoles));
        options.AddPolicy(Freshness, p => p.RequireAuthenticatedUser().RequireRole(FreshnessRoles));
        options.AddPolicy(Tasks, p => p.RequireAuthenticatedUser().RequireRole(TaskRoles));
        options.AddPolicy(Indicators, p => p.RequireAuthenticatedUser().RequireRole(IndicatorRoles));
        options.AddPolicy(EvaluationWriters, p => p.RequireAuthenticatedUser().RequireRole(Roles.RegionCoordinator));
        options.AddPolicy(WeightEditors, p => p.RequireAuthenticatedUser().RequireRole(Roles.RegionCoordinator));
        options.AddPolicy(LabourMarket, p => p.RequireAuthenticatedUser().RequireRole(LabourMarketRoles));
        options.AddPolicy(InstrumentEditors, p => p.RequireAuthenticatedUser().RequireRole(InstrumentEditorRoles));
        options.AddPolicy(Erasure, p => p.RequireAuthenticatedUser().RequireRole(ErasureRoles));
        options.AddPolicy(SharedSurveyResponses, p => p.RequireAuthenticatedUser().RequireRole(SharedSurveyResponseRoles));
        options.AddPolicy(NationalAccounts, p => p.RequireAuthenticatedUser().RequireRole(Roles.NationalAccountManager));
        options.AddPolicy(NationalArrangements, p => p.RequireAuthenticatedUser().RequireRole(NationalArrangementRoles));
        options.AddPolicy(PartnerProfiles, p => p.RequireAuthenticatedUser().RequireClaim(WerkbrugClaims.SourceSystem).RequireRole(Roles.CaseManager));
        options.AddPolicy(PartnerVacancies, p => p.RequireAuthenticatedUser().RequireClaim(WerkbrugClaims.SourceSystem).RequireRole(AdviserRoles));
        options.AddPolicy(ExchangeFreshness, p => p.RequireAuthenticatedUser().RequireRole(ExchangeFreshnessRoles));
        options.AddPolicy(EmployerLink, p => p.AddAuthenticationSchemes(EmployerLinkClaims.Scheme).RequireClaim(EmployerLinkClaims.Link));
        foreach (var role in Roles.All)
        {
            options.AddPolicy(ForRole(role), p => p.RequireAuthenticatedUser().RequireRole(role));
        }

        // Defence in depth: anything that forgot to declare a policy still needs a signed-in user.
        // The endpoint-policy test makes sure nothing relies on this.
        options.FallbackPolicy = options.GetPolicy(Staff);
    }
}

/// <summary>
/// The short, reviewed list of routes (raw route patterns, as <see cref="EndpointPolicyAudit.RouteOf"/> writes
/// them) that anyone may reach without signing in. An anonymous endpoint whose route is missing here fails the
/// endpoint-policy test.
/// </summary>
public static class PublicEndpoints
{
    public static IReadOnlySet<string> Routes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // Signing in (the 2FA, recovery and single sign-on steps included) and what surrounds it.
        "/account/login",
        "/account/login-2fa",
        "/account/login-recovery",
        "/account/external-login",
        "/account/external-callback",
        "/account/access-denied",
        "/account/culture",
        // Error pages, probes and the API description.
        "/error/{statusCode:int?}",
        "/health/live",
        "/health/ready",
        "/openapi/{documentName}.json",
        "/api/{documentName}/openapi.json",
        "/api-docs",
        // The personal survey link and its unsubscribe (the token is the only key).
        "/enquete/{token}",
        "/enquete/afmelden/{token}",
        // The employers' front door: the service point's public contact details, its two forms and the status look-up.
        "/werkgevers",
        "/werkgevers/vacature-melden",
        "/werkgevers/vraag-stellen",
        "/werkgevers/bevestiging",
        "/werkgevers/status",
        // The public labour-market picture: counts per occupation group and occupation, never a person.
        "/werkgevers/arbeidsmarkt",
        // "Welke ondersteuning kan ik krijgen?": the instruments that may apply, from answers without personal data (page and API).
        "/werkgevers/ondersteuning",
        "/api/v1/instruments/public-check",
        // Published vacancies: those their owner marked public, open and not closed, without personal data (pages and the JSON-LD feed).
        "/vacatures",
        "/vacatures/{id:guid}",
        "/api/v1/public/vacancies",
        // The employer's personal link: checks the token, then sets its cookie (the pages behind it need the link).
        "/werkgevers/voordrachten/open",
    };
}
