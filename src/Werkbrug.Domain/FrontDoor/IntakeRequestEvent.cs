using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.FrontDoor;

/// <summary>What happened to an intake request.</summary>
public enum IntakeRequestEventKind
{
    PickedUp = 1,
    Assigned = 2,
    Answered = 3,
    Closed = 4,
    Reopened = 5,
    EmployerRegistered = 6,
}

/// <summary>One step in the handling of an intake request: when, who, what, and an optional note.</summary>
public sealed class IntakeRequestEvent : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid IntakeRequestId { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>The staff member who took the step.</summary>
    public Guid UserId { get; init; }

    public IntakeRequestEventKind Kind { get; init; }

    /// <summary>The status after the step.</summary>
    public IntakeRequestStatus Status { get; init; }

    /// <summary>For an assignment: the team and the user the request went to.</summary>
    public Guid? TeamId { get; init; }

    public Guid? AssignedUserId { get; init; }

    /// <summary>For a registration: the new employer.</summary>
    public Guid? EmployerId { get; init; }

    /// <summary>The answer, the reason for closing, or nothing.</summary>
    public string? Note { get; init; }
}
