using Werkbrug.Domain.Indicators;

namespace Werkbrug.Domain.Tests.Indicators;

public sealed class PeriodTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Period Between(string from, string to) => Period.Between(D(from), D(to)).Value;

    [Theory]
    [InlineData("2026-03-01", "2026-03-31", PeriodKind.Month, "2026-03", "2026-02-01", "2026-02-28")]       // March against February (28 days)
    [InlineData("2024-03-01", "2024-03-31", PeriodKind.Month, "2024-03", "2024-02-01", "2024-02-29")]       // a leap year's February
    [InlineData("2026-01-01", "2026-01-31", PeriodKind.Month, "2026-01", "2025-12-01", "2025-12-31")]       // over the turn of the year
    [InlineData("2026-04-01", "2026-06-30", PeriodKind.Quarter, "2026-K2", "2026-01-01", "2026-03-31")]     // Q2 against Q1 (91 against 90 days)
    [InlineData("2026-01-01", "2026-03-31", PeriodKind.Quarter, "2026-K1", "2025-10-01", "2025-12-31")]
    [InlineData("2026-01-01", "2026-12-31", PeriodKind.Year, "2026", "2025-01-01", "2025-12-31")]
    [InlineData("2026-02-01", "2026-04-30", PeriodKind.Custom, "2026-02-01 t/m 2026-04-30", "2025-11-01", "2026-01-31")] // three whole months, not a quarter
    [InlineData("2026-07-01", "2027-06-30", PeriodKind.Custom, "2026-07-01 t/m 2027-06-30", "2025-07-01", "2026-06-30")] // a school year: twelve months
    [InlineData("2026-01-15", "2026-02-10", PeriodKind.Custom, "2026-01-15 t/m 2026-02-10", "2025-12-19", "2026-01-14")] // 27 days against the 27 before
    [InlineData("2026-05-05", "2026-05-05", PeriodKind.Custom, "2026-05-05 t/m 2026-05-05", "2026-05-04", "2026-05-04")] // one day
    public void a_period_reads_as_its_kind_and_compares_with_the_one_before(string from, string to, PeriodKind kind, string label, string previousFrom, string previousTo)
    {
        var period = Between(from, to);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(label, period.Label);
        Assert.Equal((D(previousFrom), D(previousTo)), (period.Previous().From, period.Previous().To));
    }

    [Theory]
    [InlineData(PeriodKind.Month, "2026-02-14", "2026-02-01", "2026-02-28")]
    [InlineData(PeriodKind.Quarter, "2026-02-14", "2026-01-01", "2026-03-31")]
    [InlineData(PeriodKind.Quarter, "2026-12-31", "2026-10-01", "2026-12-31")]
    [InlineData(PeriodKind.Year, "2026-07-01", "2026-01-01", "2026-12-31")]
    public void the_month_quarter_or_year_a_day_falls_in(PeriodKind kind, string day, string from, string to)
    {
        var period = Period.Of(kind, D(day));

        Assert.Equal((D(from), D(to)), (period.From, period.To));
        Assert.Equal(kind, period.Kind);
    }

    [Fact]
    public void named_periods() => Assert.Equal(
        [Between("2026-05-01", "2026-05-31"), Between("2026-10-01", "2026-12-31"), Between("2027-01-01", "2027-12-31")],
        [Period.Month(2026, 5), Period.Quarter(2026, 4), Period.Year(2027)]);

    [Theory]
    [InlineData("2026-03-31", "2026-03-01", "To", "Indicators.PeriodEndsBeforeStart")]
    [InlineData("2020-01-01", "2026-12-31", "From", "Indicators.PeriodTooLong")]
    public void a_period_that_ends_before_it_starts_or_runs_too_long_is_refused(string from, string to, string field, string code)
    {
        var result = Period.Between(D(from), D(to));

        var error = Assert.Single(result.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void three_years_is_the_longest_period() =>
        Assert.True(Period.Between(D("2024-01-01"), D("2026-12-31")).IsSuccess);
}
