namespace Werkbrug.Domain.Organisations;

/// <summary>The kinds of partner organisation in a service point (see docs/glossary.md).</summary>
public enum OrganisationType
{
    /// <summary>gemeente</summary>
    Municipality = 1,

    /// <summary>UWV (regional office)</summary>
    Uwv = 2,

    /// <summary>werkbedrijf / gemeenschappelijke regeling</summary>
    Werkbedrijf = 3,

    /// <summary>leerwerkloket</summary>
    LearningWorkDesk = 4,

    /// <summary>Landelijk Werkgeversservicepunt Gemeenten</summary>
    NationalServicePointMunicipalities = 5,

    /// <summary>Landelijk Werkgeversservicepunt UWV</summary>
    NationalServicePointUwv = 6,

    /// <summary>onderwijs, private intermediair, ...</summary>
    Other = 9,
}

public static class OrganisationTypes
{
    /// <summary>The national service points (LWSP) serve employers across regions.</summary>
    public static bool IsNational(OrganisationType type) =>
        type is OrganisationType.NationalServicePointMunicipalities or OrganisationType.NationalServicePointUwv;
}
