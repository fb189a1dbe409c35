using System.Reflection;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Like <see cref="ProvidersAttribute"/> (SQLite always, PostgreSQL when configured), but every row is
/// skipped, with the way to fix it, when Chromium is not installed, so a fresh machine still passes.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserProvidersAttribute : DataAttribute
{
    public override async ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        [.. (await new ProvidersAttribute().GetData(testMethod, disposalTracker))
            .Select(row => new TheoryDataRow<Db>((Db)row.GetData()[0]!) { Skip = Browsers.ChromiumInstalled ? row.Skip : Browsers.MissingChromium })];

    public override bool SupportsDiscoveryEnumeration() => true;
}

/// <summary>
/// Every demo user (by e-mail) on SQLite, and the administrator (who sees the most links) on PostgreSQL:
/// the pages do not differ per provider, and axe-core takes seconds per page, so PostgreSQL gets one
/// journey instead of seven. Skipped like <see cref="BrowserProvidersAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DemoUsersInBrowserAttribute : DataAttribute
{
    public override async ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        [.. (await new BrowserProvidersAttribute().GetData(testMethod, disposalTracker))
            .SelectMany(row => DemoSeeder.Users
                .Where(user => (Db)row.GetData()[0]! == Db.Sqlite || user.Role == Roles.Administrator)
                .Select(user => new TheoryDataRow<Db, string>((Db)row.GetData()[0]!, user.Email) { Skip = row.Skip }))];

    public override bool SupportsDiscoveryEnumeration() => true;
}
