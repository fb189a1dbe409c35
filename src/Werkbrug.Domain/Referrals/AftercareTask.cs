using System.Globalization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Referrals;

/// <summary>What an aftercare task asks for.</summary>
public enum AftercareTaskKind
{
    /// <summary>terugkoppeling: talk a rejection through with the employer.</summary>
    Feedback = 1,

    /// <summary>contactmoment of the aftercare plan after a hire.</summary>
    ContactMoment = 2,

    /// <summary>duurzaamheidsmeting at 6 or 12 months.</summary>
    DurabilityCheck = 3,
}

/// <summary>
/// One step of the mandatory aftercare (nazorg, Besluit SUWI): the feedback conversation after a rejection, a
/// contact moment of the aftercare plan after a hire, or a durability check. It has an assignee and a due date, and
/// is done by recording how it went. The record (<see cref="SealedOutcome"/>) can hold personal details about the
/// employee, so it is sealed like the other owner-only notes.
/// </summary>
public sealed class AftercareTask : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required Guid ReferralId { get; init; }

    public Guid? PlacementId { get; init; }

    public required AftercareTaskKind Kind { get; init; }

    /// <summary>For a durability check: which one.</summary>
    public DurabilityCheckpoint? Checkpoint { get; init; }

    /// <summary>A short label of the contact moment, e.g. "Evaluatie met jobcoach" (optional).</summary>
    public string? Label { get; set; }

    public required Guid AssigneeUserId { get; set; }

    public required DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; private set; }

    public Guid? CompletedByUserId { get; private set; }

    /// <summary>How it went, encrypted (opaque to the domain).</summary>
    public string? SealedOutcome { get; private set; }

    public DateTime CreatedAtUtc { get; init; }

    public int Version { get; set; }

    public bool IsDone => CompletedOn is not null;

    /// <summary>Open and past its due date: skipped aftercare.</summary>
    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueOn < today;

    public bool? DoneOnTime => CompletedOn is { } done ? done <= DueOn : null;

    /// <summary>
    /// Records the task as done on <paramref name="on"/>, once: not in the future, and not before the job started
    /// (<paramref name="jobStart"/>: the placement's start date, for the tasks of a placement).
    /// </summary>
    public Error? Complete(DateOnly on, Guid byUserId, string sealedOutcome, DateOnly today, DateOnly? jobStart = null)
    {
        if (IsDone)
        {
            return Error.Conflict("Aftercare.AlreadyDone", "CompletedOn");
        }

        if (on > today)
        {
            return Error.Validation("CompletedOn", "Aftercare.DoneInFuture");
        }

        if (jobStart is { } start && on < start)
        {
            return Error.Validation("CompletedOn", "Aftercare.DoneBeforeStart", start);
        }

        CompletedOn = on;
        CompletedByUserId = byUserId;
        SealedOutcome = sealedOutcome;
        return null;
    }

    /// <summary>Moves an open task to another day or person (the plan is editable until the moment is done).</summary>
    public Error? Reschedule(DateOnly dueOn, Guid assigneeUserId, string? label)
    {
        if (IsDone)
        {
            return Error.Conflict("Aftercare.AlreadyDone", "DueOn");
        }

        DueOn = dueOn;
        AssigneeUserId = assigneeUserId;
        Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        return null;
    }
}

/// <summary>A distance in time after a start date: "2w" (weeks), "6w", "3m" (months), "10d" (days).</summary>
public readonly record struct AftercareOffset(int Amount, char Unit)
{
    public DateOnly After(DateOnly start) => Unit switch
    {
        'd' => start.AddDays(Amount),
        'w' => start.AddDays(Amount * 7),
        _ => start.AddMonths(Amount),
    };

    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit;

    public static bool TryParse(string? text, out AftercareOffset offset)
    {
        offset = default;
        var value = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value) || value.Length < 2 || value[^1] is not ('d' or 'w' or 'm'))
        {
            return false;
        }

        if (!int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount is < 1 or > 730)
        {
            return false;
        }

        offset = new AftercareOffset(amount, value[^1]);
        return true;
    }
}

/// <summary>The default contact moments of an aftercare plan, e.g. "2w,6w,3m" (two weeks, six weeks, three months).</summary>
public static class AftercareSchedule
{
    public const string Default = "2w,6w,3m";

    /// <summary>The offsets in order, or null when any part is not an offset (so configuration errors surface at start-up).</summary>
    public static IReadOnlyList<AftercareOffset>? Parse(string? schedule)
    {
        var parts = (schedule ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var offsets = new List<AftercareOffset>();
        foreach (var part in parts)
        {
            if (!AftercareOffset.TryParse(part, out var offset))
            {
                return null;
            }

            offsets.Add(offset);
        }

        return offsets.Count == 0 ? null : [.. offsets.OrderBy(o => o.After(DateOnly.MinValue.AddYears(1)))];
    }
}
