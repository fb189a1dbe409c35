using Werkbrug.Domain.Organisations;

namespace Werkbrug.Domain.JobSeekers;

/// <summary>Where a staff member stands to a job seeker.</summary>
public enum ProfileRelation
{
    /// <summary>The staff member works for the organisation that registered the job seeker (the owner).</summary>
    OwnerOrganisation,

    /// <summary>Another organisation of the same region.</summary>
    OtherOrganisationInRegion,

    /// <summary>Another region (the database's region filter already hides the profile).</summary>
    OtherRegion,
}

/// <summary>How much of a job seeker's profile a staff member sees, from nothing to everything.</summary>
public enum DisclosureLevel
{
    /// <summary>Nothing of this person.</summary>
    None = 0,

    /// <summary>
    /// The pseudonymised matching profile (<see cref="MatchingProfile"/>), plus what a consent, legal basis or referral
    /// grants the staff member's organisation.
    /// </summary>
    Pseudonymised = 1,

    /// <summary>
    /// Name, contact details and the case data (werkfit status, benefit, case manager, contact dates, referrals), to
    /// supervise the case managers' work; not the sealed fields (BSN, functional work requirements, contact notes).
    /// </summary>
    Supervision = 2,

    /// <summary>The whole profile, the sealed fields included (the BSN masked to its last three digits).</summary>
    Full = 3,
}

/// <summary>
/// Need-to-know (PRODUCT.md, privacy model): the one rule for how much of a job seeker each role sees. The case
/// manager (klantmanager) of the owner organisation owns the case and sees all of it; the owner's manager
/// (teamleider) supervises and sees the case without the sealed fields; every other job-seeker role sees the
/// pseudonymised matching profile, in the owner organisation as in the rest of the region, and nothing of a
/// deregistered profile. Analysts and administrators see no job seeker. A user with several roles sees the most any
/// of them allows.
/// </summary>
public static class NeedToKnow
{
    public static DisclosureLevel For(string role, ProfileRelation relation, bool active)
    {
        var level = (role, relation) switch
        {
            (_, ProfileRelation.OtherRegion) => DisclosureLevel.None,
            (Roles.CaseManager, ProfileRelation.OwnerOrganisation) => DisclosureLevel.Full,
            (Roles.Manager, ProfileRelation.OwnerOrganisation) => DisclosureLevel.Supervision,
            (Roles.CaseManager or Roles.Manager or Roles.AccountManager or Roles.RegionCoordinator or Roles.NationalAccountManager, _) => DisclosureLevel.Pseudonymised,
            _ => DisclosureLevel.None,
        };
        return level == DisclosureLevel.Pseudonymised && !active ? DisclosureLevel.None : level;
    }

    public static DisclosureLevel For(IEnumerable<string> roles, ProfileRelation relation, bool active) =>
        roles.Select(role => For(role, relation, active)).DefaultIfEmpty(DisclosureLevel.None).Max();

    /// <summary>Name, contact details and case data: the owner's case managers and managers.</summary>
    public static bool ShowsIdentity(this DisclosureLevel level) => level >= DisclosureLevel.Supervision;

    /// <summary>The sealed fields (masked BSN, functional work requirements, contact notes): the owner's case managers only.</summary>
    public static bool ShowsSealedFields(this DisclosureLevel level) => level == DisclosureLevel.Full;
}
