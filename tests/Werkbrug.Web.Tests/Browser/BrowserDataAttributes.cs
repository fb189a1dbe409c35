using System.Reflection;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// The browser tests' one provider: SQLite, the embedded default (ADR 0021). What Chromium checks (markup, axe-core,
/// keyboard, phone width, console, a flow's clicks) does not depend on the provider, and the handlers under every page
/// run on both providers in the page and API tests. The row is skipped, with the way to fix it, when Chromium is not
/// installed, so a fresh machine still passes. It carries the traits <c>db=sqlite</c> and <c>browser=chromium</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserProvidersAttribute : DataAttribute
{
    public const string Trait = "browser";

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        ValueTask.FromResult<IReadOnlyCollection<ITheoryDataRow>>(
            [WithTraits(new TheoryDataRow<Db>(Db.Sqlite) { Skip = Browsers.ChromiumInstalled ? null : Browsers.MissingChromium }, Db.Sqlite)]);

    /// <summary>Adds the provider's trait and <c>browser=chromium</c>.</summary>
    public static TRow WithTraits<TRow>(TRow row, Db db)
        where TRow : TheoryDataRowBase =>
        ProvidersAttribute.WithTrait(row, db).WithTrait(Trait, "chromium");

    public override bool SupportsDiscoveryEnumeration() => true;
}

/// <summary>
/// Every demo user (by e-mail), on <see cref="BrowserProvidersAttribute"/>'s provider. With a <paramref name="role"/>,
/// that role's demo user only (one test class per role, so the journeys run in parallel instead of one after another).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DemoUsersInBrowserAttribute(string? role = null) : DataAttribute
{
    public override async ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        [.. (await new BrowserProvidersAttribute().GetData(testMethod, disposalTracker))
            .SelectMany(row => DemoSeeder.Users
                .Where(user => role is null || user.Role == role)
                .Select(user => BrowserProvidersAttribute.WithTraits(new TheoryDataRow<Db, string>((Db)row.GetData()[0]!, user.Email) { Skip = row.Skip }, (Db)row.GetData()[0]!)))];

    public override bool SupportsDiscoveryEnumeration() => true;
}
