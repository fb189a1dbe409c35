using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Employers;

/// <summary>Where the service point stands with an employer.</summary>
public enum EmployerStatus
{
    /// <summary>prospect: not (yet) served</summary>
    Prospect = 1,

    /// <summary>klant: the service point works with this employer</summary>
    Client = 2,

    /// <summary>slapend: no recent business</summary>
    Dormant = 3,
}

/// <summary>Size class by number of employees, in the classes the service points report on.</summary>
public enum SizeClass
{
    Employees0 = 1,
    Employees1 = 2,
    Employees2To4 = 3,
    Employees5To9 = 4,
    Employees10To49 = 5,
    Employees50To99 = 6,
    Employees100To249 = 7,
    Employees250Plus = 8,
}

/// <summary>How a contact person prefers to be reached.</summary>
public enum PreferredChannel
{
    Phone = 1,
    Email = 2,
    Visit = 3,
    Video = 4,
}

/// <summary>
/// An employer (werkgever) as one region's service point knows it: registered once per region by KvK number,
/// shared by every adviser of the region (report 4.4). The same business may be registered in other regions too.
/// </summary>
public sealed class Employer : IRegionScoped, IVersioned
{
    /// <summary>An employer with locations in this many regions or more is a national account (report ch. 5).</summary>
    public const int NationalRegionThreshold = 4;

    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required string KvkNumber { get; set; }

    public string TradeName { get; private set; } = string.Empty;

    /// <summary>The comparison key of <see cref="TradeName"/> (see <see cref="EmployerName.Key"/>), for search and duplicates.</summary>
    public string NameKey { get; private set; } = string.Empty;

    /// <summary>SBI 2008 codes, normalised ("4941").</summary>
    public List<string> SbiCodes { get; private set; } = [];

    /// <summary>The section letters of <see cref="SbiCodes"/>, kept alongside so lists can filter on them.</summary>
    public List<string> SbiSections { get; private set; } = [];

    public SizeClass SizeClass { get; set; }

    public EmployerStatus Status { get; set; } = EmployerStatus.Prospect;

    public List<EmployerLocation> Locations { get; init; } = [];

    public List<ContactPerson> ContactPersons { get; init; } = [];

    /// <summary>The fixed account manager (vast aanspreekpunt) of this employer in this region, if any.</summary>
    public Guid? AccountManagerUserId { get; private set; }

    public Guid? AccountManagerTeamId { get; private set; }

    public List<AccountManagerHandover> Handovers { get; init; } = [];

    public List<TargetGroupInterest> TargetGroupInterests { get; init; } = [];

    public DateTime CreatedAtUtc { get; init; }

    public Guid CreatedByUserId { get; init; }

    /// <summary>Set on every change, so that adding a location or contact person also moves <see cref="Version"/>.</summary>
    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }

    public void Rename(string tradeName)
    {
        TradeName = tradeName.Trim();
        NameKey = EmployerName.Key(TradeName);
    }

    /// <summary>Sets the SBI codes (already normalised with <see cref="Sbi.Normalise"/>) and their sections.</summary>
    public void SetSbiCodes(IEnumerable<string> codes)
    {
        SbiCodes = codes.Distinct(StringComparer.Ordinal).ToList();
        SbiSections = SbiCodes.Select(c => Sbi.SectionOf(c)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Makes <paramref name="userId"/> the fixed account manager and records the handover. Returns false
    /// (and changes nothing) when that user already is the account manager in that team.
    /// </summary>
    public bool HandOver(Guid userId, Guid? teamId, DateTime atUtc, Guid byUserId, string? reason)
    {
        if (AccountManagerUserId == userId && AccountManagerTeamId == teamId)
        {
            return false;
        }

        Handovers.Add(new AccountManagerHandover
        {
            FromUserId = AccountManagerUserId,
            ToUserId = userId,
            TeamId = teamId,
            AtUtc = atUtc,
            ByUserId = byUserId,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        });
        AccountManagerUserId = userId;
        AccountManagerTeamId = teamId;
        return true;
    }

    /// <summary>Registers interest in a target group. Returns false when the group is registered already.</summary>
    public bool RegisterInterest(TargetGroupInterest interest)
    {
        if (TargetGroupInterests.Any(i => i.GroupCode == interest.GroupCode))
        {
            return false;
        }

        TargetGroupInterests.Add(interest);
        return true;
    }
}

/// <summary>A location (vestiging) of an employer. The municipality may lie outside the employer's region.</summary>
public sealed class EmployerLocation
{
    public Guid Id { get; init; } = Ids.New();

    public required string AddressLine { get; set; }

    /// <summary>Postcode as "3811 AB" (or only "3811").</summary>
    public required string Postcode { get; set; }

    public required string Pc4 { get; set; }

    public required string MunicipalityName { get; set; }

    /// <summary>"3811ab" → "3811 AB"; "3811" stays "3811". Assumes <see cref="Geography.Postcode.ToPc4"/> accepted it.</summary>
    public static string FormatPostcode(string postcode)
    {
        var compact = postcode.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length == 6 ? $"{compact[..4]} {compact[4..]}" : compact;
    }
}

/// <summary>A person to talk to at an employer (business contact data, not a job seeker's).</summary>
public sealed class ContactPerson
{
    public Guid Id { get; init; } = Ids.New();

    public required string Name { get; set; }

    /// <summary>The person's function at the employer (HR adviser, owner, ...).</summary>
    public string? JobTitle { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public PreferredChannel? PreferredChannel { get; set; }
}

/// <summary>One change of the fixed account manager: from whom to whom, when, by whom and why.</summary>
public sealed class AccountManagerHandover
{
    public Guid Id { get; init; } = Ids.New();

    public Guid? FromUserId { get; init; }

    public Guid ToUserId { get; init; }

    public Guid? TeamId { get; init; }

    public DateTime AtUtc { get; init; }

    public Guid ByUserId { get; init; }

    public string? Reason { get; init; }
}

/// <summary>The employer is interested in hiring people of a target group (report Q21–22).</summary>
public sealed class TargetGroupInterest
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>One of <see cref="TargetGroups.Codes"/>.</summary>
    public required string GroupCode { get; init; }

    public DateOnly Since { get; init; }

    /// <summary>Where the interest is known from (a conversation, an event, the employer's website, ...).</summary>
    public string? Source { get; init; }

    public DateTime RegisteredAtUtc { get; init; }

    public Guid RegisteredByUserId { get; init; }
}

/// <summary>The target groups of the labour-market policy that employers can show interest in.</summary>
public static class TargetGroups
{
    public const string JobsAgreement = "banenafspraak";
    public const string Ww = "ww";
    public const string SocialAssistance = "bijstand";
    public const string Wajong = "wajong";
    public const string WiaWga = "wia-wga";
    public const string Refugees = "statushouders";
    public const string Young = "jongeren";
    public const string FiftyPlus = "50plus";

    public static IReadOnlyList<string> Codes { get; } = [JobsAgreement, Ww, SocialAssistance, Wajong, WiaWga, Refugees, Young, FiftyPlus];

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code, StringComparer.Ordinal);
}

/// <summary>The national-account rule: locations in <see cref="Employer.NationalRegionThreshold"/> or more regions.</summary>
public static class NationalAccounts
{
    public static bool IsNational(int regionCount) => regionCount >= Employer.NationalRegionThreshold;
}
