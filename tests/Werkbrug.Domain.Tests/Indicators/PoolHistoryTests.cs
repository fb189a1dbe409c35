using Werkbrug.Domain.Indicators;

namespace Werkbrug.Domain.Tests.Indicators;

public sealed class PoolHistoryTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-01", null, "2026-03-31", true)]          // registered before the day, still registered
    [InlineData("2026-03-31", null, "2026-03-31", true)]          // registered on the day itself
    [InlineData("2026-04-01", null, "2026-03-31", false)]         // registered the day after
    [InlineData("2026-01-01", "2026-04-01", "2026-03-31", true)]  // deregistered the day after: still in on the day
    [InlineData("2026-01-01", "2026-03-31", "2026-03-31", false)] // deregistered on the day: out by then
    [InlineData("2026-01-01", "2026-02-10", "2026-03-31", false)] // deregistered before
    public void a_job_seeker_is_in_the_pool_from_the_registration_until_the_day_before_the_deregistration(string registered, string? deregistered, string day, bool inPool) =>
        Assert.Equal(inPool, PoolHistory.InPool(D(registered), deregistered is null ? null : D(deregistered), D(day)));

    [Theory]
    [InlineData("2026-10-01", "2026-12-31", "2026-12-05", PoolSource.Live)]     // the current quarter
    [InlineData("2026-12-01", "2026-12-05", "2026-12-05", PoolSource.Live)]     // ends today
    [InlineData("2027-01-01", "2027-03-31", "2026-12-05", PoolSource.Live)]     // still to come: today's pool is the best there is
    [InlineData("2026-11-01", "2026-12-04", "2026-12-05", PoolSource.Snapshot)] // ended yesterday
    [InlineData("2026-07-01", "2026-09-30", "2026-12-05", PoolSource.Snapshot)] // the quarter before
    public void a_period_that_ends_today_or_later_is_counted_live_and_an_ended_one_is_read_from_a_snapshot(string from, string to, string today, PoolSource source) =>
        Assert.Equal(source, PoolHistory.Source(Period.Between(D(from), D(to)).Value, D(today)));
}
