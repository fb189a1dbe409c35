using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Aftercare;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Shared;

/// <summary>The `ServicePoint` section: which region the public pages speak for.</summary>
public sealed class ServicePointOptions
{
    public const string Section = "ServicePoint";

    /// <summary>The region whose service point anonymous visitors see (a deployment serves one region's front door).</summary>
    public string DefaultRegion { get; set; } = "AM14";
}

public sealed record NavItem(string LabelKey, string Href, IReadOnlyList<string>? Roles = null)
{
    public bool Matches(PathString path) =>
        Href == "/" ? path == "/" : path.StartsWithSegments(Href, StringComparison.OrdinalIgnoreCase);
}

public sealed record PageHeader(string ServicePointName, string? UserName, string? OrganisationName, IReadOnlyList<NavItem> Items)
{
    /// <summary>The entry for <paramref name="path"/>: the one with the longest matching link, so "/intake-requests/overdue" is "Te laat", not "Aanvragen".</summary>
    public NavItem? CurrentFor(PathString path) => Items.Where(i => i.Matches(path)).MaxBy(i => i.Href.Length);

    /// <summary>The signed-in user's unread notifications, shown with the "Meldingen" item.</summary>
    public int UnreadNotifications { get; init; }

    /// <summary>The signed-in user's open tasks and waiting referral steps (and how many tasks are late), shown with "Mijn taken".</summary>
    public TaskCounts? Tasks { get; init; }
}

/// <summary>The header of every page: the service point's name and the navigation for the user's roles.</summary>
public sealed class Navigation(WerkbrugDb db, IOptions<ServicePointOptions> options, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public const string NotificationsHref = "/notifications";

    public const string TasksHref = "/tasks";

    /// <summary>Every navigation entry and the roles that see it (null: every staff member).</summary>
    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("Nav.Home", "/"),
        new("Nav.Employers", "/employers", Policies.AdviserRoles),
        new("Nav.IntakeRequests", "/intake-requests", Policies.AdviserRoles),
        new("Nav.IntakeOverdue", "/intake-requests/overdue", Policies.ManagerRoles),
        new("Nav.Vacancies", "/vacancies", Policies.AdviserRoles),
        new("Nav.VacancyOffers", "/vacancy-offers", Policies.AdviserRoles),
        new("Nav.Tasks", TasksHref, Policies.TaskRoles),
        new("Nav.AftercareOverdue", "/aftercare/overdue", Policies.ManagerRoles),
        new("Nav.Notifications", NotificationsHref),
        new("Nav.JobSeekers", "/job-seekers", Policies.JobSeekerRoles),
        new("Nav.Referrals", "/referrals", Policies.JobSeekerRoles),
        new("Nav.Placements", "/placements", Policies.JobSeekerRoles),
        new("Nav.Indicators", "/indicators", Policies.IndicatorRoles),
        new("Nav.Plans", "/plans", Policies.IndicatorRoles),
        new("Nav.NationalAccounts", "/national-accounts", [Roles.NationalAccountManager]),
        new("Nav.NationalArrangements", "/national-arrangements", Policies.NationalArrangementRoles),
        new("Nav.Surveys", "/surveys", Policies.IndicatorRoles),
        new("Nav.SurveyHandOver", "/surveys/hand-over", [Roles.CaseManager]),
        new("Nav.SurveysShared", "/surveys/shared", Policies.SharedSurveyResponseRoles),
        new("Nav.LabourMarket", "/labour-market", Policies.LabourMarketRoles),
        new("Nav.MatchingWeights", "/matching/weights", [Roles.RegionCoordinator]),
        new("Nav.Instruments", "/instruments", Roles.All),
        new("Nav.InstrumentCheck", "/instruments/check", Policies.JobSeekerRoles),
        new("Nav.ClientInView", "/job-seekers/in-view", [Roles.CaseManager]),
        new("Nav.Administration", "/administration", [Roles.Administrator]),
        new("Nav.Account", "/account"),
    ];

    /// <summary>The header of the 503 page, shown while the database cannot be reached: the region's code for a name, no navigation.</summary>
    public PageHeader Offline() => new(text["Layout.ServicePointOf", db.Scope.RegionCode ?? options.Value.DefaultRegion], null, null, []);

    public async Task<PageHeader> HeaderAsync(CancellationToken cancellationToken)
    {
        var scope = db.Scope;
        var regionCode = scope.RegionCode ?? options.Value.DefaultRegion;
        // Reviewed exception to the region filter: a service point's name is public (it heads the front door).
        var servicePoint = await db.ServicePoints.IgnoreQueryFilters()
            .Where(s => s.RegionCode == regionCode && s.Kind == ServicePointKind.Regional)
            .Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        servicePoint ??= text["Layout.ServicePointOf", await db.Regions.Where(r => r.Code == regionCode).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) ?? regionCode];

        if (!scope.IsAuthenticated)
        {
            return new PageHeader(servicePoint, null, null, []);
        }

        if (EmployerLinkClaims.LinkOf(scope) is not null)
        {
            // The employer's contact person through a personal link: its name, no staff navigation.
            return new PageHeader(servicePoint, scope.Principal!.FindFirst(WerkbrugClaims.DisplayName)?.Value, null, []);
        }

        var organisation = await db.Organisations.Where(o => o.Id == scope.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var items = Items.Where(i => i.Roles is null || i.Roles.Any(scope.IsInRole)).ToList();
        return new PageHeader(servicePoint, scope.Principal!.FindFirst(WerkbrugClaims.DisplayName)?.Value, organisation, items)
        {
            UnreadNotifications = await db.UnreadCountAsync(cancellationToken),
            Tasks = Policies.TaskRoles.Any(scope.IsInRole) ? await AftercareQueries.CountsAsync(db, DutchTime.Today(clock), cancellationToken) : null,
        };
    }
}
