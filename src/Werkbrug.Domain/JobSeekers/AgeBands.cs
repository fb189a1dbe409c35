namespace Werkbrug.Domain.JobSeekers;

/// <summary>
/// The age band other organisations see instead of a birth date. Three coarse bands, on the boundaries the
/// job-seeker policies use: under 27 (jongeren: Participatiewet search period, youth arrangements), 27 to 49,
/// and 50 and over (50-plussers, a target group of its own). Coarse bands keep a pseudonymised profile hard
/// to single out (ADR 0006).
/// </summary>
public enum AgeBand
{
    Under27 = 1,
    From27To49 = 2,
    From50 = 3,
}

public static class AgeBands
{
    /// <summary>Whole years between <paramref name="birthDate"/> and <paramref name="today"/> (the birthday counts on the day itself; 29 February counts on 28 February in common years).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        return today < birthDate.AddYears(age) ? age - 1 : age;
    }

    public static AgeBand Of(DateOnly birthDate, DateOnly today) => AgeOn(birthDate, today) switch
    {
        < 27 => AgeBand.Under27,
        < 50 => AgeBand.From27To49,
        _ => AgeBand.From50,
    };

    /// <summary>
    /// The birth dates that separate the bands on <paramref name="day"/>, for a database to compare with: born after the
    /// first, under 27; after the second, under 50. The same bands as <see cref="Of"/>, leap-day birthdays included.
    /// </summary>
    public static (DateOnly Under27After, DateOnly Under50After) Bounds(DateOnly day) => (LatestBirthDate(27, day), LatestBirthDate(50, day));

    /// <summary>The last birth date of someone who is <paramref name="age"/> or older on <paramref name="day"/>.</summary>
    private static DateOnly LatestBirthDate(int age, DateOnly day)
    {
        var sameDay = day.AddYears(-age);
        var dayAfter = sameDay.AddDays(1);
        return AgeOn(dayAfter, day) >= age ? dayAfter : sameDay;
    }
}
