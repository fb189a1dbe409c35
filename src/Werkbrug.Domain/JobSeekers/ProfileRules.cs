using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.JobSeekers;

/// <summary>The cross-field rules of a profile; field formats and lengths are checked at the edge.</summary>
public static class ProfileRules
{
    public const int MinimumAge = 15;
    public const int MaximumAge = 100;

    public static IEnumerable<Error> Check(DateOnly birthDate, int? minHours, int? maxHours, IEnumerable<WorkExperienceRecord> experience, DateOnly today)
    {
        var age = AgeBands.AgeOn(birthDate, today);
        if (age is < MinimumAge or > MaximumAge)
        {
            yield return Error.Validation("BirthDate", "JobSeeker.ImplausibleBirthDate", MinimumAge, MaximumAge);
        }

        if (minHours is { } min && maxHours is { } max && min > max)
        {
            yield return Error.Validation("MinHoursPerWeek", "JobSeeker.HoursMinAboveMax");
        }

        if (experience.Any(w => w.From is { } from && w.Until is { } until && from > until))
        {
            yield return Error.Validation("WorkExperience", "JobSeeker.PeriodEndsBeforeStart");
        }
    }
}
