using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(Werkbrug.Web.Tests.Infrastructure.LongestFirst))]

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Starts the test classes that take longest first (drills, the living demo region and its journeys, browser walks, the privacy sweep, the contract walk), so a
/// run does not end with one long class working alone while the other core idles: on two cores the suite's wall time
/// is its critical path as much as its CPU. Every other class keeps xUnit's order. The names are the slowest classes of
/// a measured run; a class missing here only starts later, nothing is skipped.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Slowest =
    [
        "CrashDrillTests", "LivingDemoTests", "ManagerJourneyTests", "RegionCoordinatorJourneyTests", "AccountManagerJourneyTests",
        "CaseManagerJourneyTests", "NationalAccountManagerJourneyTests", "AdministratorJourneyTests", "AnalystJourneyTests", "JobSeekerPrivacyTests",
        "ContractWalkTests", "AftercareBrowserTests", "EmployerServiceWalkthroughTests", "ReferralBrowserTests", "ListPageBrowserTests", "JourneyTests",
        "MatchingBrowserTests", "FrontDoorBrowserTests", "BackupRestoreDrillTests", "TaxonomyImportTests", "MatchingIndexFeedTests", "ReadinessTests",
    ];

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        [.. testCollections.OrderBy(c => Rank(c.TestCollectionDisplayName))];

    private static int Rank(string collection)
    {
        var rank = Array.FindIndex(Slowest, name => collection.Contains('.' + name + ' ', StringComparison.Ordinal));
        return rank < 0 ? Slowest.Length : rank;
    }
}
