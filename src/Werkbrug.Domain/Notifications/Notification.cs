using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Notifications;

/// <summary>
/// A message (melding) for one staff member: a vacancy was escalated to the region, a referral got an outcome, ...
/// The text is a resource key with arguments (shown in the reader's language) or, when no key fits, plain text
/// that is always shown encoded. <see cref="Link"/> is a local path to the subject.
/// </summary>
public sealed class Notification : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid RecipientUserId { get; init; }

    /// <summary>What it is about, e.g. <see cref="NotificationKinds.VacancyEscalated"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Resource key of the text ("Notification.VacancyEscalated"); null when <see cref="PlainText"/> holds it.</summary>
    public string? TextKey { get; init; }

    public List<string> TextArguments { get; init; } = [];

    public string? PlainText { get; init; }

    /// <summary>A local path ("/vacancies/…"); never an outside address.</summary>
    public string? Link { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    /// <summary>Marks it read; reading it again keeps the first moment.</summary>
    public void MarkRead(DateTime atUtc) => ReadAtUtc ??= atUtc;

    /// <summary>True for a path within the application (starts with one "/"), so a link can never lead elsewhere.</summary>
    public static bool IsLocalLink(string? link) =>
        link is null || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.Contains('\\', StringComparison.Ordinal));
}

public static class NotificationKinds
{
    public const string VacancyEscalated = "vacancy-escalated";

    public const string PossibleDuplicate = "job-seeker-possible-duplicate";

    public const string InstrumentChanged = "instrument-changed";
}
