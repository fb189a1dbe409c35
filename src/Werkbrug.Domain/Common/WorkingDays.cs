namespace Werkbrug.Domain.Common;

/// <summary>
/// Working days as the Dutch Algemene termijnenwet counts them: not Saturday or Sunday and not a general
/// holiday (Nieuwjaarsdag, Tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede Pinksterdag,
/// Eerste and Tweede Kerstdag). Good Friday and Easter Sunday/Whit Sunday are not working-day holidays
/// under that act (the Sundays are weekend days anyway).
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(date);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    public static DateOnly Add(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        while (workingDays > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                workingDays--;
            }
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    public static bool IsPublicHoliday(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        return (date.Month, date.Day) is (1, 1) or (5, 5) or (12, 25) or (12, 26)
            || date == KingsDay(date.Year)
            || date == easter.AddDays(1)   // Tweede Paasdag
            || date == easter.AddDays(39)  // Hemelvaartsdag
            || date == easter.AddDays(50); // Tweede Pinksterdag
    }

    /// <summary>Koningsdag: 27 April, or 26 April when the 27th is a Sunday.</summary>
    public static DateOnly KingsDay(int year)
    {
        var day = new DateOnly(year, 4, 27);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
