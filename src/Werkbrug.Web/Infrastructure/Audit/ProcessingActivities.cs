namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>
/// The processing activities (verwerkingsactiviteiten) Werkbrug logs under, as in the controller's register of
/// processing activities (GDPR art. 30). Codes are stable: the log stores each as its small number in
/// <see cref="Stored"/> (append only to that list, never reorder it).
/// </summary>
public static class ProcessingActivities
{
    /// <summary>The owner organisation's case managers and managers keep and use its job seekers' profiles (re-integration, Participatiewet / Wet SUWI).</summary>
    public const string ProfileManagement = "werkzoekenden.profielbeheer";

    /// <summary>
    /// Advisers see pseudonymised matching profiles to match vacancies (Wet SUWI art. 10): those of other organisations of
    /// the region, and the owner organisation's own advisers and coordinators (need-to-know).
    /// </summary>
    public const string RegionalMatching = "werkzoekenden.regionale-matching";

    /// <summary>Someone who sees the matching profile sees more under a consent, legal basis or referral their organisation was granted.</summary>
    public const string SharingOnConsent = "werkzoekenden.delen-op-grondslag";

    /// <summary>Referring a job seeker to an employer and the aftercare that follows (voordracht en nazorg, Besluit SUWI art. 5a).</summary>
    public const string Referral = "werkzoekenden.voordracht-en-nazorg";

    /// <summary>
    /// Matching a BSN given at registration, on an edit or in an import against the region's profiles, so that both owners
    /// learn that the person may be registered twice (never merged); recorded for the other organisation's person.
    /// </summary>
    public const string DuplicateCheck = "werkzoekenden.dubbele-inschrijving";

    /// <summary>Erasing a profile: the retention term ran out or the person asked for it (GDPR art. 5(1)(e), 17).</summary>
    public const string Erasure = "werkzoekenden.wissen";

    /// <summary>Answering a data subject's access request (GDPR art. 15) from the processing log.</summary>
    public const string AccessRequest = "privacy.inzageverzoek";

    /// <summary>The stored number of each code is its position in this list plus one.</summary>
    private static readonly string[] Stored =
        [ProfileManagement, RegionalMatching, SharingOnConsent, Referral, DuplicateCheck, Erasure, AccessRequest];

    /// <summary>The number the log stores for <paramref name="code"/>.</summary>
    public static short ToStored(string code) =>
        (short)(Array.IndexOf(Stored, code) + 1) is > 0 and var stored ? stored : throw new ArgumentException($"Unknown processing activity '{code}'.", nameof(code));

    /// <summary>The code for a number the log stored.</summary>
    public static string FromStored(short stored) => Stored[stored - 1];
}
