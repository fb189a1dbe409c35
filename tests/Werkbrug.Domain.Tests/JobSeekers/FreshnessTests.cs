using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Tests.JobSeekers;

public sealed class FreshnessTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    /// <summary>Days since the last contact (null: none), days since the update, days since the registration, expected.</summary>
    [Theory]
    [InlineData(0, 0, 400, Freshness.Fresh)]
    [InlineData(59, 10, 400, Freshness.Fresh)]
    [InlineData(60, 10, 400, Freshness.DueSoon)]
    [InlineData(89, 10, 400, Freshness.DueSoon)]
    [InlineData(90, 10, 400, Freshness.Stale)]
    [InlineData(365, 10, 400, Freshness.Stale)]
    [InlineData(5, 179, 400, Freshness.Fresh)]
    [InlineData(5, 180, 400, Freshness.Stale)]
    [InlineData(70, 180, 400, Freshness.Stale)]
    [InlineData(null, 0, 10, Freshness.Fresh)]
    [InlineData(null, 0, 60, Freshness.DueSoon)]
    [InlineData(null, 0, 90, Freshness.Stale)]
    [InlineData(-3, 0, 400, Freshness.Fresh)]
    public void freshness_follows_the_default_thresholds(int? contactDaysAgo, int updateDaysAgo, int registeredDaysAgo, Freshness expected)
    {
        var contact = contactDaysAgo is { } days ? Today.AddDays(-days) : (DateOnly?)null;
        Assert.Equal(expected, FreshnessRule.Of(contact, Today.AddDays(-updateDaysAgo), Today.AddDays(-registeredDaysAgo), Today, FreshnessThresholds.Default));
    }

    [Theory]
    [InlineData(10, 14, 30, 9, 1, Freshness.Fresh)]
    [InlineData(10, 14, 30, 10, 1, Freshness.DueSoon)]
    [InlineData(10, 14, 30, 14, 1, Freshness.Stale)]
    [InlineData(10, 14, 30, 1, 30, Freshness.Stale)]
    public void freshness_follows_configured_thresholds(int dueSoon, int stale, int updateStale, int contactDaysAgo, int updateDaysAgo, Freshness expected)
    {
        var thresholds = new FreshnessThresholds(dueSoon, stale, updateStale);
        Assert.Equal(expected, FreshnessRule.Of(Today.AddDays(-contactDaysAgo), Today.AddDays(-updateDaysAgo), Today.AddDays(-500), Today, thresholds));
    }

    [Theory]
    [InlineData(60, 90, 180, true)]
    [InlineData(90, 90, 180, false)]
    [InlineData(0, 90, 180, false)]
    [InlineData(60, 90, 0, false)]
    public void thresholds_need_due_soon_before_stale_and_positive_days(int dueSoon, int stale, int updateStale, bool valid) =>
        Assert.Equal(valid, new FreshnessThresholds(dueSoon, stale, updateStale).IsValid);

    [Fact]
    public void the_query_cut_off_days_agree_with_the_rule()
    {
        var t = FreshnessThresholds.Default;
        var staleDay = FreshnessRule.ContactStaleOnOrBefore(Today, t);
        var dueDay = FreshnessRule.ContactDueSoonOnOrBefore(Today, t);
        var updateDay = FreshnessRule.UpdateStaleOnOrBefore(Today, t);
        Assert.Equal(Freshness.Stale, FreshnessRule.Of(staleDay, Today, staleDay, Today, t));
        Assert.Equal(Freshness.DueSoon, FreshnessRule.Of(staleDay.AddDays(1), Today, staleDay, Today, t));
        Assert.Equal(Freshness.DueSoon, FreshnessRule.Of(dueDay, Today, dueDay, Today, t));
        Assert.Equal(Freshness.Fresh, FreshnessRule.Of(dueDay.AddDays(1), Today, dueDay, Today, t));
        Assert.Equal(Freshness.Stale, FreshnessRule.Of(Today, updateDay, Today, Today, t));
        Assert.Equal(Freshness.Fresh, FreshnessRule.Of(Today, updateDay.AddDays(1), Today, Today, t));
    }
}
