using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Employers;

public enum ContactChannel
{
    Visit = 1,
    Phone = 2,
    Email = 3,
    Video = 4,
    Event = 5,
}

/// <summary>Who took the initiative for a contact.</summary>
public enum ContactInitiator
{
    ServicePoint = 1,
    Employer = 2,
}

/// <summary>The code list of contact topics.</summary>
public static class ContactTopics
{
    public const string Vacancy = "vacancy";
    public const string Instruments = "instruments";
    public const string InclusiveWork = "inclusive-work";
    public const string LabourMarketInformation = "labour-market-information";
    public const string Sroi = "sroi";
    public const string Other = "other";

    public static IReadOnlyList<string> Codes { get; } = [Vacancy, Instruments, InclusiveWork, LabourMarketInformation, Sroi, Other];

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code, StringComparer.Ordinal);
}

/// <summary>
/// One contact moment between the service point and an employer, done or planned. Every adviser of the
/// region sees it on the employer's timeline, so nobody approaches an employer twice unknowingly (report 4.4).
/// </summary>
public sealed class ContactMoment : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid EmployerId { get; init; }

    public DateTime OccurredAtUtc { get; init; }

    public ContactChannel Channel { get; init; }

    public ContactInitiator Initiator { get; init; }

    public Guid AdviserUserId { get; init; }

    public Guid OrganisationId { get; init; }

    public List<string> Topics { get; init; } = [];

    public string? Note { get; init; }

    public string? FollowUp { get; init; }

    public DateOnly? FollowUpDue { get; init; }

    /// <summary>When the follow-up was done; null while it is open.</summary>
    public DateTime? FollowUpDoneAtUtc { get; private set; }

    public Guid? FollowUpDoneByUserId { get; private set; }

    /// <summary>True for a contact planned in the future rather than one that took place.</summary>
    public bool IsPlanned { get; init; }

    public DateTime LoggedAtUtc { get; init; }

    /// <summary>The free-text subject a legacy system gave the contact; null for contacts logged in Werkbrug (they have topics).</summary>
    public string? Subject { get; init; }

    /// <summary>The legacy system an imported contact came from ("WBS"); null for contacts logged in Werkbrug.</summary>
    public string? ImportSource { get; init; }

    /// <summary>
    /// What makes an imported contact the same on a second import: the legacy id, else a hash of the row's normalised
    /// content (docs/adr/0033); unique per region. Null for contacts logged in Werkbrug.
    /// </summary>
    public string? ImportKey { get; init; }

    /// <summary>
    /// The adviser's name as the legacy system gave it, kept when it matched no Werkbrug user of the region; the contact
    /// is then recorded under the user who imported it (<see cref="AdviserUserId"/>), never under an invented user.
    /// </summary>
    public string? ImportedAdviserName { get; init; }

    public bool HasOpenFollowUp => FollowUp is not null && FollowUpDoneAtUtc is null;

    /// <summary>Marks the follow-up done. Returns false when there is none or it was done already.</summary>
    public bool CompleteFollowUp(DateTime atUtc, Guid byUserId)
    {
        if (!HasOpenFollowUp)
        {
            return false;
        }

        FollowUpDoneAtUtc = atUtc;
        FollowUpDoneByUserId = byUserId;
        return true;
    }
}

/// <summary>What an adviser should know before contacting an employer.</summary>
public enum ContactWarningKind
{
    /// <summary>Another adviser contacted (or plans to contact) the employer recently.</summary>
    RecentContactByOther = 1,

    /// <summary>The employer's fixed account manager works for another organisation.</summary>
    AccountManagerInOtherOrganisation = 2,
}

/// <summary>The pure rule behind the contact warnings.</summary>
public static class ContactWarnings
{
    /// <summary>
    /// The earliest moment a contact by someone else still counts as recent: <paramref name="days"/> days before
    /// <paramref name="nowUtc"/>. Planned contacts after now count as well.
    /// </summary>
    public static DateTime RecentSince(DateTime nowUtc, int days) => nowUtc.AddDays(-days);

    public static bool IsRecentByOther(Guid me, Guid adviser, DateTime occurredAtUtc, DateTime nowUtc, int days) =>
        adviser != me && occurredAtUtc >= RecentSince(nowUtc, days);

    public static bool IsAccountManagerElsewhere(Guid? myOrganisation, Guid? accountManagerOrganisation) =>
        accountManagerOrganisation is not null && accountManagerOrganisation != myOrganisation;
}
