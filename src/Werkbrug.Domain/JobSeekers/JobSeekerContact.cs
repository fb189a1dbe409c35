using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.JobSeekers;

/// <summary>How the case manager was in touch with the job seeker.</summary>
public enum JobSeekerContactChannel
{
    /// <summary>gesprek: face to face.</summary>
    Conversation = 1,

    /// <summary>telefoon.</summary>
    Phone = 2,

    /// <summary>e-mail.</summary>
    Email = 3,

    /// <summary>video call.</summary>
    Video = 4,
}

/// <summary>
/// One contact of the owner organisation with a job seeker ("klant in beeld"): the history behind
/// <see cref="JobSeekerProfile.LastContactOn"/>. The optional note is sealed like the other owner-only data
/// and never leaves the owner organisation. Deleted with the profile.
/// </summary>
public sealed class JobSeekerContact : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required Guid JobSeekerId { get; init; }

    public required DateOnly OccurredOn { get; init; }

    public required JobSeekerContactChannel Channel { get; init; }

    /// <summary>The short note, encrypted (opaque to the domain).</summary>
    public string? SealedNote { get; init; }

    public required Guid ByUserId { get; init; }

    public DateTime CreatedAtUtc { get; init; }
}
