using System.Security.Cryptography;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;

namespace Werkbrug.Domain.FrontDoor;

/// <summary>What an employer asks through the public front door.</summary>
public enum IntakeRequestType
{
    Vacancy = 1,
    Question = 2,
}

/// <summary>The handling status of an intake request.</summary>
public enum IntakeRequestStatus
{
    New = 1,
    InProgress = 2,
    Answered = 3,
    Closed = 4,
}

/// <summary>
/// A request an employer submitted without logging in ("vacature melden" or "vraag stellen").
/// It carries a reference the employer uses to follow its status, is routed to a team, gets an owner
/// and a reaction term counted in Dutch working days.
/// </summary>
public sealed class IntakeRequest : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public IntakeRequestType Type { get; init; }

    /// <summary>The public reference, e.g. "WSP-7K3M9QXA" (see <see cref="IntakeReference"/>).</summary>
    public required string Reference { get; init; }

    public required string CompanyName { get; set; }

    /// <summary>Normalised KvK number (eight digits) or null.</summary>
    public string? KvkNumber { get; set; }

    public required string ContactName { get; set; }

    public required string Email { get; set; }

    public required string Phone { get; set; }

    public required string Municipality { get; set; }

    /// <summary>SBI section letter (A..U) when the employer gave its branch.</summary>
    public string? SbiSection { get; set; }

    /// <summary>The vacancy title and description, or the question.</summary>
    public required string Text { get; set; }

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The last day for a first reaction: the submission date plus the reaction term in working days.</summary>
    public DateOnly DueDate { get; set; }

    public IntakeRequestStatus Status { get; set; } = IntakeRequestStatus.New;

    public Guid? AssignedTeamId { get; set; }

    public Guid? OwnerUserId { get; set; }

    /// <summary>The registered employer this request came from or led to, once known.</summary>
    public Guid? EmployerId { get; set; }

    /// <summary>The first reaction given to the employer (recorded by staff; the employer is contacted outside Werkbrug).</summary>
    public string? Answer { get; set; }

    public DateTime? AnsweredAtUtc { get; set; }

    /// <summary>Why the request was closed.</summary>
    public string? CloseReason { get; set; }

    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => IntakeRequestRules.IsOverdue(Status, DueDate, today);

    /// <summary>Due date: <paramref name="termWorkingDays"/> working days after the (Dutch) submission date.</summary>
    public static DateOnly DueDateFor(DateOnly submittedOn, int termWorkingDays) => WorkingDays.Add(submittedOn, termWorkingDays);
}

public static class IntakeRequestRules
{
    private static readonly Dictionary<IntakeRequestStatus, IntakeRequestStatus[]> Allowed = new()
    {
        [IntakeRequestStatus.New] = [IntakeRequestStatus.InProgress, IntakeRequestStatus.Closed],
        [IntakeRequestStatus.InProgress] = [IntakeRequestStatus.Answered, IntakeRequestStatus.Closed],
        [IntakeRequestStatus.Answered] = [IntakeRequestStatus.InProgress, IntakeRequestStatus.Closed],
        [IntakeRequestStatus.Closed] = [],
    };

    public static IReadOnlyList<IntakeRequestStatus> NextFrom(IntakeRequestStatus from) => Allowed[from];

    public static bool CanMove(IntakeRequestStatus from, IntakeRequestStatus to) => Allowed[from].Contains(to);

    /// <summary>Statuses in which the reaction term still runs.</summary>
    public static bool IsOpen(IntakeRequestStatus status) => status is IntakeRequestStatus.New or IntakeRequestStatus.InProgress;

    /// <summary>Late: the due date has passed and nobody has answered or closed the request.</summary>
    public static bool IsOverdue(IntakeRequestStatus status, DateOnly dueDate, DateOnly today) => IsOpen(status) && dueDate < today;
}

/// <summary>Public references: "WSP-" and eight characters from an alphabet without look-alikes (no 0/O, 1/I/L).</summary>
public static class IntakeReference
{
    public const string Prefix = "WSP-";

    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 12;

    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, 8);

    /// <summary>Upper-cases and trims what a user typed; null when it cannot be a reference.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var value = input.Trim().ToUpperInvariant();
        return value.Length == Length && value.StartsWith(Prefix, StringComparison.Ordinal) && value[Prefix.Length..].All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            ? value
            : null;
    }
}

/// <summary>The part of a team that routing needs.</summary>
public sealed record TeamFocus(Guid TeamId, TeamKind Kind, IReadOnlyCollection<string> Focus);

public static class IntakeRouting
{
    /// <summary>
    /// Picks the team for a request: a sector team whose focus holds the SBI section first, then a geographic
    /// team whose focus holds the municipality; otherwise none. Ties go to the first team in the given order.
    /// </summary>
    public static Guid? PickTeam(IEnumerable<TeamFocus> teams, string? sbiSection, string? municipality)
    {
        var list = teams.ToList();
        if (!string.IsNullOrWhiteSpace(sbiSection))
        {
            var sector = list.FirstOrDefault(t => t.Kind == TeamKind.Sector && t.Focus.Contains(sbiSection.Trim(), StringComparer.OrdinalIgnoreCase));
            if (sector is not null)
            {
                return sector.TeamId;
            }
        }

        if (!string.IsNullOrWhiteSpace(municipality))
        {
            var geographic = list.FirstOrDefault(t => t.Kind == TeamKind.Geographic && t.Focus.Contains(municipality.Trim(), StringComparer.OrdinalIgnoreCase));
            if (geographic is not null)
            {
                return geographic.TeamId;
            }
        }

        return null;
    }
}
