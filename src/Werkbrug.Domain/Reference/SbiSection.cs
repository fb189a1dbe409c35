namespace Werkbrug.Domain.Reference;

/// <summary>A section (letter A–U) of the Dutch standard industry classification SBI 2008.</summary>
public sealed class SbiSection
{
    public required string Letter { get; init; }

    public required string NameNl { get; set; }

    public required string NameEn { get; set; }
}
