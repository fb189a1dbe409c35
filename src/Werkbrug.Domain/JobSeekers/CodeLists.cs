namespace Werkbrug.Domain.JobSeekers;

// The code lists of the VUM job-seeker profile contract (UM-Gemeente-WerkzoekendenProfielen 0.8.7) and of the
// report. Enum values ARE the contract's codes, so an exchange in the VUM shape writes them unchanged.

/// <summary>Werkfit status (report 4.3.5): can the person work now, later, or not (yet).</summary>
public enum WerkfitStatus
{
    /// <summary>werkfit</summary>
    WorkReady = 1,

    /// <summary>werkfit op termijn</summary>
    WorkReadyLater = 2,

    /// <summary>niet werkfit</summary>
    NotWorkReady = 3,
}

/// <summary>The benefit the person receives; which organisation pays and which instruments apply follow from it.</summary>
public enum BenefitType
{
    /// <summary>niet-uitkeringsgerechtigd (nuggers)</summary>
    None = 0,

    /// <summary>Werkloosheidswet</summary>
    Ww = 1,

    /// <summary>bijstand under the Participatiewet</summary>
    Bijstand = 2,

    Wajong = 3,

    /// <summary>Wet werk en inkomen naar arbeidsvermogen, regeling werkhervatting gedeeltelijk arbeidsgeschikten</summary>
    WiaWga = 4,

    /// <summary>Wet inkomensvoorziening oudere werklozen</summary>
    Iow = 5,

    /// <summary>Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers (not the IOW)</summary>
    Ioaw = 6,

    /// <summary>Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen</summary>
    Ioaz = 7,
}

/// <summary>codeWerkEnDenkniveauWerkzoekende: the level reached through education and/or experience.</summary>
public enum WorkAndThinkingLevel
{
    NotApplicable = 0,
    NoBasicEducation = 1,
    Basic = 2,
    Vmbo = 3,
    MboHavoVwo = 4,
    Hbo = 5,
    Wo = 6,
    NotYetKnown = 7,
}

/// <summary>codeGedragscompetentie: the 25 behavioural competences of the contract.</summary>
public enum Competence
{
    DecidingAndInitiating = 24100,
    Directing = 24101,
    Supervising = 24102,
    ShowingAttentionAndUnderstanding = 24104,
    CooperatingAndConsulting = 24105,
    ActingEthically = 24106,
    BuildingRelationships = 24107,
    PersuadingAndInfluencing = 24108,
    Presenting = 24109,
    WritingAndReporting = 24110,
    ApplyingExpertise = 24111,
    UsingMaterialsAndResources = 24112,
    Analysing = 24113,
    Researching = 24114,
    CreatingAndInnovating = 24115,
    Learning = 24116,
    PlanningAndOrganising = 24118,
    CustomerFocus = 24119,
    DeliveringQuality = 24120,
    FollowingInstructions = 24121,
    AdaptingToChange = 24122,
    CopingWithPressure = 24123,
    ShowingDriveAndAmbition = 24124,
    ActingEntrepreneurially = 24125,
    ActingBusinesslike = 24126,
}

/// <summary>codeBeheersingGedragscompetentie: how well a competence is mastered.</summary>
public enum Mastery
{
    Good = 1,
    Sufficient = 2,
    Insufficient = 3,
    None = 4,
    NeedsAssessment = 5,
    NotApplicable = 9,
}

/// <summary>codeNiveauTaalbeheersing (oral, written, reading, listening).</summary>
public enum LanguageLevel
{
    Unknown = 0,
    None = 1,
    Reasonable = 2,
    Good = 3,
    Excellent = 4,
    NotApplicable = 8,
}

/// <summary>The contract's three-valued indicator (0 onbekend, 1 ja, 2 nee).</summary>
public enum Indicator
{
    Unknown = 0,
    Yes = 1,
    No = 2,
}

/// <summary>codeNiveauOpleiding.</summary>
public enum EducationLevel
{
    Primary = 1,
    Vmbo = 2,
    HavoVwo = 3,
    Mbo = 4,
    HboBachelor = 5,
    WoMaster = 6,
    Other = 9,
}

/// <summary>indicatieDiploma.</summary>
public enum DiplomaIndicator
{
    Unknown = 0,
    Yes = 1,
    No = 2,
    NotApplicable = 8,
}

/// <summary>codeStatusOpleiding.</summary>
public enum EducationStatus
{
    Unknown = 0,
    Completed = 1,
    Discontinued = 2,
    Ongoing = 3,
}

/// <summary>codeTypeArbeidscontract: B (bepaalde tijd) or O (onbepaalde tijd).</summary>
public enum ContractDuration
{
    FixedTerm = 1,
    Permanent = 2,
}

/// <summary>codeTypeOvereenkomst: 01 regular, 02 learning job, 03 volunteering, 04 work-experience placement.</summary>
public enum AgreementType
{
    Regular = 1,
    LearningJob = 2,
    Volunteering = 3,
    WorkExperiencePlacement = 4,
}

/// <summary>codeSoortRijbewijs: the driving-licence categories of the contract.</summary>
public static class DrivingLicences
{
    public static IReadOnlyList<string> Codes { get; } =
        ["AM", "A1", "A2", "A", "B", "B+", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "T"];

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code, StringComparer.Ordinal);

    /// <summary>The code as the resource key suffix ("B+" → "BPlus").</summary>
    public static string KeyOf(string code) => code.Replace("+", "Plus", StringComparison.Ordinal);
}

/// <summary>ISO 639-3 language codes (three lower-case letters); the form offers the common ones.</summary>
public static class LanguageCodes
{
    public static IReadOnlyList<string> Common { get; } = ["nld", "eng", "deu", "fra", "spa", "pol", "tur", "ara", "tir", "ukr", "rus", "por", "fry", "pap"];

    public static bool IsWellFormed(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterLower);
}
