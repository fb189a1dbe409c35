using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Tests.Common;

public sealed class WorkingDaysTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2008, "2008-03-23")]
    public void easter_sunday(int year, string expected) => Assert.Equal(D(expected), WorkingDays.EasterSunday(year));

    [Theory]
    [InlineData("2026-01-01", true)]  // Nieuwjaarsdag
    [InlineData("2026-04-03", false)] // Goede Vrijdag: not a general holiday under the Algemene termijnenwet
    [InlineData("2026-04-06", true)]  // Tweede Paasdag
    [InlineData("2026-04-27", true)]  // Koningsdag
    [InlineData("2025-04-26", true)]  // Koningsdag moved to Saturday because 27 April 2025 is a Sunday
    [InlineData("2025-04-27", false)]
    [InlineData("2026-05-05", true)]  // Bevrijdingsdag
    [InlineData("2026-05-14", true)]  // Hemelvaartsdag
    [InlineData("2026-05-25", true)]  // Tweede Pinksterdag
    [InlineData("2026-12-25", true)]
    [InlineData("2026-12-26", true)]
    [InlineData("2026-12-24", false)]
    [InlineData("2026-11-30", false)]
    public void public_holidays(string date, bool holiday) => Assert.Equal(holiday, WorkingDays.IsPublicHoliday(D(date)));

    [Theory]
    [InlineData("2026-11-30", 0, "2026-11-30")] // zero days: the same day
    [InlineData("2026-11-30", 1, "2026-12-01")] // Monday + 1 = Tuesday
    [InlineData("2026-11-27", 1, "2026-11-30")] // Friday + 1 = Monday
    [InlineData("2026-11-28", 1, "2026-11-30")] // Saturday + 1 = Monday
    [InlineData("2026-11-30", 5, "2026-12-07")] // a full week
    [InlineData("2026-12-23", 2, "2026-12-28")] // over Christmas (Fri 25, Sat 26, Sun 27)
    [InlineData("2026-12-31", 1, "2027-01-04")] // New Year's Day is Friday, then the weekend
    [InlineData("2026-04-02", 1, "2026-04-03")] // Good Friday counts
    [InlineData("2026-04-03", 1, "2026-04-07")] // over Easter Monday
    [InlineData("2026-05-04", 1, "2026-05-06")] // over 5 May
    [InlineData("2026-05-13", 1, "2026-05-15")] // over Ascension Day
    [InlineData("2026-05-22", 1, "2026-05-26")] // over Whit Monday
    [InlineData("2026-04-24", 10, "2026-05-12")] // Koningsdag (Mon 27 Apr) and Bevrijdingsdag (Tue 5 May) in one term
    public void adding_working_days(string start, int days, string expected) =>
        Assert.Equal(D(expected), WorkingDays.Add(D(start), days));

    [Theory]
    [InlineData("2026-11-30", "2026-11-30", 0)]
    [InlineData("2026-11-27", "2026-11-30", 1)]
    [InlineData("2026-12-23", "2026-12-28", 2)]
    [InlineData("2026-12-28", "2026-12-23", -2)]
    public void working_days_between(string from, string to, int expected) =>
        Assert.Equal(expected, WorkingDays.Between(D(from), D(to)));

    [Fact]
    public void negative_terms_are_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(new DateOnly(2026, 1, 5), -1));
}
