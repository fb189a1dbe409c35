using System.Security.Cryptography;
using System.Text;
using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Surveys;

/// <summary>
/// A region's survey: a questionnaire (its versions in <see cref="SurveyVersion"/>) with how it is sent. Employer surveys
/// may go out by themselves after a closed front-door request, a completed referral or a placement, and in a yearly
/// round to the client employers; each employer gets at most one invitation per <see cref="InvitationPeriodDays"/>.
/// </summary>
public sealed class Survey : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>The shipped template it started from, if any.</summary>
    public string? TemplateKey { get; init; }

    /// <summary>The title of the current version (Dutch), for lists.</summary>
    public required string Title { get; set; }

    public SurveyAudience Audience { get; set; }

    /// <summary>The number of the version new respondents get.</summary>
    public int CurrentVersion { get; set; }

    /// <summary>Open: invitations go out and links work; closed: nothing is sent and links say so.</summary>
    public bool IsOpen { get; set; } = true;

    public bool AfterIntakeRequest { get; set; }

    public bool AfterReferral { get; set; }

    public bool AfterPlacement { get; set; }

    /// <summary>At most one invitation per employer in this many days (365: once a year).</summary>
    public int InvitationPeriodDays { get; set; } = SurveyRules.DefaultInvitationPeriodDays;

    /// <summary>How long a personal link works.</summary>
    public int LinkValidDays { get; set; } = SurveyRules.DefaultLinkValidDays;

    public DateTime CreatedAtUtc { get; init; }

    public int Version { get; set; }
}

/// <summary>One version of a survey's questionnaire, never changed once it exists (responses refer to it).</summary>
public sealed class SurveyVersion : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid SurveyId { get; init; }

    public int Number { get; init; }

    /// <summary>The questionnaire as JSON (<see cref="Versions.ToJson"/>).</summary>
    public required string Definition { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public Guid? CreatedByUserId { get; init; }
}

/// <summary>Why an invitation went out.</summary>
public enum InvitationTrigger
{
    /// <summary>Sent by hand (an employer chosen by the coordinator).</summary>
    Manual = 1,

    /// <summary>The employer's front-door request was closed.</summary>
    IntakeRequestClosed = 2,

    /// <summary>A referral to the employer ended (hired or rejected).</summary>
    ReferralCompleted = 3,

    /// <summary>A candidate was placed with the employer.</summary>
    Placement = 4,

    /// <summary>The yearly round to all client employers.</summary>
    YearlyRound = 5,

    /// <summary>A case manager handed a link to a job seeker.</summary>
    JobSeekerHandover = 6,
}

/// <summary>
/// A personal, expiring link to a survey. The token is given once (in the mail, or to the case manager); only its SHA-256
/// is kept. Whom it was for is kept as the employer's id or the hash of the address (for the once-per-period rule and the
/// unsubscribe), never linked to the response unless the respondent agrees. The weighting cell is copied from the employer.
/// </summary>
public sealed class SurveyInvitation : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid SurveyId { get; init; }

    public Guid? EmployerId { get; init; }

    /// <summary>SHA-256 of the lower-case address it went to (null for a job seeker's handed-over link).</summary>
    public string? RecipientHash { get; init; }

    public InvitationTrigger Trigger { get; init; }

    public required string TokenHash { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime ExpiresAtUtc { get; init; }

    public Guid? CreatedByUserId { get; init; }

    /// <summary>The employer's account manager when it was sent: the adviser the answers stay anonymous towards.</summary>
    public Guid? AdviserUserId { get; init; }

    public string? Section { get; init; }

    public SizeBand? Size { get; init; }

    public DateTime? RespondedAtUtc { get; set; }

    public bool IsUsable(DateTime nowUtc) => RespondedAtUtc is null && nowUtc < ExpiresAtUtc;
}

/// <summary>
/// A submitted response: the answers of the version it answered, the weighting cell, and (only when the respondent agreed)
/// the employer and adviser it can be shown to; otherwise nothing ties it to whom it came from.
/// </summary>
public sealed class SurveyResponse : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid SurveyId { get; init; }

    public Guid VersionId { get; init; }

    public int VersionNumber { get; init; }

    public required string Answers { get; init; }

    /// <summary>The day (Dutch time) it came in; the time of day is not kept, so a response cannot be matched to its invitation.</summary>
    public DateOnly SubmittedOn { get; init; }

    public InvitationTrigger Trigger { get; init; }

    public string? Section { get; init; }

    public SizeBand? Size { get; init; }

    /// <summary>The respondent agreed that the adviser may see these answers as theirs.</summary>
    public bool SharedWithAdviser { get; init; }

    public Guid? EmployerId { get; init; }

    public Guid? AdviserUserId { get; init; }

    /// <summary>
    /// The partner organisation the response is linked to: the organisation of the adviser the invitation went out for
    /// (kept without the adviser, so results can be shown per partner; small groups are suppressed there as everywhere).
    /// </summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>The satisfaction score (the questionnaire's score question), when answered with a mark.</summary>
    public int? Score { get; init; }
}

/// <summary>An employer (or address) that asked not to be invited to the region's surveys again.</summary>
public sealed class SurveyOptOut : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid? EmployerId { get; init; }

    public string? RecipientHash { get; init; }

    public DateTime AtUtc { get; init; }
}

/// <summary>One row of a region's imported population of employers: a cell, or a margin (section or size band left empty).</summary>
public sealed class PopulationCount : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public int Year { get; init; }

    public string? Section { get; init; }

    public SizeBand? Size { get; init; }

    public long Count { get; init; }
}

/// <summary>The rules around invitations and links.</summary>
public static class SurveyRules
{
    public const int DefaultInvitationPeriodDays = 365;
    public const int DefaultLinkValidDays = 30;

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static string RecipientHash(string email) => Hash(email.Trim().ToLowerInvariant());

    /// <summary>
    /// Whether a new invitation may go out: not when the recipient opted out, nor when the same survey invited them less
    /// than <paramref name="periodDays"/> ago.
    /// </summary>
    public static bool MayInvite(DateTime nowUtc, int periodDays, IEnumerable<DateTime> earlierInvitationsUtc, bool optedOut) =>
        !optedOut && earlierInvitationsUtc.All(at => nowUtc - at >= TimeSpan.FromDays(periodDays));

    /// <summary>The population table of <paramref name="rows"/>: cells when any row has both parts, else the margins.</summary>
    public static PopulationTable? Table(IReadOnlyCollection<PopulationCount> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return null;
        }

        var cells = rows.Where(r => r is { Section: not null, Size: not null }).ToDictionary(r => new Stratum(r.Section!, r.Size!.Value), r => r.Count);
        return cells.Count > 0
            ? PopulationTable.FromCells(cells)
            : PopulationTable.FromMargins(
                rows.Where(r => r is { Section: not null, Size: null }).ToDictionary(r => r.Section!, r => r.Count, StringComparer.Ordinal),
                rows.Where(r => r is { Section: null, Size: not null }).ToDictionary(r => r.Size!.Value, r => r.Count));
    }
}
