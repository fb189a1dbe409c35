using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser.DemoUserJourneys;

// One class per demo role: xunit runs the tests of a class one after another and classes in parallel, and each
// journey takes a while (axe-core on every page), so each role gets its own class. The walk is JourneyTests.WalkAsync.

public sealed class AccountManagerJourneyTests(Browsers browsers)
{
    [Theory, DemoUsersInBrowser(Roles.AccountManager)]
    public Task a_demo_user_signs_in_and_every_linked_page_passes_the_checks(Db db, string email) => JourneyTests.WalkAsync(browsers, db, email);
}

public sealed class CaseManagerJourneyTests(Browsers browsers)
{
    [Theory, DemoUsersInBrowser(Roles.CaseManager)]
    public Task a_demo_user_signs_in_and_every_linked_page_passes_the_checks(Db db, string email) => JourneyTests.WalkAsync(browsers, db, email);
}

public sealed class ManagerJourneyTests(Browsers browsers)
{
    [Theory, DemoUsersInBrowser(Roles.Manager)]
    public Task a_demo_user_signs_in_and_every_linked_page_passes_the_checks(Db db, string email) => JourneyTests.WalkAsync(browsers, db, email);
}

public sealed class RegionCoordinatorJourneyTests(Browsers browsers)
{
    [Theory, DemoUsersInBrowser(Roles.RegionCoordinator)]
    public Task a_demo_user_signs_in_and_every_linked_page_passes_the_checks(Db db, string email) => JourneyTests.WalkAsync(browsers, db, email);
}

public sealed class NationalAccountManagerJourneyTests(Browsers browsers)
{
    [Theory, DemoUsersInBrowser(Roles.NationalAccountManager)]
    public Task a_demo_user_signs_in_and_every_linked_page_passes_the_checks(Db db, string email) => JourneyTests.WalkAsync(browsers, db, email);
}

public sealed class AnalystJourneyTests(Browsers browsers)
{
    [Theory, DemoUsersInBrowser(Roles.Analyst)]
    public Task a_demo_user_signs_in_and_every_linked_page_passes_the_checks(Db db, string email) => JourneyTests.WalkAsync(browsers, db, email);
}

public sealed class AdministratorJourneyTests(Browsers browsers)
{
    [Theory, DemoUsersInBrowser(Roles.Administrator)]
    public Task a_demo_user_signs_in_and_every_linked_page_passes_the_checks(Db db, string email) => JourneyTests.WalkAsync(browsers, db, email);
}
