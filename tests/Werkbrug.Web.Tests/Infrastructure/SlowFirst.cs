using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(Werkbrug.Web.Tests.Infrastructure.SlowFirst))]

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Starts the long test classes first (each class runs its tests one after another, classes run in parallel): the
/// browser walks and the privacy sweep take minutes, so begun last they would leave the run waiting on them alone at
/// the end while the short classes had long finished.
/// </summary>
public sealed class SlowFirst : ITestCollectionOrderer
{
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        [.. testCollections.OrderBy(c => IsSlow(c.TestCollectionDisplayName) ? 0 : 1)];

    private static bool IsSlow(string collection) =>
        collection.Contains(".Browser.", StringComparison.Ordinal) || collection.Contains("BrowserTests", StringComparison.Ordinal)
        || collection.Contains("JobSeekerPrivacyTests", StringComparison.Ordinal);
}
