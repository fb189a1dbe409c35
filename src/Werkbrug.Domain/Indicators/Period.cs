using System.Globalization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Indicators;

/// <summary>How a period reads: one calendar month, quarter or year, or any other run of days.</summary>
public enum PeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
    Custom = 4,
}

/// <summary>
/// The days an indicator counts, both ends included (Dutch calendar days). A period of whole calendar months compares
/// with the same number of months just before it (Q2 with Q1, a year with the year before); any other period with as
/// many days just before it.
/// </summary>
public readonly record struct Period
{
    /// <summary>The longest period an indicator is asked for: a few years, so one question never scans the whole history.</summary>
    public const int MaxDays = 366 * 3;

    private Period(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>The first day after the period (the exclusive end the queries compare with).</summary>
    public DateOnly End => To.AddDays(1);

    public int Days => To.DayNumber - From.DayNumber + 1;

    public PeriodKind Kind => WholeMonths switch
    {
        1 => PeriodKind.Month,
        3 when (From.Month - 1) % 3 == 0 => PeriodKind.Quarter,
        12 when From.Month == 1 => PeriodKind.Year,
        _ => PeriodKind.Custom,
    };

    /// <summary>"2026-03", "2026-K2", "2026" or "2026-01-15 t/m 2026-02-10".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{From.Year}-K{((From.Month - 1) / 3) + 1}"),
        PeriodKind.Year => From.Year.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd} t/m {To:yyyy-MM-dd}"),
    };

    /// <summary>The number of calendar months the period spans exactly (first of a month to the last of one), else 0.</summary>
    private int WholeMonths =>
        From.Day == 1 && End.Day == 1 ? ((End.Year - From.Year) * 12) + End.Month - From.Month : 0;

    /// <summary>The period to compare with: as many whole months, or as many days, just before this one.</summary>
    public Period Previous() =>
        WholeMonths is > 0 and var months ? new(From.AddMonths(-months), From.AddDays(-1)) : new(From.AddDays(-Days), From.AddDays(-1));

    public static Period Month(int year, int month) => Of(PeriodKind.Month, new DateOnly(year, month, 1));

    public static Period Quarter(int year, int quarter) => Of(PeriodKind.Quarter, new DateOnly(year, ((quarter - 1) * 3) + 1, 1));

    public static Period Year(int year) => Of(PeriodKind.Year, new DateOnly(year, 1, 1));

    /// <summary>The month, quarter or year <paramref name="day"/> falls in.</summary>
    public static Period Of(PeriodKind kind, DateOnly day)
    {
        var first = kind switch
        {
            PeriodKind.Month => new DateOnly(day.Year, day.Month, 1),
            PeriodKind.Quarter => new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1),
            PeriodKind.Year => new DateOnly(day.Year, 1, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A custom period has no calendar unit."),
        };
        var months = kind switch { PeriodKind.Month => 1, PeriodKind.Quarter => 3, _ => 12 };
        return new(first, first.AddMonths(months).AddDays(-1));
    }

    /// <summary>The period from <paramref name="from"/> to <paramref name="to"/> (both included), or why not.</summary>
    public static Result<Period> Between(DateOnly from, DateOnly to, string fromField = "From", string toField = "To")
    {
        if (to < from)
        {
            return Result<Period>.Failure([Error.Validation(toField, "Indicators.PeriodEndsBeforeStart")]);
        }

        var period = new Period(from, to);
        return period.Days > MaxDays
            ? Result<Period>.Failure([Error.Validation(fromField, "Indicators.PeriodTooLong", MaxDays)])
            : Result<Period>.Success(period);
    }
}
