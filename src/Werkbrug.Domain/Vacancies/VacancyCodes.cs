namespace Werkbrug.Domain.Vacancies;

/// <summary>
/// The kind of agreement a vacancy offers. The VUM vacancy contract (UM-Gemeente-Vacatures 0.8.2,
/// Contractvorm.codeTypeOvereenkomst) knows 01 regular, 02 leerbaan, 03 vrijwilligerswerk and
/// 04 werkervaringsplaats; a proefplaatsing (trial placement with benefit kept) has no VUM code.
/// </summary>
public enum ContractType
{
    /// <summary>reguliere vacature (VUM 01)</summary>
    Regular = 1,

    /// <summary>proefplaatsing (no VUM code)</summary>
    TrialPlacement = 2,

    /// <summary>leerbaan (VUM 02)</summary>
    Leerbaan = 3,

    /// <summary>werkervaringsplaats (VUM 04)</summary>
    WorkExperiencePlace = 4,

    /// <summary>vrijwilligerswerk (VUM 03)</summary>
    Volunteering = 5,
}

/// <summary>
/// The minimum working and thinking level (werk- en denkniveau) a vacancy asks for. The numbers are the
/// codes of VUM Vacature.codeWerkEnDenkniveauMinimaal, so an export can write them as they are.
/// </summary>
public enum EducationLevel
{
    NotApplicable = 0,
    NoBasicEducation = 1,
    Basic = 2,
    Vmbo = 3,
    MboHavoVwo = 4,
    Hbo = 5,
    University = 6,
    NotKnownYet = 7,
}

/// <summary>Whether a skill must be there at the start or may be learnt on the job.</summary>
public enum SkillKind
{
    Required = 1,
    Trainable = 2,
}

/// <summary>How much a skill or competence weighs in matching: a must or a nice-to-have.</summary>
public enum Importance
{
    Must = 1,
    Nice = 2,
}

/// <summary>Escalation level: a vacancy is handled locally until it is escalated to the whole region.</summary>
public enum EscalationLevel
{
    Local = 1,
    Regional = 2,
}

public static class ContractTypes
{
    /// <summary>The VUM codeTypeOvereenkomst of a contract type, or null when VUM has none (proefplaatsing).</summary>
    public static string? VumCode(ContractType type) => type switch
    {
        ContractType.Regular => "01",
        ContractType.Leerbaan => "02",
        ContractType.Volunteering => "03",
        ContractType.WorkExperiencePlace => "04",
        _ => null,
    };
}

/// <summary>
/// The behavioural competences (gedragscompetenties) of the VUM code list (Gedragscompetentie.codeGedragscompetentie,
/// the same list in the vacancy and the job-seeker profile contracts), so vacancies and profiles can be matched on them.
/// Their labels are resources "Competence.&lt;code&gt;".
/// </summary>
public static class BehaviouralCompetences
{
    public static IReadOnlyList<int> Codes { get; } =
    [
        24100, 24101, 24102, 24104, 24105, 24106, 24107, 24108, 24109, 24110, 24111, 24112, 24113,
        24114, 24115, 24116, 24118, 24119, 24120, 24121, 24122, 24123, 24124, 24125, 24126,
    ];

    public static bool IsKnown(int? code) => code is { } c && Codes.Contains(c);
}
