namespace Werkbrug.Domain.JobSeekers;

/// <summary>How current a profile is: whether the case manager is still in touch and the profile still up to date.</summary>
public enum Freshness
{
    /// <summary>Recent contact and a recent update: nothing to do yet.</summary>
    Fresh = 1,

    /// <summary>The contact is getting old: call the person in soon.</summary>
    DueSoon = 2,

    /// <summary>No contact or no update for too long: the profile cannot be trusted for matching.</summary>
    Stale = 3,
}

/// <summary>
/// The thresholds of <see cref="FreshnessRule"/>, in days. Defaults: contact due soon after 60 days, stale after
/// 90 days (a quarter: the usual rhythm of a re-integration conversation); the profile itself stale after 180 days
/// without an update, even with contacts.
/// </summary>
public sealed record FreshnessThresholds(int ContactDueSoonDays = 60, int ContactStaleDays = 90, int UpdateStaleDays = 180)
{
    public static FreshnessThresholds Default { get; } = new();

    /// <summary>Positive, and "due soon" before "stale".</summary>
    public bool IsValid => ContactDueSoonDays > 0 && ContactStaleDays > ContactDueSoonDays && UpdateStaleDays > 0;
}

/// <summary>
/// The freshness of one profile on a day. The contact counts from the last contact, or from the registration
/// when there was none yet; a date in the future counts as today. Stale when the contact is at least
/// <see cref="FreshnessThresholds.ContactStaleDays"/> old or the last update at least
/// <see cref="FreshnessThresholds.UpdateStaleDays"/>; due soon when the contact is at least
/// <see cref="FreshnessThresholds.ContactDueSoonDays"/> old; fresh otherwise.
/// </summary>
public static class FreshnessRule
{
    public static Freshness Of(DateOnly? lastContactOn, DateOnly updatedOn, DateOnly registeredOn, DateOnly today, FreshnessThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var contactDays = DaysSince(ContactReference(lastContactOn, registeredOn), today);
        var updateDays = DaysSince(updatedOn, today);
        if (contactDays >= thresholds.ContactStaleDays || updateDays >= thresholds.UpdateStaleDays)
        {
            return Freshness.Stale;
        }

        return contactDays >= thresholds.ContactDueSoonDays ? Freshness.DueSoon : Freshness.Fresh;
    }

    /// <summary>The day the contact counts from: the last contact, or the registration when there was none.</summary>
    public static DateOnly ContactReference(DateOnly? lastContactOn, DateOnly registeredOn) => lastContactOn ?? registeredOn;

    /// <summary>The last day on which a contact reference or update makes a profile stale (for queries: reference on or before this day).</summary>
    public static DateOnly ContactStaleOnOrBefore(DateOnly today, FreshnessThresholds thresholds) => today.AddDays(-thresholds.ContactStaleDays);

    public static DateOnly ContactDueSoonOnOrBefore(DateOnly today, FreshnessThresholds thresholds) => today.AddDays(-thresholds.ContactDueSoonDays);

    public static DateOnly UpdateStaleOnOrBefore(DateOnly today, FreshnessThresholds thresholds) => today.AddDays(-thresholds.UpdateStaleDays);

    private static int DaysSince(DateOnly day, DateOnly today) => Math.Max(0, today.DayNumber - day.DayNumber);
}
