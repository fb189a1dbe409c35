using System.Reflection;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// Like <see cref="ProvidersAttribute"/> (SQLite always, PostgreSQL when configured), but every row is
/// skipped, with the way to fix it, when Chromium is not installed, so a fresh machine still passes. Rows carry the
/// traits <c>db=sqlite|postgres</c> and <c>browser=chromium</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserProvidersAttribute : DataAttribute
{
    public const string Trait = "browser";

    public override async ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        [.. (await new ProvidersAttribute().GetData(testMethod, disposalTracker))
            .Select(row => WithTraits(new TheoryDataRow<Db>((Db)row.GetData()[0]!) { Skip = Browsers.ChromiumInstalled ? row.Skip : Browsers.MissingChromium }, (Db)row.GetData()[0]!))];

    /// <summary>Adds the provider's trait and <c>browser=chromium</c>.</summary>
    public static TRow WithTraits<TRow>(TRow row, Db db)
        where TRow : TheoryDataRowBase =>
        ProvidersAttribute.WithTrait(row, db).WithTrait(Trait, "chromium");

    public override bool SupportsDiscoveryEnumeration() => true;
}

/// <summary>
/// Every demo user (by e-mail) on SQLite, and the administrator (who sees the most links) on PostgreSQL:
/// the pages do not differ per provider, and axe-core takes seconds per page, so PostgreSQL gets one
/// journey instead of seven. Skipped like <see cref="BrowserProvidersAttribute"/>. With a <paramref name="role"/>, that
/// role's demo user only (one test class per role, so the journeys run in parallel instead of one after another).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DemoUsersInBrowserAttribute(string? role = null) : DataAttribute
{
    public override async ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        [.. (await new BrowserProvidersAttribute().GetData(testMethod, disposalTracker))
            .SelectMany(row => DemoSeeder.Users
                .Where(user => role is null || user.Role == role)
                .Where(user => (Db)row.GetData()[0]! == Db.Sqlite || user.Role == Roles.Administrator)
                .Select(user => BrowserProvidersAttribute.WithTraits(new TheoryDataRow<Db, string>((Db)row.GetData()[0]!, user.Email) { Skip = row.Skip }, (Db)row.GetData()[0]!)))];

    public override bool SupportsDiscoveryEnumeration() => true;
}
