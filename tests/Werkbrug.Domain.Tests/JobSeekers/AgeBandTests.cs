using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Tests.JobSeekers;

public sealed class AgeBandTests
{
    [Theory]
    [InlineData("2000-03-15", "2027-03-14", 26, AgeBand.Under27)] // the day before the 27th birthday
    [InlineData("2000-03-15", "2027-03-15", 27, AgeBand.From27To49)] // the birthday itself
    [InlineData("1977-06-01", "2027-05-31", 49, AgeBand.From27To49)]
    [InlineData("1977-06-01", "2027-06-01", 50, AgeBand.From50)]
    [InlineData("2004-02-29", "2031-02-27", 26, AgeBand.Under27)] // a 29 February birthday counts on 28 February in common years
    [InlineData("2004-02-29", "2031-02-28", 27, AgeBand.From27To49)]
    [InlineData("1950-01-01", "2026-01-01", 76, AgeBand.From50)]
    [InlineData("2010-12-31", "2026-01-01", 15, AgeBand.Under27)]
    public void the_age_band_follows_whole_years(string birth, string today, int age, AgeBand band)
    {
        Assert.Equal(age, AgeBands.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(band, AgeBands.Of(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2031-02-28")] // a common year's 28 February: 29 February 2004 turns 27 today
    [InlineData("2028-02-29")]
    [InlineData("2027-03-01")]
    [InlineData("2026-06-30")]
    public void the_bounds_a_database_compares_with_give_the_same_bands(string today)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var (under27After, under50After) = AgeBands.Bounds(day);
        for (var birth = day.AddYears(-52); birth <= day.AddYears(-25); birth = birth.AddDays(1))
        {
            var band = birth > under27After ? AgeBand.Under27 : birth > under50After ? AgeBand.From27To49 : AgeBand.From50;
            Assert.True(AgeBands.Of(birth, day) == band, $"born {birth:yyyy-MM-dd}, on {today}: {AgeBands.Of(birth, day)}, bounds say {band}");
        }
    }
}
