using System.Globalization;

namespace Werkbrug.Domain.Common;

/// <summary>Times are stored in UTC and shown and entered in Dutch time.</summary>
public static class DutchTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A wall-clock time as entered in a form, read as Dutch time.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>The moment <paramref name="day"/> starts in Dutch time, as UTC: the lower bound of a day's records.</summary>
    public static DateTime StartUtc(DateOnly day) => FromLocal(day.ToDateTime(TimeOnly.MinValue)).UtcDateTime;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static string Format(DateTime utc) => ToLocal(utc).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The value of a datetime-local input.</summary>
    public static string InputValue(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
