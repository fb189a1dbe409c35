using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Mail;

public enum OutboxMailStatus
{
    /// <summary>Waiting to be sent (again) at <see cref="OutboxMail.NextAttemptAtUtc"/>.</summary>
    Pending = 1,

    /// <summary>Accepted by the mail server; the content is gone.</summary>
    Sent = 2,

    /// <summary>The mail server refused it <see cref="OutboxMail.MaxRefusals"/> times, or its content could not be opened; the content is gone.</summary>
    Failed = 3,
}

/// <summary>
/// An e-mail waiting in the outbox, written in the same transaction as the change that causes it, so an acknowledged change
/// never loses its mail. The sender takes it from here, retries with a growing pause and marks it sent once. What the mail
/// says is sealed (<see cref="SealedContent"/>) and dropped as soon as the mail has left or is given up.
/// </summary>
public sealed class OutboxMail : IRegionScoped, IVersioned
{
    /// <summary>After this many refusals of the message itself (not of an unreachable server) the mail is given up.</summary>
    public const int MaxRefusals = 8;

    public static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan LongestPause = TimeSpan.FromHours(1);

    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>The template: <c>employer-link</c>, <c>referral-outcome</c>, <c>aftercare-due</c>, <c>aftercare-overdue</c>, <c>digest</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The recipient's e-mail address.</summary>
    public required string Recipient { get; init; }

    /// <summary>
    /// With <see cref="Kind"/> and <see cref="OnDate"/> unique when set, for a mail that goes out once only: a reminder per
    /// task (this id) and due date, a digest per user (this id) and day.
    /// </summary>
    public Guid? SubjectId { get; init; }

    public DateOnly? OnDate { get; init; }

    /// <summary>The template's values, sealed; null once the mail is sent or given up.</summary>
    public string? SealedContent { get; private set; }

    public OutboxMailStatus Status { get; private set; } = OutboxMailStatus.Pending;

    public int Attempts { get; private set; }

    /// <summary>How often the server refused the message itself (an unreachable server does not count).</summary>
    public int Refusals { get; private set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? LastAttemptAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>The last error, without the content (what the server or the connection said).</summary>
    public string? LastError { get; private set; }

    public int Version { get; set; }

    public static OutboxMail New(string regionCode, string kind, string recipient, string sealedContent, DateTime nowUtc, Guid? subjectId = null, DateOnly? onDate = null) => new()
    {
        RegionCode = regionCode,
        Kind = kind,
        Recipient = recipient,
        SubjectId = subjectId,
        OnDate = onDate,
        SealedContent = sealedContent,
        CreatedAtUtc = nowUtc,
        NextAttemptAtUtc = nowUtc,
    };

    /// <summary>The pause after <paramref name="attempts"/> failed attempts: 30 s, doubling, at most an hour.</summary>
    public static TimeSpan PauseAfter(int attempts)
    {
        var pause = FirstPause * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return pause < LongestPause ? pause : LongestPause;
    }

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        LastAttemptAtUtc = SentAtUtc = nowUtc;
        Status = OutboxMailStatus.Sent;
        SealedContent = null;
    }

    /// <summary>
    /// A failed attempt. <paramref name="refused"/>: the server refused this message (counts towards
    /// <see cref="MaxRefusals"/>); otherwise the server could not be reached, and the mail waits for as long as that lasts.
    /// </summary>
    public void MarkAttemptFailed(DateTime nowUtc, string error, bool refused)
    {
        Attempts++;
        LastAttemptAtUtc = nowUtc;
        LastError = error.Length > OutboxMailLimits.Error ? error[..OutboxMailLimits.Error] : error;
        Refusals += refused ? 1 : 0;
        if (Refusals >= MaxRefusals)
        {
            GiveUp();
            return;
        }

        NextAttemptAtUtc = nowUtc + PauseAfter(Attempts);
    }

    /// <summary>The mail cannot be sent at all (its content no longer opens).</summary>
    public void MarkUnsendable(DateTime nowUtc, string error)
    {
        Attempts++;
        LastAttemptAtUtc = nowUtc;
        LastError = error;
        GiveUp();
    }

    private void GiveUp()
    {
        Status = OutboxMailStatus.Failed;
        SealedContent = null;
    }
}

public static class OutboxMailLimits
{
    public const int Kind = 40;
    public const int Recipient = 256;
    public const int Error = 500;
}
